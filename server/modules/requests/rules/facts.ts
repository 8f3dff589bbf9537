import { ageOn } from '../../../shared/clock';
import { addDays } from '../../../shared/dates';
import type { FieldError } from '../../../shared/errors';
import { DocumentStatus, documentInForce, type RecordedDocumentStatus } from '../../registry/document-status';
import type { DisputeStatus, DocumentType } from '../../registry/holdings.entity';
import type { PersonKind, RelationKind } from '../../registry/person.entity';

/**
 * What the rules know about the world: plain data, so that every rule is a pure function tested
 * without a database. The service loads these from the registry inside the action's transaction.
 */
export interface PersonFacts {
  nationalId: string;
  kind: PersonKind;
  dateOfBirth: string;
  /** Head of family or sponsor (a person), when there is one. */
  headOfFamilyId?: string | null;
  /** How this person stands to `headOfFamilyId` (spouse, son, domestic worker, …), when the registry records it. */
  relationToHead?: RelationKind | null;
  /** A resident sponsored by an establishment: its unified number. */
  sponsorEstablishmentId?: string | null;
  nationality?: string;
  city?: string | null;
  postalCode?: string | null;
  insideKingdom: boolean;
  travelBan: boolean;
  servicesSuspended: boolean;
  photoTakenOn?: string | null;
  medicalCheckValidUntil?: string | null;
}

export interface DocumentFacts {
  type: DocumentType;
  number: string;
  issuedOn: string;
  expiresOn: string;
  /** What the registry recorded (VALID when absent): a LOST, REPLACED or CANCELLED document proves nothing. */
  status?: RecordedDocumentStatus;
  /** What only some types carry: a visa's entry type and months. */
  details?: Record<string, string | number> | null;
}

export interface VehicleFacts {
  plate: string;
  ownerId: string;
  registrationExpiresOn: string;
  insuranceExpiresOn?: string | null;
  inspectionExpiresOn?: string | null;
  authorizedDriverId?: string | null;
  authorizedUntil?: string | null;
  /** REPORTED: reported stolen or wanted (the registry's record; ACTIVE when absent). */
  status?: string;
}

export interface ViolationFacts {
  number: string;
  nationalId: string;
  plate?: string | null;
  issuedOn: string;
  amountHalalas: number;
  paid: boolean;
  disputeStatus: DisputeStatus;
  /** When its dispute was decided (UPHELD or DISMISSED). */
  disputeDecidedAt?: Date | null;
  pendingRequestId?: string | null;
}

export interface Facts {
  /** The Kingdom's date today (YYYY-MM-DD). */
  today: string;
  applicant: PersonFacts;
  /** Who the service is for: the applicant or one of their dependents (checked before the rules run). */
  beneficiary: PersonFacts;
  /** The beneficiary's documents. */
  documents: DocumentFacts[];
  /** The beneficiary's vehicles (as owner). */
  vehicles: VehicleFacts[];
  /** The beneficiary's violations (as driver) and those on their vehicles, paid or not. */
  violations: ViolationFacts[];
  /** Set when the rules are checked again at payment: the request being paid (its own holds do not count). */
  ownRequestId?: string | null;
}

/** One line of a bill. */
export interface FeeItem {
  code: string;
  labelAr: string;
  labelEn: string;
  halalas: number;
}

export type RuleCode =
  | 'NOT_ELIGIBLE'
  | 'NOT_YOUR_DEPENDENT'
  | 'TOO_EARLY_TO_RENEW'
  | 'UNPAID_VIOLATIONS'
  | 'MEDICAL_CHECK_MISSING'
  | 'INSURANCE_EXPIRED'
  | 'INSPECTION_EXPIRED'
  | 'REGISTRATION_EXPIRED'
  | 'TRAVEL_BAN'
  | 'SERVICES_SUSPENDED'
  | 'PHOTO_OUTDATED'
  | 'ADDRESS_NOT_DELIVERABLE'
  | 'OUTSIDE_KINGDOM'
  | 'IQAMA_EXPIRED'
  | 'PASSPORT_EXPIRED'
  | 'IQAMA_REPORTED_LOST'
  | 'PASSPORT_REPORTED_LOST'
  | 'VISA_NOT_CANCELLABLE'
  | 'VISA_IN_USE'
  | 'NO_VISA_TO_EXTEND'
  | 'IQAMA_TOO_SHORT'
  | 'SPONSOR_EXTENDS_ABROAD'
  | 'INVALID_CHOICE'
  | 'NOT_REPORTED_LOST'
  | 'EXPIRED_RENEW_INSTEAD'
  | 'REPLACE_LOST_INSTEAD'
  | 'DOCUMENT_MISSING'
  | 'VEHICLE_REGISTERED'
  | 'NOT_YOUR_VEHICLE'
  | 'VIOLATION_NOT_FOUND'
  | 'VIOLATION_ALREADY_PAID'
  | 'DUPLICATE_REQUEST'
  | 'DISPUTE_WINDOW_CLOSED'
  | 'DISPUTE_OPEN'
  | 'ALREADY_DISPUTED'
  | 'DISPUTES_LIMIT_REACHED'
  | 'REASON_INVALID'
  | 'DRIVER_NOT_LICENSED'
  | 'DRIVER_ALREADY_AUTHORIZED'
  | 'VEHICLE_REPORTED'
  | 'VISA_ALREADY_VALID'
  | 'SPONSOR_ISSUES_FINAL_EXIT'
  | 'INVALID_PERIOD';

