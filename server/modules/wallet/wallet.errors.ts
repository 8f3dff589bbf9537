import type { Localized } from '../../shared/i18n';
import { defineErrors } from '../../shared/user-error';

/** Codes and messages of the wallet: why a card's code or offline copy was not issued. */
export const walletMessages = {
  CARD_NOT_FOUND: {
    ar: 'لم نجد هذه البطاقة بين وثائقك أو وثائق من تنوب عنهم.',
    en: 'This card is not among your documents or those of the people you act for.',
  },
  CARD_EXPIRED: {
    ar: 'انتهت صلاحية هذه الوثيقة، لذلك لا تُصدر لها نسخة دون اتصال. جدّدها أولاً.',
    en: 'This document has expired, so no offline copy is issued for it. Renew it first.',
  },
  CARD_LOST: {
    ar: 'هذه الوثيقة مُبلَّغ عن فقدانها، لذلك لا تُصدر لها نسخة دون اتصال. اطلب بدل فاقد.',
    en: 'This document has been reported lost, so no offline copy is issued for it. Request a replacement.',
  },
  CARD_REPLACED: {
    ar: 'صدرت وثيقة جديدة بدل هذه، ولا تُصدر نسخة دون اتصال إلا للوثيقة السارية.',
    en: 'A new document has replaced this one; an offline copy is issued only for the document in force.',
  },
  CARD_CANCELLED: {
    ar: 'أُلغيت هذه الوثيقة، لذلك لا تُصدر لها نسخة دون اتصال.',
    en: 'This document has been cancelled, so no offline copy is issued for it.',
  },
} satisfies Record<string, Localized>;

export type WalletErrorCode = keyof typeof walletMessages;

export const WalletErrors = defineErrors('WalletError', walletMessages, "Why a wallet card's code or offline copy was not issued: not the caller's to show, or not in force.");
export type WalletError = ReturnType<typeof WalletErrors.localize>[number];
