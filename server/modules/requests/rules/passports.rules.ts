import { ageOn } from '../../../shared/clock';
import { EXIT_REENTRY_MONTHS, IQAMA_YEARS, PASSPORT_YEARS, VISA_EXTENSION_MONTHS } from '../../catalogue/periods';
import { DocumentType } from '../../registry/holdings.entity';
import { PersonKind } from '../../registry/person.entity';
import { addDays, addMonths, addYears, daysBetween, laterOf } from '../../../shared/dates';
import {
  commonChecks,
  currentDocument,
  type DocumentFacts,
  Facts,
  inForce,
  type PersonFacts,
  type RuleError,
  Reasons,
  RENEWAL_WINDOW_DAYS,
  renewalOpensOn,
  reportedLost,
  sponsored,
  unpaid,
  Verdict,
} from './facts';
import { exitReentryVisaFee, extendExitReentryVisaFee, finalExitVisaFee, iqamaCharges, renewIqamaFee, renewPassportFee } from './fees';

export { EXIT_REENTRY_MONTHS, IQAMA_YEARS, PASSPORT_YEARS };
/** Published: passports for people under 21 are issued for 5 years only. */
export const TEN_YEAR_PASSPORT_MIN_AGE = 21;
/** A final exit visa must be used within 60 days. */
export const FINAL_EXIT_VALID_DAYS = 60;

const isSelf = (facts: Facts) => facts.beneficiary.nationalId === facts.applicant.nationalId;

const LOST_CODES = { [DocumentType.PASSPORT]: 'PASSPORT_REPORTED_LOST', [DocumentType.IQAMA]: 'IQAMA_REPORTED_LOST' } as const;
const EXPIRED_CODES = { [DocumentType.PASSPORT]: 'PASSPORT_EXPIRED', [DocumentType.IQAMA]: 'IQAMA_EXPIRED' } as const;

/** The passport and iqama a visa stands on must be in force: one reported lost is refused as such, so the person knows to replace it. */
function residenceDocumentsInForce(facts: Facts, reasons: Reasons, types: (DocumentType.PASSPORT | DocumentType.IQAMA)[]): void {
  for (const type of types) {
    const document = currentDocument(facts.documents, type);
    if (reportedLost(document)) reasons.add('', LOST_CODES[type]);
    else if (!inForce(document, facts.today)) reasons.add('', EXPIRED_CODES[type]);
  }
}

export interface RenewPassportInput {
  years: number;
}

/** Issue or renew a passport (citizens, self or dependent): no travel ban; a dependent under 15 must be inside the Kingdom. */
export function renewPassportRules(facts: Facts, input: RenewPassportInput): Verdict {
  const reasons = new Reasons();
  const { beneficiary, today } = facts;
  commonChecks(facts, reasons);
  if (beneficiary.kind !== PersonKind.CITIZEN) reasons.add('beneficiaryNationalId', 'NOT_ELIGIBLE');
  if (!(PASSPORT_YEARS as readonly number[]).includes(input.years)) reasons.add('years', 'INVALID_PERIOD', { allowed: '5, 10' });
  else if (input.years === 10 && ageOn(beneficiary.dateOfBirth, today) < TEN_YEAR_PASSPORT_MIN_AGE) reasons.add('years', 'INVALID_PERIOD', { allowed: '5' });
  if (beneficiary.travelBan) reasons.add('', 'TRAVEL_BAN');
  if (!isSelf(facts) && ageOn(beneficiary.dateOfBirth, today) < 15 && !beneficiary.insideKingdom) reasons.add('', 'OUTSIDE_KINGDOM');
  const passport = currentDocument(facts.documents, DocumentType.PASSPORT);
  if (passport && daysBetween(today, passport.expiresOn) > RENEWAL_WINDOW_DAYS) reasons.add('', 'TOO_EARLY_TO_RENEW', { renewFrom: renewalOpensOn(passport.expiresOn) });
  return { errors: reasons.list, fee: renewPassportFee(input.years) };
}

export function renewedPassport(today: string, years: number): { issuedOn: string; expiresOn: string } {
  return { issuedOn: today, expiresOn: addYears(today, years) };
}

export interface ExitReentryInput {
  entryType: 'SINGLE' | 'MULTIPLE';
  months: number;
}

