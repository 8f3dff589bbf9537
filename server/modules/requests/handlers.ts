import { EntityManager } from '@mikro-orm/core';
import type { Random } from '../../shared/random';
import type { Transaction } from '../../shared/unit-of-work';
import type { Authorisations } from '../authorisations';
import { ServiceCode } from '../catalogue/catalogue';
import { DocumentStatus } from '../registry/document-status';
import { DisputeStatus, DocumentType, PersonDocument, Vehicle, Violation } from '../registry/holdings.entity';
import { Person } from '../registry/person.entity';
import { renewedNationalId, renewNationalIdRules, replaceDocumentRules } from './rules/civil-affairs.rules';
import { currentDocument, Facts, Verdict } from './rules/facts';
import {
  exitReentryVisaRules,
  extendedExitReentryVisa,
  extendExitReentryVisaRules,
  finalExitVisaRules,
  issuedExitReentryVisa,
  issuedFinalExitVisa,
  renewedIqama,
  renewedPassport,
  renewIqamaRules,
  renewPassportRules,
} from './rules/passports.rules';
import { authorizeDriverRules, disputeViolationRules, payViolationsRules, renewDrivingLicenceRules, renewedFrom, renewVehicleRegistrationRules } from './rules/traffic.rules';
import { RequestStatus, ServiceRequest as ServiceRequestEntity, type ServiceRequest } from './service-request.entity';

/** The key of a document's `details` that names the request which issued (and paid for) it. */
export const ISSUED_BY_REQUEST = 'issuedByRequest';

/** What a request issued; shown as `ServiceRequest.result`. */
export type RequestResultData = Record<string, string | number>;

/** The normalised input of any e-service, as stored on the request. */
export interface ServiceInputData {
  beneficiaryNationalId?: string;
  years?: number;
  entryType?: 'SINGLE' | 'MULTIPLE';
  months?: number;
  plate?: string;
  violationNumbers?: string[];
  violationNumber?: string;
  documentType?: string;
  cause?: string;
  reason?: string;
  driverNationalId?: string;
  until?: string;
  /** Set when a delegate submitted it for the grantor (`actingFor`): the grantor's ID. */
  actingFor?: string;
}

export interface IssueContext {
  tx: EntityManager;
  /** The action's transaction (for what follows the commit: a notification, an SMS). */
  transaction: Transaction;
  authorisations: Authorisations;
  /** When it is issued. */
  at: Date;
  request: ServiceRequest;
  facts: Facts;
  input: ServiceInputData;
  random: Random;
}

/**
 * How each e-service plugs into the one submission path: which rule function checks it (the pure
 * one, plus any facts beyond the beneficiary's holdings), what makes two submissions the same,
 * and what it issues once paid.
 */
export interface ServiceHandler {
  /** Whether the beneficiary is named in the input (else it is always the applicant). */
  beneficiaryFromInput: boolean;
  check(tx: EntityManager, facts: Facts, input: ServiceInputData): Promise<Verdict>;
  /** The part of the input that, with service and beneficiary, makes a submission a duplicate. */
  subject(input: ServiceInputData): string;
  issue(ctx: IssueContext): Promise<RequestResultData>;
}

const years = (input: ServiceInputData) => input.years ?? 0;

async function newNumber(tx: EntityManager, random: Random, type: DocumentType, make: () => string): Promise<string> {
  // Random numbers: collisions are possible in principle, so draw again (the unique index is the backstop).
  for (;;) {
    const number = make();
    if (!(await tx.count(PersonDocument, { type, number }))) return number;
  }
}

async function renewInPlace(ctx: IssueContext, type: DocumentType, dates: (current: { expiresOn: string }) => { issuedOn?: string; expiresOn: string }) {
  const current = currentDocument(ctx.facts.documents, type)!;
  const doc = await ctx.tx.findOneOrFail(PersonDocument, { type, number: current.number });
  const next = dates(doc);
  doc.expiresOn = next.expiresOn;
  if (next.issuedOn) doc.issuedOn = next.issuedOn;
  return { documentType: type, documentNumber: doc.number, issuedOn: doc.issuedOn, expiresOn: doc.expiresOn };
}

