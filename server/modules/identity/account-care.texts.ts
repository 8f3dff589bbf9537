import type { Localized } from '../../shared/i18n';

/** SMS and e-mail of account care, in both languages. Codes and links appear only here, never in logs. */
export const accountCareTexts = {
  PASSWORD_RESET_CODE: {
    ar: 'رمز استعادة كلمة المرور في أبشر: {code}\nصالح 5 دقائق. إن لم تطلبه فتجاهل الرسالة ولا تشاركه مع أحد.',
    en: 'Your Absher password reset code: {code}\nValid for 5 minutes. If you did not ask for it, ignore this message and never share it.',
  },
  REAUTHENTICATION_CODE: {
    ar: 'رمز تأكيد الهوية لتعديل بيانات حسابك في أبشر: {code}\nصالح 5 دقائق. لا تشاركه مع أحد.',
    en: 'Your Absher code to confirm it is you before changing your account: {code}\nValid for 5 minutes. Never share it.',
  },
  MOBILE_CHANGE_CODE: {
    ar: 'رمز تأكيد رقم الجوال الجديد لحسابك في أبشر: {code}\nصالح 5 دقائق. لا تشاركه مع أحد.',
    en: 'Your Absher code to confirm this new mobile for your account: {code}\nValid for 5 minutes. Never share it.',
  },
  ACCOUNT_RECOVERY_CODE: {
    ar: 'رمز تأكيد رقم الجوال الجديد لاستعادة حسابك في أبشر: {code}\nصالح 5 دقائق. لا تشاركه مع أحد، ولا حتى موظفي أبشر.',
    en: 'Your Absher code to confirm this new mobile and recover your account: {code}\nValid for 5 minutes. Never share it, not even with Absher staff.',
  },
  PASSWORD_CHANGED: {
    ar: 'تم تغيير كلمة المرور لحسابك في أبشر وأُنهيت الجلسات الأخرى. إن لم تكن أنت فاستعد كلمة المرور فوراً.',
    en: 'The password of your Absher account was changed and your other sessions were ended. If this was not you, reset your password now.',
  },
  MOBILE_CHANGED: {
    ar: 'تم تغيير رقم الجوال المسجل لحسابك في أبشر إلى {mobile}. إن لم تكن أنت فراجع الأحوال المدنية.',
    en: 'The registered mobile of your Absher account was changed to {mobile}. If this was not you, contact Civil Affairs.',
  },
  EMAIL_CHANGE_SUBJECT: {
    ar: 'أبشر — أكّد بريدك الإلكتروني الجديد',
    en: 'Absher — confirm your new e-mail address',
  },
  EMAIL_CHANGE_BODY: {
    ar: 'طُلب استخدام هذا البريد لحسابك في أبشر. لتأكيده افتح الرابط التالي خلال 48 ساعة:\n{link}\n\nإن لم تطلب ذلك فتجاهل هذه الرسالة.',
    en: 'This address was given for your Absher account. To confirm it, open this link within 48 hours:\n{link}\n\nIf you did not ask for this, ignore this message.',
  },
  EMAIL_CHANGE_NOTICE_SUBJECT: {
    ar: 'أبشر — طلب تغيير البريد الإلكتروني',
    en: 'Absher — a change of e-mail address was requested',
  },
  EMAIL_CHANGE_NOTICE_BODY: {
    ar: 'طُلب تغيير البريد الإلكتروني لحسابك في أبشر إلى {email}. لن يتغير حتى يُفتح رابط التأكيد المرسل إليه. إن لم تكن أنت فغيّر كلمة المرور.',
    en: 'A change of your Absher e-mail address to {email} was requested. It changes only once the link sent there is opened. If this was not you, change your password.',
  },
} satisfies Record<string, Localized>;
