import { LocalDate } from '../../shared/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { type Connection, ConnectionType } from '../../shared/connection';
import { Cost } from '../../shared/cost';
import { RequestErrors, StatusReasonCode, type RequestError, type StatusReason } from './requests.errors';
import { Money } from '../../shared/money';
import { DisputeStatus, DocumentType, EntryType } from '../registry';
import { RequestStatus, ServiceRequest } from './service-request.entity';

@ObjectType({ description: 'One step of a request: the status it moved to, when, and why.' })
export class StatusChange {
  @Field(() => RequestStatus, { description: 'The status entered.' })
  status!: RequestStatus;

  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => StatusReasonCode, { nullable: true, description: 'For REJECTED, CANCELLED and REFUSED: why, as a stable code (the first reason for REFUSED); null for the other statuses.' })
  reasonCode!: StatusReason | null;

  @Field(() => String, { nullable: true, description: "The reason in the caller's language." })
  reason!: string | null;
}

@ObjectType({ description: 'What a completed request issued. Only the fields that apply are set.' })
export class RequestResult {
  @Field(() => DocumentType, { nullable: true, description: 'The document issued or renewed.' })
  documentType!: DocumentType | null;

  @Field(() => String, { nullable: true, description: 'Its number (a new passport or visa number, or the renewed document’s).' })
  documentNumber!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date of issue.' })
  issuedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'New expiry (document, registration, or end of a driver authorisation).' })
  expiresOn!: string | null;

  @Field(() => EntryType, { nullable: true, description: 'For an exit re-entry visa: single or multiple entry.' })
  entryType!: EntryType | null;

  @Field(() => Int, { nullable: true, description: 'For an exit re-entry visa: months of validity.' })
  months!: number | null;

  @Field(() => String, { nullable: true, description: 'The vehicle concerned.' })
  plate!: string | null;

  @Field(() => [String], { nullable: true, description: 'The violations paid or disputed.' })
  violationNumbers!: string[] | null;

  @Field(() => DisputeStatus, { nullable: true, description: 'For a dispute: its status.' })
  disputeStatus!: DisputeStatus | null;

  @Field(() => String, { nullable: true, description: 'For a driver authorisation: the driver.' })
  driverNationalId!: string | null;
}

export const ServiceRequestConnection = ConnectionType(ServiceRequest, 'ServiceRequest', 'request');
export type ServiceRequestConnection = Connection<ServiceRequest>;

@ObjectType({ description: 'Result of submitting or cancelling an e-service request.' })
export class ServiceRequestPayload {
  @Field(() => ServiceRequest, {
    nullable: true,
    description:
      "The request. When the service's rules refused it, the REFUSED request kept on record with its reference, beside `errors`; null when the form itself was refused (a field to correct, a duplicate: nothing was kept).",
  })
  request?: ServiceRequest | null;

  @Field(() => [RequestErrors.type], { description: 'Every reason the request was refused, each saying what to do; empty on success.' })
  errors!: RequestError[];
}

@ObjectType({ description: 'Whether the signed-in person may use an e-service now (for a beneficiary), why not, and what it would cost.' })
export class Eligibility {
  @Field(() => Boolean, { description: 'True when nothing stands in the way.' })
  eligible!: boolean;

  @Cost({ listOf: 10 })
  @Field(() => [RequestErrors.type], { description: 'Everything that stands in the way, each with what to do; the same reasons a submission would get.' })
  reasons!: RequestError[];

  @Field(() => Money, {
    nullable: true,
    description: "The fee for the choices given, the service's defaults for the rest (shortest period, first vehicle, all unpaid violations); null when it cannot be computed.",
  })
  fee!: Money | null;
}
