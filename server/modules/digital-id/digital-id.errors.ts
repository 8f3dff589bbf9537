import type { Localized } from '../../shared/i18n';
import { defineErrors } from '../../shared/user-error';

/** Codes and messages of the digital ID module: why an offline copy was not issued. */
export const digitalIdMessages = {
  NO_IDENTITY_DOCUMENT: {
    ar: 'لا يوجد في السجل المدني هوية وطنية أو إقامة باسمك، لذلك لا يمكن إصدار نسخة دون اتصال. راجع أقرب مكتب للأحوال المدنية أو الجوازات.',
    en: 'The civil registry holds no national ID or iqama in your name, so an offline copy cannot be issued. Visit a civil affairs or passports office.',
  },
  DOCUMENT_EXPIRED: {
    ar: 'انتهت صلاحية هويتك أو إقامتك، لذلك لا تُصدر لها نسخة دون اتصال. جدّدها ثم عد إلى هذه الصفحة.',
    en: 'Your ID or iqama has expired, so no offline copy is issued for it. Renew it, then come back to this page.',
  },
  DOCUMENT_LOST: {
    ar: 'هويتك أو إقامتك مُبلَّغ عن فقدانها، لذلك لا تُصدر لها نسخة دون اتصال. اطلب بدل فاقد.',
    en: 'Your ID or iqama has been reported lost, so no offline copy is issued for it. Request a replacement.',
  },
  DOCUMENT_REPLACED: {
    ar: 'صدرت وثيقة جديدة بدل هويتك أو إقامتك هذه، ولا تُصدر نسخة دون اتصال إلا للوثيقة السارية.',
    en: 'A new document has replaced this ID or iqama; an offline copy is issued only for the document in force.',
  },
  DOCUMENT_CANCELLED: {
    ar: 'أُلغيت هويتك أو إقامتك، لذلك لا تُصدر لها نسخة دون اتصال.',
    en: 'Your ID or iqama has been cancelled, so no offline copy is issued for it.',
  },
} satisfies Record<string, Localized>;

export type DigitalIdErrorCode = keyof typeof digitalIdMessages;

export const DigitalIdErrors = defineErrors('DigitalIdError', digitalIdMessages, "Why a digital ID's offline copy was not issued: the holder's identity document is not in force.");
export type DigitalIdError = ReturnType<typeof DigitalIdErrors.localize>[number];