/** Exit re-entry visa (a resident: self, dependent or worker): iqama valid, inside the Kingdom, no travel ban, none already valid. */
export function exitReentryVisaRules(facts: Facts, input: ExitReentryInput): Verdict {
  const reasons = new Reasons();
  const { beneficiary, today } = facts;
  commonChecks(facts, reasons);
  if (beneficiary.kind !== PersonKind.RESIDENT) reasons.add('beneficiaryNationalId', 'NOT_ELIGIBLE');
  if (!Number.isInteger(input.months) || input.months < EXIT_REENTRY_MONTHS.min || input.months > EXIT_REENTRY_MONTHS.max) {
    reasons.add('months', 'INVALID_PERIOD', { allowed: `${EXIT_REENTRY_MONTHS.min}–${EXIT_REENTRY_MONTHS.max}` });
  }
  if (beneficiary.kind === PersonKind.RESIDENT) residenceDocumentsInForce(facts, reasons, [DocumentType.IQAMA]);
  if (!beneficiary.insideKingdom) reasons.add('', 'OUTSIDE_KINGDOM');
  if (beneficiary.travelBan) reasons.add('', 'TRAVEL_BAN');
  if (inForce(currentDocument(facts.documents, DocumentType.EXIT_REENTRY_VISA), today)) reasons.add('', 'VISA_ALREADY_VALID');
  return { errors: reasons.list, fee: exitReentryVisaFee(input.entryType, Math.max(EXIT_REENTRY_MONTHS.min, input.months)) };
}

export interface ExtendVisaInput {
  months: number;
}

/** The entry type a visa was issued with (SINGLE when not recorded). */
const entryTypeOf = (visa: DocumentFacts | null): 'SINGLE' | 'MULTIPLE' => (visa?.details?.entryType === 'MULTIPLE' ? 'MULTIPLE' : 'SINGLE');

/**
 * Extending an exit re-entry visa (a resident: self, dependent or worker): the visa in force, the
 * new expiry no later than the iqama's, and, while the resident is outside the Kingdom, only by the
 * sponsor (at the fee for extensions from abroad).
 */
export function extendExitReentryVisaRules(facts: Facts, input: ExtendVisaInput): Verdict {
  const reasons = new Reasons();
  const { beneficiary, today } = facts;
  commonChecks(facts, reasons);
  if (beneficiary.kind !== PersonKind.RESIDENT) reasons.add('beneficiaryNationalId', 'NOT_ELIGIBLE');
  const monthsOk = Number.isInteger(input.months) && input.months >= VISA_EXTENSION_MONTHS.min && input.months <= VISA_EXTENSION_MONTHS.max;
  if (!monthsOk) reasons.add('months', 'INVALID_PERIOD', { allowed: `${VISA_EXTENSION_MONTHS.min}–${VISA_EXTENSION_MONTHS.max}` });
  const visa = currentDocument(facts.documents, DocumentType.EXIT_REENTRY_VISA);
  const iqama = currentDocument(facts.documents, DocumentType.IQAMA);
  if (!inForce(visa, today)) reasons.add('', 'NO_VISA_TO_EXTEND');
  else if (reportedLost(iqama)) reasons.add('', 'IQAMA_REPORTED_LOST');
  else if (!inForce(iqama, today)) reasons.add('', 'IQAMA_EXPIRED');
  else if (monthsOk && extendedExitReentryVisa(visa!.expiresOn, input.months).expiresOn > iqama!.expiresOn) reasons.add('months', 'IQAMA_TOO_SHORT', { iqamaExpiresOn: iqama!.expiresOn });
  const abroad = !beneficiary.insideKingdom;
  if (abroad && isSelf(facts)) reasons.add('', 'SPONSOR_EXTENDS_ABROAD');
  return { errors: reasons.list, fee: extendExitReentryVisaFee(entryTypeOf(visa), monthsOk ? input.months : VISA_EXTENSION_MONTHS.min, abroad) };
}

export function extendedExitReentryVisa(expiresOn: string, months: number): { expiresOn: string } {
  return { expiresOn: addMonths(expiresOn, months) };
}

/**
 * Cancelling an exit re-entry visa before it is used (self, dependent or worker; by whoever paid
 * for it): the visa must still be in force and its holder inside the Kingdom, since a holder who
 * has left is travelling on it. Its fee is then refunded (decision, see CHANGELOG: the portal has no
 * border-crossing record yet, so "unused" is "in force, and its holder has not left").
 */
