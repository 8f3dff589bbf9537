import type { Localized } from '../../shared/i18n';
import { defineErrors } from '../../shared/user-error';

/** Why a document's life event (a loss report) was refused, in both languages. */
export const documentLifeMessages = {
  DOCUMENT_NOT_FOUND: {
    ar: 'لم نجد هذه الوثيقة ضمن وثائقك أو وثائق من تخدمهم.',
    en: 'This document is not among yours or those of the people you act for.',
  },
  DOCUMENT_NOT_REPORTABLE: {
    ar: 'لا يُبلَّغ عن فقدان التأشيرات: تُلغى التأشيرة غير المستخدمة من قائمة الوثائق.',
    en: 'Visas are not reported lost: an unused visa is cancelled from the documents list instead.',
  },
  DOCUMENT_ALREADY_ENDED: {
    ar: 'سبق الإبلاغ عن فقدان هذه الوثيقة أو استبدالها أو إلغاؤها، فلا يلزم بلاغ جديد.',
    en: 'This document was already reported lost, replaced or cancelled: no new report is needed.',
  },
} satisfies Record<string, Localized>;

export type DocumentLifeErrorCode = keyof typeof documentLifeMessages;
export const DocumentLifeErrors = defineErrors('DocumentLifeError', documentLifeMessages, 'Why a loss report was refused.');
export type DocumentLifeError = ReturnType<typeof DocumentLifeErrors.localize>[number];
