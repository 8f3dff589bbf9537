import { Migration } from '@mikro-orm/migrations';

export class Migration20261205001030_document_reported_lost extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "audit_events" drop constraint if exists "audit_events_type_check";');
    this.addSql('alter table "notifications" drop constraint if exists "notifications_kind_check";');
    this.addSql(
      "alter table \"audit_events\" add constraint \"audit_events_type_check\" check(\"type\" in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_STEP_LOCKED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED', 'SSO_LINKED', 'SSO_UNLINKED', 'SSO_LOGIN_FAILED', 'VISA_CANCELLED', 'RECOVERY_CODE_ISSUED', 'ACCOUNT_RECOVERED', 'DOCUMENT_REPORTED_LOST'));",
    );
    this.addSql(
      "alter table \"notifications\" add constraint \"notifications_kind_check\" check(\"kind\" in ('REQUEST_SUBMITTED', 'REQUEST_COMPLETED', 'REQUEST_REJECTED', 'REQUEST_CANCELLED', 'BILL_ISSUED', 'BILL_PAID', 'BILL_REFUNDED', 'APPOINTMENT_BOOKED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'DOCUMENT_EXPIRING', 'VIOLATION', 'VEHICLE_SALE', 'DOCUMENT_STATUS'));",
    );
  }
}
