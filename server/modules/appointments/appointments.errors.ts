import { defineErrors } from '../../shared/user-error';
import type { Localized } from '../../shared/i18n';

/** Codes and messages of the appointments module. */
export const appointmentMessages = {
  OFFICE_NOT_FOUND: {
    ar: 'لم نجد هذا المكتب. اختر مكتباً من القائمة.',
    en: 'We could not find this office. Choose an office from the list.',
  },
  SERVICE_NOT_OFFERED: {
    ar: 'هذا المكتب لا يقدم هذه الخدمة. اختر خدمة يقدمها أو مكتباً آخر.',
    en: 'This office does not offer this service. Choose a service it offers, or another office.',
  },
  SLOT_NOT_AVAILABLE: {
    ar: 'هذا الموعد غير متاح للحجز. اختر موعداً من المواعيد المعروضة خلال {days} يوماً القادمة.',
    en: 'This time cannot be booked. Choose one of the times offered within the next {days} days.',
  },
  SLOT_FULL: {
    ar: 'اكتمل هذا الموعد. اختر موعداً آخر.',
    en: 'This time is fully booked. Choose another time.',
  },
  ALREADY_BOOKED: {
    ar: 'لديك موعد قائم لهذه الخدمة. غيّر موعدك الحالي أو ألغه قبل حجز موعد جديد.',
    en: 'You already have an appointment for this service. Change or cancel it before booking another.',
  },
  APPOINTMENT_NOT_FOUND: {
    ar: 'لم نجد موعداً قائماً بهذا الرقم في حسابك. حدّث قائمة مواعيدك.',
    en: 'We found no upcoming appointment with this number in your account. Refresh your appointments.',
  },
} satisfies Record<string, Localized>;

export type AppointmentErrorCode = keyof typeof appointmentMessages;

export const AppointmentErrors = defineErrors('AppointmentError', appointmentMessages, 'Why booking, moving or cancelling an appointment was refused.');
export type AppointmentError = ReturnType<typeof AppointmentErrors.localize>[number];
