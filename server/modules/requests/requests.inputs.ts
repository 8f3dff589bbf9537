import { LocalDate } from '../../shared/scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DocumentType, EntryType } from '../registry';

@InputType({ description: 'Renew a national ID card.' })
export class RenewNationalIdInput {
  @Field(() => String, { nullable: true, description: 'The citizen to renew for: yourself (omit) or a dependent.' })
  beneficiaryNationalId?: string | null;
}

/** Why a card is replaced. */
export enum ReplacementCause {
  LOST = 'LOST',
  DAMAGED = 'DAMAGED',
}
registerEnumType(ReplacementCause, {
  name: 'ReplacementCause',
  description: 'Why a card is replaced.',
  valuesConfig: { LOST: { description: 'Lost or stolen, and reported so (`reportDocumentLost`).' }, DAMAGED: { description: 'Damaged, and still in force.' } },
});

@InputType({ description: 'Replace a lost or damaged national ID, iqama or driving licence.' })
export class ReplaceDocumentInput {
  @Field(() => String, { nullable: true, description: 'Whose card: yourself (omit) or a dependent.' })
  beneficiaryNationalId?: string | null;

  @Field(() => DocumentType, { description: 'NATIONAL_ID (citizens), IQAMA (residents) or DRIVING_LICENCE.' })
  documentType!: DocumentType;

  @Field(() => ReplacementCause, { description: 'Lost (reported lost first) or damaged.' })
  cause!: ReplacementCause;
}

@InputType({ description: 'Issue or renew a passport.' })
export class RenewPassportInput {
  @Field(() => String, { description: 'Yourself or a dependent (citizen).' })
  beneficiaryNationalId!: string;

  @Field(() => Int, { description: 'Validity in years: 5 or 10 (10 from age 21).' })
  years!: number;
}

@InputType({ description: 'Issue an exit re-entry visa.' })
export class IssueExitReentryVisaInput {
  @Field(() => String, { description: 'The resident: yourself, a dependent or a sponsored worker.' })
  beneficiaryNationalId!: string;

  @Field(() => EntryType, { description: 'Single or multiple entry.' })
  entryType!: EntryType;

  @Field(() => Int, { description: 'Validity in months, 2 to 12.' })
  months!: number;
}

@InputType({ description: 'Extend an exit re-entry visa.' })
export class ExtendExitReentryVisaInput {
  @Field(() => String, { description: 'The resident whose visa it is: yourself (inside the Kingdom), a dependent or a sponsored worker.' })
  beneficiaryNationalId!: string;

  @Field(() => Int, { description: 'Months to add, 1 to 6; the visa may not run past the iqama.' })
  months!: number;
}

@InputType({ description: 'Issue a final exit visa.' })
export class IssueFinalExitVisaInput {
  @Field(() => String, { description: 'The resident: yourself, a dependent or a sponsored worker.' })
  beneficiaryNationalId!: string;
}

@InputType({ description: 'Renew an iqama.' })
export class RenewIqamaInput {
  @Field(() => String, { description: 'The resident dependent or sponsored worker.' })
  beneficiaryNationalId!: string;

  @Field(() => Int, { description: 'Years: 1 or 2.' })
  years!: number;
}

@InputType({ description: 'Renew your driving licence.' })
export class RenewDrivingLicenceInput {
  @Field(() => Int, { description: 'Years: 2, 5 or 10.' })
  years!: number;
}

@InputType({ description: "Renew a vehicle's registration." })
export class RenewVehicleRegistrationInput {
  @Field(() => String, { description: 'Plate of a vehicle registered to you (any case, spaces ignored).' })
  plate!: string;

  @Field(() => Int, { description: 'Years: 1 to 3.' })
  years!: number;
}

@InputType({ description: 'Pay traffic violations with one bill.' })
export class PayViolationsInput {
  @Field(() => [String], { description: 'Numbers of your unpaid violations (up to 50).' })
  violationNumbers!: string[];
}

@InputType({ description: 'Dispute a traffic violation.' })
export class DisputeViolationInput {
  @Field(() => String, { description: 'The violation number.' })
  violationNumber!: string;

  @Field(() => String, { description: 'Why you object, 10 to 500 characters.' })
  reason!: string;
}

@InputType({ description: 'Authorise someone to drive your vehicle.' })
export class AuthorizeDriverInput {
  @Field(() => String, { description: 'Plate of your vehicle.' })
  plate!: string;

  @Field(() => String, { description: 'National ID or iqama number of the driver (who must hold a valid licence).' })
  driverNationalId!: string;

  @Field(() => LocalDate, { description: 'Last day of the authorisation: after today and not after the registration expiry.' })
  until!: string;
}

@InputType({ description: 'Cancel an open request.' })
export class CancelServiceRequestInput {
  @Field(() => String, { description: 'The request reference.' })
  reference!: string;
}

@InputType({ description: 'Cancel an exit re-entry visa before it is used.' })
export class CancelExitReentryVisaInput {
  @Field(() => ID, { description: 'The visa: its `PersonDocument.id` from `myDocuments`.' })
  documentId!: string;
}
