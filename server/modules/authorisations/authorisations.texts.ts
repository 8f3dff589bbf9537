import type { Localized } from '../../shared/i18n';

type Text = { title: Localized; body: Localized };

/** What grantor and delegate are told (in-app, and by SMS as their preferences allow). `{services}` is the services' names. */
export const authorisationTexts = {
  granted: {
    title: { ar: 'تفويض جديد لك', en: 'You have been authorised' },
    body: {
      ar: 'فوّضك {grantor} في: {services}، من {startsOn} إلى {endsOn}. اقبل التفويض أو ارفضه من صفحة التفويضات.',
      en: '{grantor} authorises you for: {services}, from {startsOn} to {endsOn}. Accept or decline it on the authorisations page.',
    },
  },
  accepted: {
    title: { ar: 'قُبل تفويضك', en: 'Your authorisation was accepted' },
    body: { ar: 'قبل {delegate} تفويضك في: {services}، حتى {endsOn}.', en: '{delegate} accepted your authorisation for: {services}, until {endsOn}.' },
  },
  declined: {
    title: { ar: 'رُفض تفويضك', en: 'Your authorisation was declined' },
    body: { ar: 'رفض {delegate} تفويضك في: {services}. يلزم تفويض جديد إن أردت.', en: '{delegate} declined your authorisation for: {services}. A new one is needed if you still wish.' },
  },
  revoked: {
    title: { ar: 'أُلغي تفويض', en: 'An authorisation was revoked' },
    body: { ar: 'ألغى {grantor} تفويضك في: {services}.', en: '{grantor} revoked your authorisation for: {services}.' },
  },
  actedFor: {
    title: { ar: 'نُفذت خدمة نيابة عنك', en: 'A service was done for you' },
    body: {
      ar: 'قدّم {delegate} بموجب تفويضك طلب {service} رقم {reference}.',
      en: '{delegate}, under your authorisation, submitted {service}, request {reference}.',
    },
  },
  driverAuthorised: {
    title: { ar: 'فُوّضت بقيادة مركبة', en: 'You may drive a vehicle' },
    body: { ar: 'فوّضك {grantor} بقيادة المركبة {plate} حتى {endsOn}.', en: '{grantor} authorises you to drive vehicle {plate} until {endsOn}.' },
  },
} satisfies Record<string, Text>;
