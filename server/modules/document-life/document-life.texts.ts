import type { Localized } from '../../shared/i18n';

/** What the person who reported a loss is told (in-app, and by SMS: a loss is worth knowing at once). */
export const documentLifeTexts = {
  reportedLost: {
    title: { ar: 'سُجّل بلاغ فقدان وثيقة', en: 'Document reported lost' },
    body: {
      ar: 'سُجّل بلاغ {circumstance} {document} رقم {number} لـ {holder}. لم تعد الوثيقة صالحة لإثبات أي شيء، ويمكن طلب بدل فاقد لها.',
      en: '{document} {number} of {holder} is recorded as {circumstance}. It no longer proves anything; a replacement can be requested.',
    },
  },
  circumstance: {
    LOST: { ar: 'فقدان', en: 'lost' },
    STOLEN: { ar: 'سرقة', en: 'stolen' },
  },
  documentNames: {
    NATIONAL_ID: { ar: 'الهوية الوطنية', en: 'National ID' },
    IQAMA: { ar: 'الإقامة', en: 'Iqama' },
    PASSPORT: { ar: 'جواز السفر', en: 'Passport' },
    DRIVING_LICENCE: { ar: 'رخصة القيادة', en: 'Driving licence' },
  },
} satisfies { reportedLost: { title: Localized; body: Localized }; circumstance: Record<string, Localized>; documentNames: Record<string, Localized> };
