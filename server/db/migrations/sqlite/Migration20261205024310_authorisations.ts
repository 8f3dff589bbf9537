import { Migration } from '@mikro-orm/migrations';

export class Migration20261205024310_authorisations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `authorisations` (`id` text not null, `kind` text check (`kind` in ('SERVICES', 'VEHICLE_DRIVER')) not null, `grantor_id` text not null, `grantor_name_ar` text not null, `grantor_name_en` text not null, `delegate_id` text not null, `delegate_name_ar` text not null, `delegate_name_en` text not null, `services` json not null, `plate` text null, `starts_on` date not null, `ends_on` date not null, `status` text check (`status` in ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED', 'EXPIRED')) not null, `created_at` datetime not null, `decided_at` datetime null, `revoked_at` datetime null, `request_reference` text null, primary key (`id`));",
    );
    this.addSql('create index `authorisations_plate_index` on `authorisations` (`plate`);');
    this.addSql('create index `authorisations_grantor_id_status_index` on `authorisations` (`grantor_id`, `status`);');
    this.addSql('create index `authorisations_delegate_id_status_index` on `authorisations` (`delegate_id`, `status`);');
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `audit_events__temp_alter` (`id` integer not null primary key autoincrement, `type` text check (`type` in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_STEP_LOCKED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED', 'SSO_LINKED', 'SSO_UNLINKED', 'SSO_LOGIN_FAILED', 'VISA_CANCELLED', 'RECOVERY_CODE_ISSUED', 'ACCOUNT_RECOVERED', 'DOCUMENT_REPORTED_LOST', 'AUTHORISATION_GRANTED', 'AUTHORISATION_ACCEPTED', 'AUTHORISATION_DECLINED', 'AUTHORISATION_REVOKED', 'ACTED_FOR')) not null, `account_id` text null, `client_address` text null, `detail` json null, `created_at` datetime not null);",
    );
    this.addSql('insert into `audit_events__temp_alter` select `id`, `type`, `account_id`, `client_address`, `detail`, `created_at` from `audit_events`;');
    this.addSql('drop table `audit_events`;');
    this.addSql('alter table `audit_events__temp_alter` rename to `audit_events`;');
    this.addSql('create index `audit_events_account_id_created_at_index` on `audit_events` (`account_id`, `created_at`);');
    this.addSql('pragma foreign_keys = on;');
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `notifications__temp_alter` (`id` integer not null primary key autoincrement, `account_id` text not null, `kind` text check (`kind` in ('REQUEST_SUBMITTED', 'REQUEST_COMPLETED', 'REQUEST_REJECTED', 'REQUEST_CANCELLED', 'BILL_ISSUED', 'BILL_PAID', 'BILL_REFUNDED', 'APPOINTMENT_BOOKED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'DOCUMENT_EXPIRING', 'VIOLATION', 'VEHICLE_SALE', 'DOCUMENT_STATUS', 'AUTHORISATION')) not null, `title_ar` text not null, `title_en` text not null, `body_ar` text not null, `body_en` text not null, `link` text null, `reference` text null, `created_at` datetime not null, `read_at` datetime null, constraint `notifications_account_id_foreign` foreign key(`account_id`) references `accounts`(`id`) on delete cascade on update cascade);",
    );
    this.addSql(
      'insert into `notifications__temp_alter` select `id`, `account_id`, `kind`, `title_ar`, `title_en`, `body_ar`, `body_en`, `link`, `reference`, `created_at`, `read_at` from `notifications`;',
    );
    this.addSql('drop table `notifications`;');
    this.addSql('alter table `notifications__temp_alter` rename to `notifications`;');
    this.addSql('create index `notifications_account_id_index` on `notifications` (`account_id`);');
    this.addSql('create index `notifications_account_id_id_index` on `notifications` (`account_id`, `id`);');
    this.addSql('pragma foreign_keys = on;');
    this.addSql("alter table `vehicles` add column `status` text check (`status` in ('ACTIVE', 'REPORTED')) not null default 'ACTIVE';");
  }
}
