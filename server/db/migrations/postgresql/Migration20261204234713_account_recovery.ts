import { Migration } from '@mikro-orm/migrations';

export class Migration20261204234713_account_recovery extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "office_recovery_codes" ("id" uuid not null, "callback_id" varchar(64) not null, "account_id" uuid not null, "office_id" varchar(40) not null, "appointment_id" uuid null, "officer" varchar(32) not null, "code_hash" varchar(64) not null, "attempts" int not null default 0, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "challenge_id" uuid null, "used_at" timestamptz null, "voided_at" timestamptz null, constraint "office_recovery_codes_pkey" primary key ("id"));',
    );
    this.addSql('alter table "office_recovery_codes" add constraint "office_recovery_codes_callback_id_unique" unique ("callback_id");');
    this.addSql('create index "office_recovery_codes_account_id_issued_at_index" on "office_recovery_codes" ("account_id", "issued_at");');
    this.addSql('alter table "audit_events" drop constraint if exists "audit_events_type_check";');
    this.addSql('alter table "code_challenges" drop constraint if exists "code_challenges_purpose_check";');
    this.addSql('alter table "sessions" drop constraint if exists "sessions_end_reason_check";');
    this.addSql(
      "alter table \"audit_events\" add constraint \"audit_events_type_check\" check(\"type\" in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_STEP_LOCKED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED', 'SSO_LINKED', 'SSO_UNLINKED', 'SSO_LOGIN_FAILED', 'RECOVERY_CODE_ISSUED', 'ACCOUNT_RECOVERED'));",
    );
    this.addSql(
      "alter table \"code_challenges\" add constraint \"code_challenges_purpose_check\" check(\"purpose\" in ('REGISTRATION', 'LOGIN', 'PASSWORD_RESET', 'REAUTHENTICATION', 'MOBILE_CHANGE', 'ACCOUNT_RECOVERY'));",
    );
    this.addSql("alter table \"sessions\" add constraint \"sessions_end_reason_check\" check(\"end_reason\" in ('LOGOUT', 'REVOKED', 'REFRESH_REUSE', 'PASSWORD_CHANGED', 'ACCOUNT_RECOVERED'));");
  }
}
