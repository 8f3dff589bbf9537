import { Migration } from '@mikro-orm/migrations';

export class Migration20261125110605_sso extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "sso_links" ("id" uuid not null, "account_id" uuid not null, "issuer" varchar(255) not null, "linked_at" timestamptz not null, constraint "sso_links_pkey" primary key ("id"));',
    );
    this.addSql('alter table "sso_links" add constraint "sso_links_account_id_unique" unique ("account_id");');
    this.addSql('alter table "sso_links" add constraint "sso_links_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "audit_events" drop constraint if exists "audit_events_type_check";');
    this.addSql(
      "alter table \"audit_events\" add constraint \"audit_events_type_check\" check(\"type\" in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_VOIDED', 'SESSION_REFRESHED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED', 'SSO_LINKED', 'SSO_UNLINKED', 'SSO_LOGIN_FAILED'));",
    );
  }
}