export const HANDLERS: Record<ServiceCode, ServiceHandler> = {
  [ServiceCode.RENEW_NATIONAL_ID]: {
    beneficiaryFromInput: true,
    check: async (_tx, facts) => renewNationalIdRules(facts),
    subject: () => '',
    issue: (ctx) => renewInPlace(ctx, DocumentType.NATIONAL_ID, () => renewedNationalId(ctx.facts.today)),
  },
  [ServiceCode.REPLACE_DOCUMENT]: {
    beneficiaryFromInput: true,
    async check(tx, facts, input) {
      // Earlier replacements of this card for the same cause set the fee (read here, beside the pure rule).
      const done = await tx.find(
        ServiceRequestEntity,
        { serviceCode: ServiceCode.REPLACE_DOCUMENT, beneficiaryId: facts.beneficiary.nationalId, status: RequestStatus.COMPLETED },
        { fields: ['input'] },
      );
      const earlier = done.filter((r) => r.input.documentType === input.documentType && r.input.cause === input.cause).length;
      return replaceDocumentRules(facts, { documentType: input.documentType ?? '', cause: input.cause ?? '', earlier });
    },
    subject: (input) => input.documentType ?? '',
    async issue({ tx, facts, input }) {
      const type = input.documentType as DocumentType;
      const current = currentDocument(facts.documents, type)!;
      const card = await tx.findOneOrFail(PersonDocument, { type, number: current.number });
      // The same number and expiry on a new card: the lost one stays void, as it was reported.
      card.status = DocumentStatus.VALID;
      card.issuedOn = facts.today;
      return { documentType: type, documentNumber: card.number, issuedOn: card.issuedOn, expiresOn: card.expiresOn };
    },
  },
  [ServiceCode.RENEW_PASSPORT]: {
    beneficiaryFromInput: true,
    check: async (_tx, facts, input) => renewPassportRules(facts, { years: years(input) }),
    subject: () => '',
    async issue({ tx, facts, input, random }) {
      const number = await newNumber(tx, random, DocumentType.PASSPORT, () => `X${random.digits(8)}`);
      const dates = renewedPassport(facts.today, years(input));
      tx.create(PersonDocument, { nationalId: facts.beneficiary.nationalId, type: DocumentType.PASSPORT, number, ...dates });
      return { documentType: DocumentType.PASSPORT, documentNumber: number, ...dates };
    },
  },
  [ServiceCode.EXIT_REENTRY_VISA]: {
    beneficiaryFromInput: true,
    check: async (_tx, facts, input) => exitReentryVisaRules(facts, { entryType: input.entryType ?? 'SINGLE', months: input.months ?? 0 }),
    subject: () => '',
    async issue({ tx, facts, input, random, request }) {
      const number = await newNumber(tx, random, DocumentType.EXIT_REENTRY_VISA, () => `4${random.digits(9)}`);
      const dates = issuedExitReentryVisa(facts.today, input.months ?? 0);
      const details = { entryType: input.entryType ?? 'SINGLE', months: input.months ?? 0 };
      // The request that paid for it: cancelling the visa before use refunds that request's bill.
      tx.create(PersonDocument, { nationalId: facts.beneficiary.nationalId, type: DocumentType.EXIT_REENTRY_VISA, number, ...dates, details: { ...details, [ISSUED_BY_REQUEST]: request.reference } });
      return { documentType: DocumentType.EXIT_REENTRY_VISA, documentNumber: number, ...dates, ...details };
    },
  },
  [ServiceCode.EXTEND_EXIT_REENTRY_VISA]: {
    beneficiaryFromInput: true,
    check: async (_tx, facts, input) => extendExitReentryVisaRules(facts, { months: input.months ?? 0 }),
    subject: () => '',
    async issue({ tx, facts, input }) {
      const current = currentDocument(facts.documents, DocumentType.EXIT_REENTRY_VISA)!;
      const visa = await tx.findOneOrFail(PersonDocument, { type: DocumentType.EXIT_REENTRY_VISA, number: current.number });
      visa.expiresOn = extendedExitReentryVisa(visa.expiresOn, input.months ?? 0).expiresOn;
      visa.details = { ...visa.details, months: Number(visa.details?.months ?? 0) + (input.months ?? 0) };
      return { documentType: DocumentType.EXIT_REENTRY_VISA, documentNumber: visa.number, expiresOn: visa.expiresOn, months: input.months ?? 0 };
    },
  },
  [ServiceCode.FINAL_EXIT_VISA]: {
    beneficiaryFromInput: true,
    check: async (_tx, facts) => finalExitVisaRules(facts),
    subject: () => '',
    async issue({ tx, facts, random }) {
      const number = await newNumber(tx, random, DocumentType.FINAL_EXIT_VISA, () => `5${random.digits(9)}`);
      const dates = issuedFinalExitVisa(facts.today);
      tx.create(PersonDocument, { nationalId: facts.beneficiary.nationalId, type: DocumentType.FINAL_EXIT_VISA, number, ...dates });
      return { documentType: DocumentType.FINAL_EXIT_VISA, documentNumber: number, ...dates };
    },
  },
  [ServiceCode.RENEW_IQAMA]: {
    beneficiaryFromInput: true,
    check: async (_tx, facts, input) => renewIqamaRules(facts, { years: years(input) }),
    subject: () => '',
    issue: (ctx) => renewInPlace(ctx, DocumentType.IQAMA, (doc) => renewedIqama(doc.expiresOn, ctx.facts.today, years(ctx.input))),
  },
  [ServiceCode.RENEW_DRIVING_LICENCE]: {
    beneficiaryFromInput: false,
    check: async (_tx, facts, input) => renewDrivingLicenceRules(facts, { years: years(input) }),
    subject: () => '',
    issue: (ctx) => renewInPlace(ctx, DocumentType.DRIVING_LICENCE, (doc) => ({ expiresOn: renewedFrom(doc.expiresOn, ctx.facts.today, years(ctx.input)) })),
  },
  [ServiceCode.RENEW_VEHICLE_REGISTRATION]: {
    beneficiaryFromInput: false,
    check: async (_tx, facts, input) => renewVehicleRegistrationRules(facts, { plate: input.plate ?? '', years: years(input) }),
    subject: (input) => input.plate ?? '',
    async issue({ tx, facts, input }) {
      const vehicle = await tx.findOneOrFail(Vehicle, { plate: input.plate!, ownerId: facts.beneficiary.nationalId });
      vehicle.registrationExpiresOn = renewedFrom(vehicle.registrationExpiresOn, facts.today, years(input));
      // A renewal issues the istimara anew (same number): its card shows today as its date of issue.
      vehicle.registrationIssuedOn = facts.today;
      return { plate: vehicle.plate, expiresOn: vehicle.registrationExpiresOn };
    },
  },
  [ServiceCode.PAY_VIOLATIONS]: {
    beneficiaryFromInput: false,
    check: async (_tx, facts, input) => payViolationsRules(facts, { violationNumbers: input.violationNumbers ?? [] }),
    subject: (input) => [...(input.violationNumbers ?? [])].sort().join(','),
    async issue({ tx, request }) {
      const paid = await tx.find(Violation, { pendingRequestId: request.id }, { orderBy: { number: 'asc' } });
      await tx.nativeUpdate(Violation, { pendingRequestId: request.id }, { paid: true, pendingRequestId: null });
      return { violationNumbers: paid.map((v) => v.number).join(',') };
    },
  },
  [ServiceCode.DISPUTE_VIOLATION]: {
    beneficiaryFromInput: false,
    check: async (_tx, facts, input) => disputeViolationRules(facts, { violationNumber: input.violationNumber ?? '', reason: input.reason ?? '' }),
    subject: (input) => input.violationNumber ?? '',
    async issue({ tx, input, request }) {
      await tx.nativeUpdate(Violation, { number: input.violationNumber! }, { disputeStatus: DisputeStatus.OPEN, disputeReason: input.reason!.trim(), disputedAt: request.submittedAt });
      return { violationNumbers: input.violationNumber!, disputeStatus: DisputeStatus.OPEN };
    },
  },
  [ServiceCode.AUTHORIZE_DRIVER]: {
    beneficiaryFromInput: false,
    async check(tx, facts, input) {
      const driverId = input.driverNationalId ?? '';
      const driver = /^\d{10}$/.test(driverId) ? await tx.findOne(Person, { nationalId: driverId, deceased: false }) : null;
      const licences = driver ? await tx.find(PersonDocument, { nationalId: driverId, type: DocumentType.DRIVING_LICENCE }) : [];
      return authorizeDriverRules(facts, {
        plate: input.plate ?? '',
        driverNationalId: driverId,
        until: input.until ?? '',
        driver,
        driverLicence: currentDocument(licences, DocumentType.DRIVING_LICENCE),
      });
    },
    subject: (input) => input.plate ?? '',
    async issue({ tx, transaction, authorisations, facts, input, request, at }) {
      const vehicle = await tx.findOneOrFail(Vehicle, { plate: input.plate!, ownerId: facts.beneficiary.nationalId });
      const [owner, driver] = [await tx.findOneOrFail(Person, facts.beneficiary.nationalId), await tx.findOneOrFail(Person, input.driverNationalId!)];
      // The authorisation is the record (listed for both, revocable); the vehicle's columns show its driver.
      await authorisations.issueDriver(transaction, owner, driver, vehicle.plate, input.until!, request.reference, at);
      vehicle.authorizedDriverId = input.driverNationalId!;
      vehicle.authorizedUntil = input.until!;
      return { plate: vehicle.plate, driverNationalId: input.driverNationalId!, expiresOn: input.until! };
    },
  },
};
