import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/pagination';
import { UserError } from '../../shared/user-error';
import { Bill } from '../payments/bill.entity';
import { Money } from '../payments/money';
import { DisputeStatus, DocumentType } from '../registry/holdings.entity';
import { EntryType } from './requests.inputs';
import { RequestStatus, ServiceRequest } from './service-request.entity';

@ObjectType({ description: 'One step of a request: the status it moved to, when, and why.' })
export class StatusChange {
  @Field(() => RequestStatus, { description: 'The status entered.' })
  status!: RequestStatus;

  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'For REJECTED and CANCELLED: a stable reason code (a `UserErrorCode`, BILL_EXPIRED or CANCELLED_BY_APPLICANT).' })
  reasonCode!: string | null;

  @Field(() => String, { nullable: true, description: "The reason in the caller's language." })
  reason!: string | null;
}

@ObjectType({ description: 'What a completed request issued. Only the fields that apply are set.' })
export class RequestResult {
  @Field(() => DocumentType, { nullable: true, description: 'The document issued or renewed.' })
  documentType!: DocumentType | null;

  @Field(() => String, { nullable: true, description: 'Its number (a new passport or visa number, or the renewed document’s).' })
  documentNumber!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of issue.' })
  issuedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'New expiry (document, registration, or end of a driver authorisation).' })
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

@ObjectType({ description: 'A request in a page of requests.' })
export class ServiceRequestEdge {
  @Field(() => String, { description: 'Pass as `after` to get the requests that follow this one.' })
  cursor!: string;

  @Field(() => ServiceRequest, { description: 'The request.' })
  node!: ServiceRequest;
}

@ObjectType({ description: 'A page of your requests, newest first.' })
export class ServiceRequestConnection {
  @Field(() => [ServiceRequestEdge], { description: 'The requests of this page with their cursors.' })
  edges!: ServiceRequestEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow.' })
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'Result of submitting or cancelling an e-service request.' })
export class ServiceRequestPayload {
  @Field(() => ServiceRequest, { nullable: true, description: 'The request; null when `errors` is not empty (nothing was submitted).' })
  request?: ServiceRequest | null;

  @Field(() => [UserError], { description: 'Every reason the request was refused, each saying what to do; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of `payBill`.' })
export class PayBillPayload {
  @Field(() => Bill, { nullable: true, description: 'The bill, now paid.' })
  bill?: Bill | null;

  @Field(() => ServiceRequest, { nullable: true, description: 'Its request, now completed (or rejected, if a rule stopped holding).' })
  request?: ServiceRequest | null;

  @Field(() => [UserError], { description: 'Why it was not paid; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'One line of a bill.' })
export class BillItemView {
  @Field(() => String, { description: 'Stable code of the line (PASSPORT_FEE, LATE_FEE, VIOLATION, …).' })
  code!: string;

  @Field(() => String, { description: "What it is for, in the caller's language." })
  label!: string;

  @Field(() => Money, { description: 'Its amount.' })
  amount!: Money;
}
