import type { Localized } from '../../shared/i18n';

/** What people are told about their appointments, in-app and by SMS. */
export const appointmentTexts = {
  BOOKED_TITLE: { ar: 'تم حجز موعدك', en: 'Appointment booked' },
  BOOKED_BODY: {
    ar: 'موعدك لخدمة «{service}» في {office} يوم {when}. احضر قبل الموعد بعشر دقائق ومعك هويتك.',
    en: 'Your appointment for "{service}" at {office} is on {when}. Arrive ten minutes early with your ID.',
  },
  RESCHEDULED_TITLE: { ar: 'تم تغيير موعدك', en: 'Appointment changed' },
  RESCHEDULED_BODY: {
    ar: 'أصبح موعدك لخدمة «{service}» في {office} يوم {when}.',
    en: 'Your appointment for "{service}" is now at {office} on {when}.',
  },
  CANCELLED_TITLE: { ar: 'تم إلغاء موعدك', en: 'Appointment cancelled' },
  CANCELLED_BODY: {
    ar: 'أُلغي موعدك لخدمة «{service}» في {office} يوم {when}.',
    en: 'Your appointment for "{service}" at {office} on {when} was cancelled.',
  },
} satisfies Record<string, Localized>;
