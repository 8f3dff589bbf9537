import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101546_account_care extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_type_check";`);

    this.addSql(`alter table "code_challenges" drop constraint if exists "code_challenges_purpose_check";`);

    this.addSql(`alter table "audit_events" add constraint "audit_events_type_check" check("type" in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_VOIDED', 'SESSION_REFRESHED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED'));`);

    this.addSql(`alter table "code_challenges" add constraint "code_challenges_purpose_check" check("purpose" in ('REGISTRATION', 'LOGIN', 'PASSWORD_RESET', 'REAUTHENTICATION', 'MOBILE_CHANGE'));`);

    this.addSql(`alter table "sessions" add column "reauthenticated_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_type_check";`);

    this.addSql(`alter table "code_challenges" drop constraint if exists "code_challenges_purpose_check";`);

    this.addSql(`alter table "audit_events" add constraint "audit_events_type_check" check("type" in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_VOIDED', 'SESSION_REFRESHED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID'));`);

    this.addSql(`alter table "code_challenges" add constraint "code_challenges_purpose_check" check("purpose" in ('REGISTRATION', 'LOGIN', 'PASSWORD_RESET'));`);

    this.addSql(`alter table "sessions" drop column "reauthenticated_at";`);
  }

}
