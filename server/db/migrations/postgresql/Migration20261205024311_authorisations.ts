import { Migration } from '@mikro-orm/migrations';

export class Migration20261205024311_authorisations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "authorisations" ("id" uuid not null, "kind" text check ("kind" in (\'SERVICES\', \'VEHICLE_DRIVER\')) not null, "grantor_id" varchar(10) not null, "grantor_name_ar" varchar(80) not null, "grantor_name_en" varchar(80) not null, "delegate_id" varchar(10) not null, "delegate_name_ar" varchar(80) not null, "delegate_name_en" varchar(80) not null, "services" jsonb not null, "plate" varchar(12) null, "starts_on" date not null, "ends_on" date not null, "status" text check ("status" in (\'PENDING\', \'ACCEPTED\', \'DECLINED\', \'REVOKED\', \'EXPIRED\')) not null, "created_at" timestamptz not null, "decided_at" timestamptz null, "revoked_at" timestamptz null, "request_reference" varchar(20) null, constraint "authorisations_pkey" primary key ("id"));',
    );
    this.addSql('create index "authorisations_plate_index" on "authorisations" ("plate");');
    this.addSql('create index "authorisations_grantor_id_status_index" on "authorisations" ("grantor_id", "status");');
    this.addSql('create index "authorisations_delegate_id_status_index" on "authorisations" ("delegate_id", "status");');
    this.addSql('alter table "audit_events" drop constraint if exists "audit_events_type_check";');
    this.addSql('alter table "notifications" drop constraint if exists "notifications_kind_check";');
    this.addSql(
      "alter table \"audit_events\" add constraint \"audit_events_type_check\" check(\"type\" in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_STEP_LOCKED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED', 'SSO_LINKED', 'SSO_UNLINKED', 'SSO_LOGIN_FAILED', 'VISA_CANCELLED', 'RECOVERY_CODE_ISSUED', 'ACCOUNT_RECOVERED', 'DOCUMENT_REPORTED_LOST', 'AUTHORISATION_GRANTED', 'AUTHORISATION_ACCEPTED', 'AUTHORISATION_DECLINED', 'AUTHORISATION_REVOKED', 'ACTED_FOR'));",
    );
    this.addSql(
      "alter table \"notifications\" add constraint \"notifications_kind_check\" check(\"kind\" in ('REQUEST_SUBMITTED', 'REQUEST_COMPLETED', 'REQUEST_REJECTED', 'REQUEST_CANCELLED', 'BILL_ISSUED', 'BILL_PAID', 'BILL_REFUNDED', 'APPOINTMENT_BOOKED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'DOCUMENT_EXPIRING', 'VIOLATION', 'VEHICLE_SALE', 'DOCUMENT_STATUS', 'AUTHORISATION'));",
    );
    this.addSql('alter table "vehicles" add column "status" text check ("status" in (\'ACTIVE\', \'REPORTED\')) not null default \'ACTIVE\';');
  }
}
