import type { Localized } from '../../shared/i18n';

/**
 * Every identity failure a person can meet, with what to do about it in both languages. The
 * `satisfies` makes a missing translation a compile error; the codes join `UserErrorCode`.
 */
export const identityMessages = {
  INVALID_NATIONAL_ID: {
    ar: 'رقم الهوية أو الإقامة غير صحيح. أدخل 10 أرقام تبدأ بـ 1 أو 2 كما هي في البطاقة.',
    en: 'This national ID or iqama number is not valid. Enter the 10 digits, starting with 1 or 2, as printed on the card.',
  },
  NOT_IN_REGISTRY: {
    ar: 'لم نجد هذا الرقم في السجل المدني. تحقق من الرقم أو راجع الأحوال المدنية أو الجوازات.',
    en: 'This number is not in the civil registry. Check it, or visit Civil Affairs or Passports.',
  },
  DECEASED: {
    ar: 'لا يمكن إنشاء حساب أو الدخول بهذا الرقم. راجع الأحوال المدنية.',
    en: 'No account can be opened or used with this number. Please contact Civil Affairs.',
  },
  UNDER_AGE: {
    ar: 'يجب أن يكون عمرك 17 سنة على الأقل للتسجيل. يمكن لرب الأسرة خدمتك من حسابه.',
    en: 'You must be at least 17 years old to register. Your head of family can serve you from their account.',
  },
  MOBILE_INVALID: {
    ar: 'رقم الجوال غير صحيح. أدخل رقماً سعودياً مثل 05XXXXXXXX.',
    en: 'This mobile number is not valid. Enter a Saudi number such as 05XXXXXXXX.',
  },
  MOBILE_NOT_LINKED: {
    ar: 'رقم الجوال غير مرتبط بهذه الهوية لدى شركات الاتصالات. استخدم رقماً مسجلاً باسمك.',
    en: 'This mobile is not linked to this ID by the telecom operators. Use a number registered in your name.',
  },
  USERNAME_INVALID: {
    ar: 'اسم المستخدم من 4 إلى 20 حرفاً إنجليزياً، يبدأ بحرف، وقد يحتوي أرقاماً و . و _ و -، ولا يكون رقم الهوية.',
    en: 'The user name must be 4 to 20 English characters, start with a letter, may contain digits, . _ and -, and must not be your ID number.',
  },
  USERNAME_TAKEN: {
    ar: 'اسم المستخدم مستخدم من قبل. اختر اسماً آخر.',
    en: 'This user name is taken. Choose another.',
  },
  PASSWORD_TOO_SHORT: {
    ar: 'كلمة المرور قصيرة. استخدم 8 أحرف على الأقل؛ العبارات الطويلة أقوى.',
    en: 'The password is too short. Use at least 8 characters; a long phrase is stronger.',
  },
  PASSWORD_TOO_LONG: {
    ar: 'كلمة المرور أطول من 128 حرفاً.',
    en: 'The password is longer than 128 characters.',
  },
  PASSWORD_TOO_COMMON: {
    ar: 'كلمة المرور هذه شائعة أو مسربة، ويسهل تخمينها. اختر كلمة أخرى.',
    en: 'This password is common or has appeared in data breaches, so it is easy to guess. Choose another.',
  },
  PASSWORD_TOO_SIMILAR: {
    ar: 'كلمة المرور قريبة جداً من اسم المستخدم أو رقم الهوية أو البريد الإلكتروني. اختر كلمة مختلفة.',
    en: 'The password is too close to your user name, ID number or e-mail. Choose something different.',
  },
  PASSWORD_MISMATCH: {
    ar: 'تأكيد كلمة المرور لا يطابقها.',
    en: 'The password confirmation does not match.',
  },
  EMAIL_INVALID: {
    ar: 'البريد الإلكتروني غير صحيح.',
    en: 'This e-mail address is not valid.',
  },
  EMAIL_MISMATCH: {
    ar: 'تأكيد البريد الإلكتروني لا يطابقه.',
    en: 'The e-mail confirmation does not match.',
  },
  CAPTCHA_INVALID: {
    ar: 'رمز التحقق في الصورة غير صحيح أو منتهي. اطلب صورة جديدة وأدخل أرقامها.',
    en: 'The code in the image is wrong or expired. Get a new image and type its digits.',
  },
  TERMS_NOT_ACCEPTED: {
    ar: 'يجب الموافقة على شروط الاستخدام وسياسة الخصوصية.',
    en: 'You must accept the terms of use and the privacy policy.',
  },
  CODE_INVALID: {
    ar: 'رمز التحقق غير صحيح. بقيت لديك {remaining} محاولات.',
    en: 'The verification code is wrong. You have {remaining} tries left.',
  },
  CODE_EXPIRED: {
    ar: 'انتهت صلاحية رمز التحقق. اطلب رمزاً جديداً.',
    en: 'The verification code has expired. Ask for a new one.',
  },
  TOO_MANY_ATTEMPTS: {
    ar: 'تجاوزت عدد المحاولات المسموح. اطلب رمزاً جديداً أو ابدأ من جديد.',
    en: 'Too many tries. Ask for a new code or start again.',
  },
  RESEND_TOO_SOON: {
    ar: 'يمكنك طلب رمز جديد بعد {seconds} ثانية.',
    en: 'You can ask for a new code in {seconds} seconds.',
  },
  INVALID_CREDENTIALS: {
    ar: 'اسم المستخدم أو رقم الهوية أو كلمة المرور غير صحيحة.',
    en: 'The user name, ID number or password is wrong.',
  },
  SESSION_EXPIRED: {
    ar: 'انتهت الجلسة. سجّل الدخول مرة أخرى.',
    en: 'Your session has ended. Please log in again.',
  },
  CHALLENGE_NOT_FOUND: {
    ar: 'طلب التحقق غير موجود أو انتهى. ابدأ من جديد.',
    en: 'This verification has ended or does not exist. Please start again.',
  },
  LINK_INVALID: {
    ar: 'الرابط غير صالح أو منتهي الصلاحية.',
    en: 'This link is not valid or has expired.',
  },
} satisfies Record<string, Localized>;

export type IdentityErrorCode = keyof typeof identityMessages;