export function cancelExitReentryVisaRules(visa: DocumentFacts, holder: PersonFacts, today: string): RuleError[] {
  const reasons = new Reasons();
  if (!inForce(visa, today)) reasons.add('documentId', 'VISA_NOT_CANCELLABLE');
  else if (!holder.insideKingdom) reasons.add('documentId', 'VISA_IN_USE');
  return reasons.list;
}

export function issuedExitReentryVisa(today: string, months: number): { issuedOn: string; expiresOn: string } {
  return { issuedOn: today, expiresOn: addMonths(today, months) };
}

/**
 * Final exit visa (residents): passport and iqama valid, no unpaid violations, no vehicle in their
 * name. A sponsored resident (one with a sponsor or head of family on record, a person or an
 * establishment) does not issue his own: his sponsor does, as for every other residence matter.
 */
export function finalExitVisaRules(facts: Facts): Verdict {
  const reasons = new Reasons();
  const { beneficiary, today } = facts;
  commonChecks(facts, reasons);
  if (beneficiary.kind !== PersonKind.RESIDENT) reasons.add('beneficiaryNationalId', 'NOT_ELIGIBLE');
  else if (isSelf(facts) && sponsored(beneficiary)) reasons.add('beneficiaryNationalId', 'SPONSOR_ISSUES_FINAL_EXIT');
  residenceDocumentsInForce(facts, reasons, beneficiary.kind === PersonKind.RESIDENT ? [DocumentType.PASSPORT, DocumentType.IQAMA] : [DocumentType.PASSPORT]);
  const owed = unpaid(facts.violations);
  if (owed.length) reasons.add('', 'UNPAID_VIOLATIONS', { count: owed.length });
  if (facts.vehicles.length) reasons.add('', 'VEHICLE_REGISTERED', { plate: facts.vehicles[0].plate });
  if (inForce(currentDocument(facts.documents, DocumentType.FINAL_EXIT_VISA), today)) reasons.add('', 'VISA_ALREADY_VALID');
  return { errors: reasons.list, fee: finalExitVisaFee() };
}

export function issuedFinalExitVisa(today: string): { issuedOn: string; expiresOn: string } {
  return { issuedOn: today, expiresOn: addDays(today, FINAL_EXIT_VALID_DAYS) };
}

export interface RenewIqamaInput {
  years: number;
}

/**
 * Renew iqama — by the sponsor or head of family, for a resident dependent or worker (a resident
 * cannot renew their own): no unpaid violations of the beneficiary. The fee follows from how the
 * beneficiary stands to the applicant (their head of family or sponsor): `iqamaCharges` in fees.ts.
 */
export function renewIqamaRules(facts: Facts, input: RenewIqamaInput): Verdict {
  const reasons = new Reasons();
  const { beneficiary, today } = facts;
  commonChecks(facts, reasons);
  if (beneficiary.kind !== PersonKind.RESIDENT || isSelf(facts)) reasons.add('beneficiaryNationalId', 'NOT_ELIGIBLE');
  if (!Number.isInteger(input.years) || input.years < IQAMA_YEARS.min || input.years > IQAMA_YEARS.max) reasons.add('years', 'INVALID_PERIOD', { allowed: `${IQAMA_YEARS.min}–${IQAMA_YEARS.max}` });
  const iqama = currentDocument(facts.documents, DocumentType.IQAMA);
  if (beneficiary.kind === PersonKind.RESIDENT && !iqama) reasons.add('', 'DOCUMENT_MISSING');
  else if (reportedLost(iqama)) reasons.add('', 'REPLACE_LOST_INSTEAD');
  const owed = unpaid(facts.violations);
  if (owed.length) reasons.add('', 'UNPAID_VIOLATIONS', { count: owed.length });
  const years = Math.max(IQAMA_YEARS.min, Math.min(IQAMA_YEARS.max, input.years || 1));
  return { errors: reasons.list, fee: renewIqamaFee(years, iqama?.expiresOn, today, isSelf(facts) ? {} : iqamaCharges(facts.applicant, beneficiary)) };
}

/** A renewed iqama runs on from its expiry, or from today once expired. */
export function renewedIqama(expiresOn: string, today: string, years: number): { expiresOn: string } {
  return { expiresOn: addYears(laterOf(expiresOn, today), years) };
}
