import { defineErrors } from '../../shared/user-error';
import { accountCareMessages } from './account-care.errors';
import type { Localized } from '../../shared/i18n';

/**
 * Every identity failure a person can meet, with what to do about it in both languages. The
 * `satisfies` makes a missing translation a compile error.
 */
export const identityMessages = {
  INVALID_NATIONAL_ID: {
    ar: 'رقم الهوية أو الإقامة غير صحيح: تأكد من عدم وجود خطأ في كتابته. يتكون من 10 أرقام تبدأ بـ 1 أو 2 كما في البطاقة.',
    en: 'This national ID or iqama number is not valid: check the number for a typo. It has 10 digits, starting with 1 or 2, as printed on the card.',
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
    ar: 'كلمتا المرور غير متطابقتين. اكتب كلمة المرور نفسها في الحقلين.',
    en: 'The two passwords do not match. Type the same password in both fields.',
  },
  EMAIL_ALREADY_CONFIRMED: {
    ar: 'بريدك الإلكتروني مؤكد من قبل؛ لا حاجة إلى رابط جديد.',
    en: 'Your e-mail address is already confirmed; no new link is needed.',
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
    ar: 'الرمز لا يطابق الصورة أو انتهت صلاحيتها. لكل صورة محاولة واحدة، وقد ظهرت صورة جديدة: اكتب أرقامها أو استمع إليها.',
    en: 'The code did not match the image, or the image had expired. Each image allows one try, and a new one is shown: type its digits or listen to them.',
  },
  PROOF_OF_WORK_MISSING: {
    ar: 'لم يكتمل التحقق التلقائي من جهازك بعد. انتظر لحظة حتى يكتمل ثم أرسل مرة أخرى.',
    en: 'The automatic check of your device has not finished yet. Wait a moment for it to finish, then send again.',
  },
  PROOF_OF_WORK_INVALID: {
    ar: 'لم ينجح التحقق التلقائي من جهازك أو لم يعد صالحاً. سيُعاد تلقائياً؛ أرسل مرة أخرى بعد اكتماله.',
    en: 'The automatic check of your device failed or is no longer valid. It runs again by itself; send again once it has finished.',
  },
  CAPTCHA_REQUIRED: {
    ar: 'اكتب الأرقام الأربعة الظاهرة في الصورة (اطلب صورة جديدة إن لم تظهر).',
    en: 'Type the 4 digits shown in the image (get a new image if none is shown).',
  },
  TERMS_NOT_ACCEPTED: {
    ar: 'يجب الموافقة على شروط الاستخدام وسياسة الخصوصية.',
    en: 'You must accept the terms of use and the privacy policy.',
  },
  CODE_INVALID: {
    ar: 'رمز التحقق غير صحيح. بقيت لديك {triesLeft} محاولات.',
    en: 'The verification code is wrong. You have {triesLeft} tries left.',
  },
  CODE_EXPIRED: {
    ar: 'انتهت صلاحية رمز التحقق. اطلب رمزاً جديداً.',
    en: 'The verification code has expired. Ask for a new one.',
  },
  TOO_MANY_ATTEMPTS: {
    ar: 'تجاوزت عدد المحاولات المسموح. اطلب رمزاً جديداً أو ابدأ من جديد.',
    en: 'Too many tries. Ask for a new code or start again.',
  },
  CODE_STEP_LOCKED: {
    ar: 'أُدخلت رموز تحقق خاطئة عدة مرات، فأوقفنا هذه الخطوة مؤقتاً لحمايتك. حاول مرة أخرى بعد {retryAfter:minutes} دقيقة.',
    en: 'Wrong verification codes were entered too many times, so this step is paused to protect you. Try again in {retryAfter:minutes} minutes.',
  },
  RESEND_TOO_SOON: {
    ar: 'يمكنك طلب رمز جديد بعد {retryAfter} ثانية.',
    en: 'You can ask for a new code in {retryAfter} seconds.',
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

/** The identity module's refusals: registration, log-in, sessions and account care. */
export const IdentityErrors = defineErrors('IdentityError', { ...identityMessages, ...accountCareMessages }, 'Why registration, log-in or account care refused an input.');
export type IdentityError = ReturnType<typeof IdentityErrors.localize>[number];