export type RuleError = FieldError<RuleCode>;

/** A rule check's verdict: the reasons it fails (empty when it passes) and the fee it would cost. */
export interface Verdict {
  errors: RuleError[];
  fee: FeeItem[];
}

/**
 * Collects every rule failure, so a person sees all that stands in the way at once. `field` is the
 * input field at fault, or '' when the reason is the state of the world (an expired iqama, a ban).
 */
export class Reasons {
  readonly list: RuleError[] = [];
  add(field: string, code: RuleCode, params?: Record<string, string | number>): void {
    const key = JSON.stringify([field, code, params ?? {}]);
    if (!this.list.some((e) => JSON.stringify([e.field, e.code, e.params ?? {}]) === key)) this.list.push({ field, code, params });
  }
  has(code: RuleCode): boolean {
    return this.list.some((e) => e.code === code);
  }
}

/** The current document of a type: the one that expires last. */
export function currentDocument(documents: DocumentFacts[], type: DocumentType): DocumentFacts | null {
  return documents.filter((d) => d.type === type).sort((a, b) => (a.expiresOn < b.expiresOn ? 1 : -1))[0] ?? null;
}

/** Whether `document` is held and in force today: unexpired, and not reported lost, replaced or cancelled. */
export function inForce(document: DocumentFacts | null | undefined, today: string): boolean {
  return !!document && documentInForce(document.status ?? DocumentStatus.VALID, document.expiresOn, today);
}

/** Whether `document` was reported lost or stolen (its holder needs a replacement, not a renewal). */
export function reportedLost(document: DocumentFacts | null | undefined): boolean {
  return document?.status === DocumentStatus.LOST;
}

/** Violations still owed: not paid and not cancelled by an upheld dispute. */
export function unpaid(violations: ViolationFacts[]): ViolationFacts[] {
  return violations.filter((v) => !v.paid && v.disputeStatus !== 'UPHELD');
}

/** Checks that apply to every service: an applicant or beneficiary whose e-services are suspended is refused. */
export function commonChecks(facts: Facts, reasons: Reasons): void {
  if (facts.applicant.servicesSuspended || facts.beneficiary.servicesSuspended) reasons.add('', 'SERVICES_SUSPENDED');
}

/** Renewal opens this many days before expiry (ID card, licence, vehicle registration, passport). */
export const RENEWAL_WINDOW_DAYS = 180;

/** The day renewal opens for a document expiring on `expiresOn`. */
export function renewalOpensOn(expiresOn: string): string {
  return addDays(expiresOn, -RENEWAL_WINDOW_DAYS);
}

/** Who a catalogue entry is for (see `ServiceDefinition`). */
export interface Audience {
  audience: readonly PersonKind[];
  minimumAge: number;
  forSelf: boolean;
  forDependents: boolean;
  selfOnlyUnsponsored?: boolean;
}

/** Kind of beneficiary, minimum age on `today`, and self or dependent: the catalogue's "who may use it" for one person. */
export function inAudience(who: Audience, applicant: PersonFacts, beneficiary: PersonFacts, today: string): boolean {
  const self = beneficiary.nationalId === applicant.nationalId;
  return who.audience.includes(beneficiary.kind) && ageOn(beneficiary.dateOfBirth, today) >= who.minimumAge && (self ? who.forSelf : who.forDependents);
}

/**
 * Whether a service is offered for `person` (the applicant or one of their dependents): in its
 * audience and, for a service a sponsored resident does not do for himself, not such a person.
 * What a form lists under "for whom?"; the submission's rules still decide.
 */
export function offeredFor(who: Audience, applicant: PersonFacts, person: PersonFacts, today: string): boolean {
  const self = person.nationalId === applicant.nationalId;
  return inAudience(who, applicant, person, today) && !(self && who.selfOnlyUnsponsored && sponsored(person));
}

/** Whether a resident has a sponsor on record: a person (their head of family or sponsor) or an establishment. */
export function sponsored(person: Pick<PersonFacts, 'headOfFamilyId' | 'sponsorEstablishmentId'>): boolean {
  return !!(person.headOfFamilyId || person.sponsorEstablishmentId);
}

/**
 * The catalogue's "who may use it" — kind of beneficiary, minimum age, for self or for a
 * dependent — checked the same way for every service, on top of the service's own rules.
 */
export function audienceReasons(who: Audience, facts: Facts, field: string): RuleError[] {
  return inAudience(who, facts.applicant, facts.beneficiary, facts.today) ? [] : [{ field, code: 'NOT_ELIGIBLE' }];
}
