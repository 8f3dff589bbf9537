import type { Localized } from '../../shared/i18n';
import { defineErrors } from '../../shared/user-error';

/** Why a dispute could not be decided, in both languages. */
export const disputeMessages = {
  DISPUTE_NOT_FOUND: {
    ar: 'لا يوجد اعتراض منك على المخالفة {violationNumber}. اعترض عليها أولاً من خدمة الاعتراض على مخالفة.',
    en: 'There is no dispute of yours on violation {violationNumber}. Dispute it first with the dispute service.',
  },
  DISPUTE_ALREADY_DECIDED: {
    ar: 'صدر قرار في الاعتراض على المخالفة {violationNumber}، ولا يتغير.',
    en: 'The dispute of violation {violationNumber} is already decided; the decision stands.',
  },
} satisfies Record<string, Localized>;

export type DisputeErrorCode = keyof typeof disputeMessages;
export const DisputeErrors = defineErrors('DisputeError', disputeMessages, 'Why a dispute could not be decided.');
export type DisputeError = ReturnType<typeof DisputeErrors.localize>[number];
