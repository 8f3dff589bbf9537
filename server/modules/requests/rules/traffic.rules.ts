import { LICENCE_YEARS, REGISTRATION_YEARS } from '../../catalogue/periods';
import { DocumentType } from '../../registry/holdings.entity';
import { riyadhDate } from '../../../shared/clock';
import { addYears, daysBetween, hijriYear, laterOf } from '../../../shared/dates';
import { commonChecks, currentDocument, DocumentFacts, Facts, PersonFacts, Reasons, RENEWAL_WINDOW_DAYS, renewalOpensOn, unpaid, reportedLost, Verdict, ViolationFacts } from './facts';
import { freeOfCharge, payViolationsFee, renewDrivingLicenceFee, renewVehicleRegistrationFee } from './fees';

export { LICENCE_YEARS, REGISTRATION_YEARS };
export const DISPUTE_WINDOW_DAYS = 30;
export const MAX_VIOLATIONS_PER_BILL = 50;
export const DISPUTE_REASON_LENGTH = { min: 10, max: 500 } as const;
/** Published limit: a person whose disputes were dismissed this many times in a Hijri year disputes no more that year. */
export const DISMISSED_DISPUTES_PER_HIJRI_YEAR = 5;

const valid = (expiresOn: string | null | undefined, today: string) => !!expiresOn && expiresOn >= today;

export interface RenewDrivingLicenceInput {
  years: number;
}

/** Renew driving licence (self): under 180 days left, all violations paid, medical check on file, services not suspended. */
export function renewDrivingLicenceRules(facts: Facts, input: RenewDrivingLicenceInput): Verdict {
  const reasons = new Reasons();
  const { beneficiary, today } = facts;
  commonChecks(facts, reasons);
  if (!(LICENCE_YEARS as readonly number[]).includes(input.years)) reasons.add('years', 'INVALID_PERIOD', { allowed: LICENCE_YEARS.join(', ') });
  const licence = currentDocument(facts.documents, DocumentType.DRIVING_LICENCE);
  if (!licence) reasons.add('', 'DOCUMENT_MISSING');
  else if (reportedLost(licence)) reasons.add('', 'REPLACE_LOST_INSTEAD');
  else if (daysBetween(today, licence.expiresOn) >= RENEWAL_WINDOW_DAYS) reasons.add('', 'TOO_EARLY_TO_RENEW', { renewFrom: renewalOpensOn(licence.expiresOn) });
  const owed = unpaid(facts.violations);
  if (owed.length) reasons.add('', 'UNPAID_VIOLATIONS', { count: owed.length });
  if (!valid(beneficiary.medicalCheckValidUntil, today)) reasons.add('', 'MEDICAL_CHECK_MISSING');
  return { errors: reasons.list, fee: renewDrivingLicenceFee(LICENCE_YEARS.includes(input.years as 2) ? input.years : 2, licence?.expiresOn, today) };
}

/** A renewed licence or registration runs on from its expiry, or from today once expired. */
export function renewedFrom(expiresOn: string, today: string, years: number): string {
  return addYears(laterOf(expiresOn, today), years);
}

export interface RenewVehicleRegistrationInput {
  plate: string;
  years: number;
}

/** Renew vehicle registration (owner): valid insurance and inspection, no unpaid violations on it, under 180 days left. */
export function renewVehicleRegistrationRules(facts: Facts, input: RenewVehicleRegistrationInput): Verdict {
  const reasons = new Reasons();
  const { today } = facts;
  commonChecks(facts, reasons);
  if (!Number.isInteger(input.years) || input.years < REGISTRATION_YEARS.min || input.years > REGISTRATION_YEARS.max) {
    reasons.add('years', 'INVALID_PERIOD', { allowed: `${REGISTRATION_YEARS.min}–${REGISTRATION_YEARS.max}` });
  }
  const vehicle = facts.vehicles.find((v) => v.plate === input.plate);
  if (!vehicle) {
    reasons.add('plate', 'NOT_YOUR_VEHICLE');
    return { errors: reasons.list, fee: [] };
  }
  if (!valid(vehicle.insuranceExpiresOn, today)) reasons.add('', 'INSURANCE_EXPIRED');
  if (!valid(vehicle.inspectionExpiresOn, today)) reasons.add('', 'INSPECTION_EXPIRED');
  const owed = unpaid(facts.violations.filter((v) => v.plate === vehicle.plate));
  if (owed.length) reasons.add('', 'UNPAID_VIOLATIONS', { count: owed.length });
  if (daysBetween(today, vehicle.registrationExpiresOn) >= RENEWAL_WINDOW_DAYS) reasons.add('', 'TOO_EARLY_TO_RENEW', { renewFrom: renewalOpensOn(vehicle.registrationExpiresOn) });
  const years = Math.max(REGISTRATION_YEARS.min, Math.min(REGISTRATION_YEARS.max, Math.trunc(input.years) || 1));
  return { errors: reasons.list, fee: renewVehicleRegistrationFee(years, vehicle.registrationExpiresOn, today) };
}

export interface PayViolationsInput {
  violationNumbers: string[];
}

