import { Migration } from '@mikro-orm/migrations';

export class Migration20261205001029_document_reported_lost extends Migration {
  override async up(): Promise<void> {
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `audit_events__temp_alter` (`id` integer not null primary key autoincrement, `type` text check (`type` in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_STEP_LOCKED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED', 'SSO_LINKED', 'SSO_UNLINKED', 'SSO_LOGIN_FAILED', 'VISA_CANCELLED', 'RECOVERY_CODE_ISSUED', 'ACCOUNT_RECOVERED', 'DOCUMENT_REPORTED_LOST')) not null, `account_id` text null, `client_address` text null, `detail` json null, `created_at` datetime not null);",
    );
    this.addSql('insert into `audit_events__temp_alter` select `id`, `type`, `account_id`, `client_address`, `detail`, `created_at` from `audit_events`;');
    this.addSql('drop table `audit_events`;');
    this.addSql('alter table `audit_events__temp_alter` rename to `audit_events`;');
    this.addSql('create index `audit_events_account_id_created_at_index` on `audit_events` (`account_id`, `created_at`);');
    this.addSql('pragma foreign_keys = on;');
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `notifications__temp_alter` (`id` integer not null primary key autoincrement, `account_id` text not null, `kind` text check (`kind` in ('REQUEST_SUBMITTED', 'REQUEST_COMPLETED', 'REQUEST_REJECTED', 'REQUEST_CANCELLED', 'BILL_ISSUED', 'BILL_PAID', 'BILL_REFUNDED', 'APPOINTMENT_BOOKED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'DOCUMENT_EXPIRING', 'VIOLATION', 'VEHICLE_SALE', 'DOCUMENT_STATUS')) not null, `title_ar` text not null, `title_en` text not null, `body_ar` text not null, `body_en` text not null, `link` text null, `reference` text null, `created_at` datetime not null, `read_at` datetime null, constraint `notifications_account_id_foreign` foreign key(`account_id`) references `accounts`(`id`) on delete cascade on update cascade);",
    );
    this.addSql(
      'insert into `notifications__temp_alter` select `id`, `account_id`, `kind`, `title_ar`, `title_en`, `body_ar`, `body_en`, `link`, `reference`, `created_at`, `read_at` from `notifications`;',
    );
    this.addSql('drop table `notifications`;');
    this.addSql('alter table `notifications__temp_alter` rename to `notifications`;');
    this.addSql('create index `notifications_account_id_index` on `notifications` (`account_id`);');
    this.addSql('create index `notifications_account_id_id_index` on `notifications` (`account_id`, `id`);');
    this.addSql('pragma foreign_keys = on;');
  }
}
