import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node';

export enum RequestStatus {
  SUBMITTED = 'SUBMITTED',
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  REFUSED = 'REFUSED',
}
registerEnumType(RequestStatus, {
  name: 'RequestStatus',
  description: 'Where a service request stands: SUBMITTED → PENDING_PAYMENT → COMPLETED, or REJECTED, or CANCELLED; or REFUSED when submitted.',
  valuesConfig: {
    SUBMITTED: { description: 'Received and checked; free services complete at once.' },
    PENDING_PAYMENT: { description: 'A bill was issued; the request completes when it is paid.' },
    COMPLETED: { description: 'Done: the result was issued.' },
    REJECTED: { description: 'Refused when the bill was paid, because a rule no longer held (the reason says which).' },
    CANCELLED: { description: 'Cancelled by the applicant, or its bill expired unpaid.' },
    REFUSED: { description: 'Refused when submitted, because a rule of the service did not hold (`refusalReasons` says which); kept on record with its reference. Nothing was billed.' },
  },
});

export interface StatusChange {
  status: RequestStatus;
  at: string;
  /** For REJECTED, CANCELLED and REFUSED: a `RequestErrorCode` (or BILL_EXPIRED / CANCELLED_BY_APPLICANT). */
  reason?: string | null;
  /** For REFUSED: every rule that did not hold, with what its message needs (dates, counts). */
  refusals?: { field: string; code: string; params?: Record<string, string | number> }[];
}

/**
 * A submission of an e-service. `activeKey` is set while the request is open (submitted or
 * awaiting payment) to what makes two submissions "the same" (service + beneficiary + subject);
 * its unique index is what turns two parallel identical submissions into one request and one
 * DUPLICATE_REQUEST, on SQLite and PostgreSQL alike. It is cleared when the request closes.
 */
@ObjectType({ description: 'A submitted e-service: its status, history, bill and result.', implements: Node })
@Entity({ tableName: 'service_requests' })
@Index({ properties: ['applicantAccountId', 'submittedAt', 'id'] })
export class ServiceRequest {
  [OptionalProps]?: 'id' | 'result' | 'payBy' | 'activeKey';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Reference number, e.g. R-2026-12345678: quote it in any enquiry.' })
  @Property({ type: 'string', length: 20, unique: true })
  reference!: string;

  @Property({ type: 'string', length: 40 })
  serviceCode!: string;

  @Property({ type: 'uuid' })
  applicantAccountId!: string;

  @Property({ type: 'string', length: 10 })
  applicantId!: string;

  @Index()
  @Property({ type: 'string', length: 10 })
  beneficiaryId!: string;

  @Field(() => RequestStatus, { description: 'Where it stands now.' })
  @Enum({ items: () => RequestStatus })
  status!: RequestStatus;

  /** The input as submitted (validated), replayed when the bill is paid. */
  @Property({ type: 'json' })
  input!: Record<string, unknown>;

  @Property({ type: 'json' })
  history!: StatusChange[];

  /** What was issued: document type and number, new expiry, visa number, … */
  @Property({ type: 'json', nullable: true })
  result?: Record<string, string | number> | null;

  /** While PENDING_PAYMENT: until when its fee can be paid; after that it is CANCELLED (BILL_EXPIRED). */
  @Field(() => Date, { nullable: true, description: 'While awaiting payment: the fee must be paid before this time, or the request is cancelled.' })
  @Property({ type: 'datetime', nullable: true })
  payBy?: Date | null;

  @Property({ type: 'string', length: 200, nullable: true, unique: true })
  activeKey?: string | null;

  @Field(() => Date, { description: 'When it was submitted.' })
  @Property({ type: 'datetime' })
  submittedAt!: Date;
}
