import type { Localized } from '../../shared/i18n';

/** What the person is told when the traffic department decides their dispute (in-app and by SMS). */
export const disputeTexts = {
  UPHELD: {
    title: { ar: 'قُبل اعتراضك على المخالفة', en: 'Your dispute was upheld' },
    body: {
      ar: 'قبلت إدارة المرور اعتراضك على المخالفة {violationNumber} (الطلب {reference})، فأُلغيت المخالفة ولا يلزم سدادها.',
      en: 'The traffic department upheld your dispute of violation {violationNumber} (request {reference}): the violation is cancelled and nothing is owed.',
    },
  },
  DISMISSED: {
    title: { ar: 'رُفض اعتراضك على المخالفة', en: 'Your dispute was dismissed' },
    body: {
      ar: 'رفضت إدارة المرور اعتراضك على المخالفة {violationNumber} (الطلب {reference})، فالمخالفة قائمة ويمكنك سدادها الآن من خدمة سداد المخالفات.',
      en: 'The traffic department dismissed your dispute of violation {violationNumber} (request {reference}): the violation stands and can be paid now from the violations service.',
    },
  },
} satisfies Record<string, { title: Localized; body: Localized }>;
