import { DocumentType } from '../../registry/holdings.entity';
import { addYears, daysBetween, laterOf } from './dates';
import { commonChecks, currentDocument, DocumentFacts, Facts, PersonFacts, Reasons, RENEWAL_WINDOW_DAYS, renewalOpensOn, unpaid, Verdict, ViolationFacts } from './facts';
import { freeOfCharge, payViolationsFee, renewDrivingLicenceFee, renewVehicleRegistrationFee } from './fees';

export const LICENCE_YEARS = [2, 5, 10] as const;
export const REGISTRATION_YEARS = { min: 1, max: 3 } as const;
export const DISPUTE_WINDOW_DAYS = 30;
export const MAX_VIOLATIONS_PER_BILL = 50;
export const DISPUTE_REASON_LENGTH = { min: 10, max: 500 } as const;

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
  else if (daysBetween(today, licence.expiresOn) >= RENEWAL_WINDOW_DAYS) reasons.add('', 'TOO_EARLY_TO_RENEW', { date: renewalOpensOn(licence.expiresOn) });
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
  if (daysBetween(today, vehicle.registrationExpiresOn) >= RENEWAL_WINDOW_DAYS) reasons.add('', 'TOO_EARLY_TO_RENEW', { date: renewalOpensOn(vehicle.registrationExpiresOn) });
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
  if (!numbers.length || numbers.length > MAX_VIOLATIONS_PER_BILL) reasons.add('violationNumbers', 'VIOLATION_NOT_FOUND', { number: '—' });
  const chosen: ViolationFacts[] = [];
  for (const number of numbers) {
    const v = facts.violations.find((x) => x.number === number);
    if (!v) reasons.add('violationNumbers', 'VIOLATION_NOT_FOUND', { number });
    else if (v.paid || v.disputeStatus === 'UPHELD') reasons.add('violationNumbers', 'VIOLATION_ALREADY_PAID', { number });
    else if (v.disputeStatus === 'OPEN') reasons.add('violationNumbers', 'DISPUTE_OPEN', { number });
    else if (v.pendingRequestId && v.pendingRequestId !== facts.ownRequestId) reasons.add('violationNumbers', 'DUPLICATE_REQUEST', { number });
    else chosen.push(v);
  }
  // Paying what one owes is never blocked by suspended services: only the checks above apply.
  return { errors: reasons.list, fee: payViolationsFee(chosen) };
}

export interface DisputeViolationInput {
  violationNumber: string;
  reason: string;
}

/** Dispute a violation: within 30 days of it, unpaid, one open dispute at a time, with a reason. */
export function disputeViolationRules(facts: Facts, input: DisputeViolationInput): Verdict {
  const reasons = new Reasons();
  const { today } = facts;
  commonChecks(facts, reasons);
  const v = facts.violations.find((x) => x.number === input.violationNumber.trim());
  if (!v) reasons.add('violationNumber', 'VIOLATION_NOT_FOUND', { number: input.violationNumber.trim() || '—' });
  else {
    if (v.paid || v.disputeStatus === 'UPHELD') reasons.add('violationNumber', 'VIOLATION_ALREADY_PAID', { number: v.number });
    else if (v.pendingRequestId) reasons.add('violationNumber', 'DUPLICATE_REQUEST', { number: v.number });
    if (daysBetween(v.issuedOn, today) > DISPUTE_WINDOW_DAYS) reasons.add('violationNumber', 'DISPUTE_WINDOW_CLOSED', { days: DISPUTE_WINDOW_DAYS });
  }
  const open = facts.violations.find((x) => x.disputeStatus === 'OPEN');
  if (open) reasons.add('violationNumber', 'DISPUTE_OPEN', { number: open.number });
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

/** Authorise a driver for one's vehicle: one at a time, registration and insurance valid, the driver licensed, until a date within the registration. */
export function authorizeDriverRules(facts: Facts, input: AuthorizeDriverInput): Verdict {
  const reasons = new Reasons();
  const { today } = facts;
  commonChecks(facts, reasons);
  const vehicle = facts.vehicles.find((v) => v.plate === input.plate);
  if (!vehicle) {
    reasons.add('plate', 'NOT_YOUR_VEHICLE');
    return { errors: reasons.list, fee: [] };
  }
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
