import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CodeChallenge } from '../identity';
import { AccountRecoveryErrors, type AccountRecoveryError } from './account-recovery.errors';

@ObjectType({ description: 'How a person who lost the registered mobile can prove who they are on this portal.' })
export class AccountRecoveryOptions {
  @Field(() => String, {
    nullable: true,
    description: 'Where to send the browser to prove the ID through the national single sign-on; it comes back to `/recover/sso#token=…`. Null when SSO is not configured.',
  })
  ssoUrl!: string | null;

  @Field(() => Boolean, { description: 'Whether `issueOfficeRecoveryCodeInDevelopment` stands in for an officer (OFFICE_RECOVERY=dev, never in production).' })
  officeCodeInDevelopment!: boolean;

  @Field(() => Int, { description: 'Minutes an office recovery code can be used after it is issued.' })
  officeCodeMinutes!: number;
}

@InputType({ description: 'Recovery through an office, step 1: who you are, the code the office gave you, and your new mobile.' })
export class StartOfficeAccountRecoveryInput {
  @Field(() => String, { description: 'National ID or iqama number; Arabic-Indic digits and spaces are accepted.' })
  nationalId!: string;

  @Field(() => String, { description: 'The 8-digit recovery code the officer gave you (valid 30 minutes, 5 tries); Arabic-Indic digits are accepted.' })
  recoveryCode!: string;

  @Field(() => String, { description: 'The new mobile, in any Saudi format: it must be one the telecom operators link to your ID. The SMS code goes to it.' })
  newMobile!: string;
}

@InputType({ description: 'Recovery through the national single sign-on, step 1: the proof from the return page and your new mobile.' })
export class StartSsoAccountRecoveryInput {
  @Field(() => String, { description: 'The token from the page fragment `/recover/sso#token=…` (valid 15 minutes).' })
  token!: string;

  @Field(() => String, { description: 'The new mobile, in any Saudi format: it must be one the telecom operators link to your ID. The SMS code goes to it.' })
  newMobile!: string;
}

@ObjectType({ description: 'Result of `startOfficeAccountRecovery` and `startSsoAccountRecovery`.' })
export class StartAccountRecoveryPayload {
  @Field(() => CodeChallenge, {
    nullable: true,
    description: 'The SMS code went to the new mobile: pass this `id` with it to `completeAccountRecovery` (`resendCode` sends another).',
  })
  challenge?: CodeChallenge | null;

  @Field(() => [AccountRecoveryErrors.type], { description: 'Why the step was refused; empty on success.' })
  errors!: AccountRecoveryError[];
}

@InputType({ description: 'Recovery, step 2: the SMS code sent to the new mobile.' })
export class CompleteAccountRecoveryInput {
  @Field(() => ID, { description: 'The challenge from the start of the recovery.' })
  challengeId!: string;

  @Field(() => String, { description: 'The 6-digit code from the SMS; Arabic-Indic digits are accepted.' })
  code!: string;
}

@ObjectType({ description: 'Result of `completeAccountRecovery`.' })
export class CompleteAccountRecoveryPayload {
  @Field(() => Boolean, { description: 'True when the new mobile is now the registered one and every session has ended: log in again.' })
  recovered!: boolean;

  @Field(() => String, { nullable: true, description: 'The new registered mobile, masked.' })
  maskedMobile?: string | null;

  @Field(() => [AccountRecoveryErrors.type], { description: 'Why the code was refused; empty on success.' })
  errors!: AccountRecoveryError[];
}

@InputType({ description: 'The development stand-in for an officer: whose account to issue an office recovery code for.' })
export class IssueOfficeRecoveryCodeInDevelopmentInput {
  @Field(() => String, { description: 'National ID or iqama number.' })
  nationalId!: string;
}

@ObjectType({ description: 'Result of `issueOfficeRecoveryCodeInDevelopment`: what the officer would print.' })
export class IssueOfficeRecoveryCodePayload {
  @Field(() => String, { nullable: true, description: 'The 8-digit code, as the officer would hand it over. For an ID without an account it is a code no account accepts.' })
  code?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the code stops working.' })
  expiresAt?: Date | null;

  @Field(() => [AccountRecoveryErrors.type], { description: 'Why it was refused; empty on success.' })
  errors!: AccountRecoveryError[];
}
