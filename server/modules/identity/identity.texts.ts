import type { Localized } from '../../shared/i18n';

/** What the portal sends to people's phones and inboxes, in both languages. */
export const identityTexts = {
  REGISTRATION_CODE: {
    ar: 'رمز التحقق لتسجيلك في أبشر: {code}\nصالح 5 دقائق. لا تشاركه مع أحد.',
    en: 'Your Absher registration code: {code}\nValid for 5 minutes. Never share it with anyone.',
  },
  LOGIN_CODE: {
    ar: 'رمز الدخول إلى أبشر: {code}\nصالح 5 دقائق. لا تشاركه مع أحد، ولن نطلبه منك أبداً.',
    en: 'Your Absher log-in code: {code}\nValid for 5 minutes. Never share it; we will never ask you for it.',
  },
  ACCOUNT_EXISTS: {
    ar: 'طُلب تسجيل حساب جديد في أبشر برقم هويتك، ولديك حساب بالفعل. إن نسيت كلمة المرور فاستخدم «نسيت كلمة المرور» في صفحة الدخول. إن لم تكن أنت فتجاهل هذه الرسالة.',
    en: 'Someone asked to register a new Absher account with your ID, but you already have one. If you forgot your password, use "Forgot password" on the log-in page. If this was not you, ignore this message.',
  },
  ACCOUNT_LOCKED: {
    ar: 'أُوقف الدخول إلى حسابك في أبشر مؤقتاً لمدة {minutes} دقيقة بعد محاولات دخول خاطئة متكررة. إن لم تكن أنت فغيّر كلمة المرور.',
    en: 'Log-in to your Absher account is paused for {minutes} minutes after repeated wrong passwords. If this was not you, change your password.',
  },
  CODE_STEP_LOCKED: {
    ar: 'أُدخلت رموز تحقق خاطئة عدة مرات لخطوة «{step}» في أبشر، فأوقفناها مؤقتاً لمدة {minutes} دقيقة. إن لم تكن أنت فلا تشارك أي رمز يصلك مع أحد، وغيّر كلمة المرور.',
    en: 'Wrong verification codes were entered several times for the "{step}" step on Absher, so it is paused for {minutes} minutes. If this was not you, never share a code you receive, and change your password.',
  },
  SECURITY_NOTICE_SUBJECT: {
    ar: 'تنبيه أمني من أبشر',
    en: 'Absher security notice',
  },
  WELCOME_EMAIL_SUBJECT: {
    ar: 'مرحباً بك في أبشر — أكّد بريدك الإلكتروني',
    en: 'Welcome to Absher — confirm your e-mail',
  },
  CONFIRM_EMAIL_SUBJECT: {
    ar: 'أبشر — أكّد بريدك الإلكتروني',
    en: 'Absher — confirm your e-mail',
  },
  CONFIRM_EMAIL_BODY: {
    ar: 'مرحباً، {name}.\n\nطلبتَ رابطاً جديداً لتأكيد بريدك الإلكتروني في أبشر. افتح الرابط التالي خلال 48 ساعة:\n{link}\n\nإن لم تطلبه فتجاهل هذه الرسالة.',
    en: 'Hello, {name}.\n\nYou asked for a new link to confirm your e-mail address on Absher. Open it within 48 hours:\n{link}\n\nIf you did not ask for it, ignore this message.',
  },
  WELCOME_EMAIL_BODY: {
    ar: 'مرحباً بك، {name}.\n\nأُنشئ حسابك في أبشر. لتأكيد بريدك الإلكتروني افتح الرابط التالي خلال 48 ساعة:\n{link}\n\nإن لم تنشئ هذا الحساب فتجاهل هذه الرسالة.',
    en: 'Welcome, {name}.\n\nYour Absher account is ready. To confirm your e-mail address, open this link within 48 hours:\n{link}\n\nIf you did not create this account, ignore this message.',
  },
} satisfies Record<string, Localized>;

/** The name of each guarded code step, as the lock notice says it. */
export const codeStepNames = {
  REGISTRATION: { ar: 'التسجيل', en: 'registration' },
  LOGIN: { ar: 'تسجيل الدخول', en: 'log-in' },
  PASSWORD_RESET: { ar: 'استعادة كلمة المرور', en: 'password reset' },
  ACCOUNT_CHANGE: { ar: 'تغيير بيانات الحساب', en: 'account changes' },
  ACCOUNT_RECOVERY: { ar: 'استعادة الحساب', en: 'account recovery' },
} satisfies Record<string, Localized>;