/** Pay violations (one's own, as driver or owner of the vehicle): each unpaid, not disputed, not on another open bill. */
export function payViolationsRules(facts: Facts, input: PayViolationsInput): Verdict {
  const reasons = new Reasons();
  const numbers = [...new Set(input.violationNumbers.map((n) => n.trim()))];
  if (!numbers.length || numbers.length > MAX_VIOLATIONS_PER_BILL) reasons.add('violationNumbers', 'VIOLATION_NOT_FOUND', { violationNumber: '—' });
  const chosen: ViolationFacts[] = [];
  for (const number of numbers) {
    const v = facts.violations.find((x) => x.number === number);
    if (!v) reasons.add('violationNumbers', 'VIOLATION_NOT_FOUND', { violationNumber: number });
    else if (v.paid || v.disputeStatus === 'UPHELD') reasons.add('violationNumbers', 'VIOLATION_ALREADY_PAID', { violationNumber: number });
    else if (v.disputeStatus === 'OPEN') reasons.add('violationNumbers', 'DISPUTE_OPEN', { violationNumber: number });
    else if (v.pendingRequestId && v.pendingRequestId !== facts.ownRequestId) reasons.add('violationNumbers', 'DUPLICATE_REQUEST', { violationNumber: number });
    else chosen.push(v);
  }
  // Paying what one owes is never blocked by suspended services: only the checks above apply.
  return { errors: reasons.list, fee: payViolationsFee(chosen) };
}

export interface DisputeViolationInput {
  violationNumber: string;
  reason: string;
}

/** How many of these violations' disputes were dismissed in the Hijri year `today` falls in (decisions dated in the Kingdom's time). */
export function dismissedInHijriYear(violations: ViolationFacts[], today: string): number {
  const year = hijriYear(today);
  return violations.filter((v) => v.disputeStatus === 'DISMISSED' && v.disputeDecidedAt && hijriYear(riyadhDate(v.disputeDecidedAt)) === year).length;
}

/**
 * Dispute a violation: within 30 days of it (day 30 yes, day 31 no), unpaid, never disputed before,
 * one open dispute at a time, fewer than 5 dismissed this Hijri year, with a reason.
 */
export function disputeViolationRules(facts: Facts, input: DisputeViolationInput): Verdict {
  const reasons = new Reasons();
  const { today } = facts;
  commonChecks(facts, reasons);
  const v = facts.violations.find((x) => x.number === input.violationNumber.trim());
  if (!v) reasons.add('violationNumber', 'VIOLATION_NOT_FOUND', { violationNumber: input.violationNumber.trim() || '—' });
  else {
    if (v.paid || v.disputeStatus === 'UPHELD') reasons.add('violationNumber', 'VIOLATION_ALREADY_PAID', { violationNumber: v.number });
    else if (v.disputeStatus === 'DISMISSED') reasons.add('violationNumber', 'ALREADY_DISPUTED', { violationNumber: v.number });
    else if (v.pendingRequestId) reasons.add('violationNumber', 'DUPLICATE_REQUEST', { violationNumber: v.number });
    if (daysBetween(v.issuedOn, today) > DISPUTE_WINDOW_DAYS) reasons.add('violationNumber', 'DISPUTE_WINDOW_CLOSED', { days: DISPUTE_WINDOW_DAYS });
  }
  const open = facts.violations.find((x) => x.disputeStatus === 'OPEN');
  if (open) reasons.add('violationNumber', 'DISPUTE_OPEN', { violationNumber: open.number });
  const dismissed = dismissedInHijriYear(facts.violations, today);
  if (dismissed >= DISMISSED_DISPUTES_PER_HIJRI_YEAR) reasons.add('', 'DISPUTES_LIMIT_REACHED', { count: dismissed, nextYear: hijriYear(today) + 1 });
  const length = input.reason.trim().length;
  if (length < DISPUTE_REASON_LENGTH.min || length > DISPUTE_REASON_LENGTH.max) reasons.add('reason', 'REASON_INVALID', DISPUTE_REASON_LENGTH);
  return { errors: reasons.list, fee: freeOfCharge() };
}

export interface AuthorizeDriverInput {
  plate: string;
  driverNationalId: string;
  until: string;
  /** The driver as the registry knows them (null: not found or deceased). */
  driver: PersonFacts | null;
  /** The driver's current driving licence. */
  driverLicence: DocumentFacts | null;
}

/** Authorise a driver for one's vehicle: one at a time, not reported, registration and insurance valid, the driver licensed, until a date within the registration. */
export function authorizeDriverRules(facts: Facts, input: AuthorizeDriverInput): Verdict {
  const reasons = new Reasons();
  const { today } = facts;
  commonChecks(facts, reasons);
  const vehicle = facts.vehicles.find((v) => v.plate === input.plate);
  if (!vehicle) {
    reasons.add('plate', 'NOT_YOUR_VEHICLE');
    return { errors: reasons.list, fee: [] };
  }
  if (vehicle.status === 'REPORTED') reasons.add('plate', 'VEHICLE_REPORTED');
  if (!valid(vehicle.registrationExpiresOn, today)) reasons.add('', 'REGISTRATION_EXPIRED');
  if (!valid(vehicle.insuranceExpiresOn, today)) reasons.add('', 'INSURANCE_EXPIRED');
  if (input.driverNationalId === vehicle.ownerId) reasons.add('driverNationalId', 'NOT_ELIGIBLE');
  else if (!input.driver || !valid(input.driverLicence?.expiresOn, today)) reasons.add('driverNationalId', 'DRIVER_NOT_LICENSED');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.until) || input.until <= today || input.until > vehicle.registrationExpiresOn) {
    reasons.add('until', 'INVALID_PERIOD', { allowed: `${today} – ${vehicle.registrationExpiresOn}` });
  }
  if (vehicle.authorizedDriverId && vehicle.authorizedDriverId !== input.driverNationalId && valid(vehicle.authorizedUntil, today)) {
    reasons.add('plate', 'DRIVER_ALREADY_AUTHORIZED', { until: vehicle.authorizedUntil! });
  }
  return { errors: reasons.list, fee: freeOfCharge() };
}
