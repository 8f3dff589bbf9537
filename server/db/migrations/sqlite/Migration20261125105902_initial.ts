import { Migration } from '@mikro-orm/migrations';

export class Migration20261125105902_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `audit_events` (`id` integer not null primary key autoincrement, `type` text check (`type` in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_VOIDED', 'SESSION_REFRESHED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED')) not null, `account_id` text null, `client_address` text null, `detail` json null, `created_at` datetime not null);",
    );
    this.addSql('create index `audit_events_account_id_created_at_index` on `audit_events` (`account_id`, `created_at`);');
    this.addSql(
      "create table `bills` (`number` text not null, `request_id` text not null, `account_id` text not null, `amount_halalas` integer not null, `items` json not null, `status` text check (`status` in ('UNPAID', 'PAID', 'EXPIRED')) not null, `issued_at` datetime not null, `due_at` datetime not null, `paid_at` datetime null, `payment_channel` text null, `payment_reference` text null, primary key (`number`));",
    );
    this.addSql('create unique index `bills_request_id_unique` on `bills` (`request_id`);');
    this.addSql('create index `bills_account_id_index` on `bills` (`account_id`);');
    this.addSql('create unique index `bills_payment_reference_unique` on `bills` (`payment_reference`);');
    this.addSql('create table `captchas` (`id` text not null, `code_hash` text not null, `expires_at` datetime not null, `used_at` datetime null, primary key (`id`));');
    this.addSql('create index `captchas_expires_at_index` on `captchas` (`expires_at`);');
    this.addSql(
      "create table `code_challenges` (`id` text not null, `purpose` text check (`purpose` in ('REGISTRATION', 'LOGIN', 'PASSWORD_RESET', 'REAUTHENTICATION', 'MOBILE_CHANGE')) not null, `mobile` text not null, `account_id` text null, `code_hash` text not null, `code_expires_at` datetime not null, `attempts` integer not null default 0, `sends` integer not null default 1, `last_sent_at` datetime not null, `expires_at` datetime not null, `consumed_at` datetime null, `decoy` integer not null default false, `language` text check (`language` in ('AR', 'EN')) not null, `pending` json null, `client_address` text null, `created_at` datetime not null, primary key (`id`));",
    );
    this.addSql('create index `code_challenges_mobile_index` on `code_challenges` (`mobile`);');
    this.addSql(
      'create table `document_reminders` (`id` integer not null primary key autoincrement, `document_id` text not null, `expires_on` date not null, `threshold_days` integer not null, `sent_at` datetime not null);',
    );
    this.addSql('create unique index `document_reminders_document_id_expires_on_threshold_days_unique` on `document_reminders` (`document_id`, `expires_on`, `threshold_days`);');
    this.addSql(
      "create table `offices` (`id` text not null, `category` text check (`category` in ('PASSPORTS', 'CIVIL_AFFAIRS', 'TRAFFIC')) not null, `city` text not null, `city_ar` text not null, `name_ar` text not null, `name_en` text not null, `address_ar` text not null, `address_en` text not null, `opens_at` text not null, `closes_at` text not null, `slot_minutes` integer not null, `slot_capacity` integer not null, `working_days` json not null, primary key (`id`));",
    );
    this.addSql('create index `offices_city_category_index` on `offices` (`city`, `category`);');
    this.addSql(
      'create table `appointment_slots` (`id` integer not null primary key autoincrement, `office_id` text not null, `starts_at` datetime not null, `capacity` integer not null, `booked` integer not null default 0, constraint `appointment_slots_office_id_foreign` foreign key(`office_id`) references `offices`(`id`) on delete cascade on update cascade);',
    );
    this.addSql('create index `appointment_slots_office_id_index` on `appointment_slots` (`office_id`);');
    this.addSql('create unique index `appointment_slots_office_id_starts_at_unique` on `appointment_slots` (`office_id`, `starts_at`);');
    this.addSql(
      "create table `outbox_messages` (`id` integer not null primary key autoincrement, `channel` text check (`channel` in ('SMS', 'EMAIL')) not null, `recipient` text not null, `subject` text null, `body` text not null, `locale` text not null, `created_at` datetime not null);",
    );
    this.addSql('create index `outbox_messages_recipient_id_index` on `outbox_messages` (`recipient`, `id`);');
    this.addSql(
      "create table `persons` (`national_id` text not null, `kind` text check (`kind` in ('CITIZEN', 'RESIDENT')) not null, `first_name_ar` text not null, `father_name_ar` text not null, `grandfather_name_ar` text not null, `family_name_ar` text not null, `first_name_en` text not null, `father_name_en` text not null, `grandfather_name_en` text not null, `family_name_en` text not null, `date_of_birth` date not null, `gender` text check (`gender` in ('MALE', 'FEMALE')) not null, `nationality` text not null, `deceased` integer not null default false, `mobiles` json not null, `city` text null, `district` text null, `postal_code` text null, `head_of_family_id` text null, `inside_kingdom` integer not null default true, `travel_ban` integer not null default false, `services_suspended` integer not null default false, `photo_taken_on` date null, `medical_check_valid_until` date null, primary key (`national_id`));",
    );
    this.addSql('create index `persons_head_of_family_id_index` on `persons` (`head_of_family_id`);');
    this.addSql(
      "create table `accounts` (`id` text not null, `national_id` text not null, `username` text not null, `username_key` text not null, `email` text not null, `email_verified` integer not null default false, `mobile` text not null, `password_hash` text not null, `preferred_language` text check (`preferred_language` in ('AR', 'EN')) not null default 'AR', `terms_version` text not null, `terms_accepted_at` datetime not null, `created_at` datetime not null, `password_changed_at` datetime null, `failed_logins` integer not null default 0, `failed_login_window_start` datetime null, `locked_until` datetime null, `lockouts` integer not null default 0, constraint `accounts_national_id_foreign` foreign key(`national_id`) references `persons`(`national_id`) on delete restrict on update cascade, primary key (`id`));",
    );
    this.addSql('create unique index `accounts_national_id_unique` on `accounts` (`national_id`);');
    this.addSql('create unique index `accounts_username_key_unique` on `accounts` (`username_key`);');
    this.addSql(
      "create table `notifications` (`id` integer not null primary key autoincrement, `account_id` text not null, `kind` text check (`kind` in ('REQUEST_SUBMITTED', 'REQUEST_COMPLETED', 'REQUEST_REJECTED', 'REQUEST_CANCELLED', 'BILL_ISSUED', 'BILL_PAID', 'APPOINTMENT_BOOKED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'DOCUMENT_EXPIRING', 'VIOLATION')) not null, `title_ar` text not null, `title_en` text not null, `body_ar` text not null, `body_en` text not null, `link` text null, `reference` text null, `created_at` datetime not null, `read_at` datetime null, constraint `notifications_account_id_foreign` foreign key(`account_id`) references `accounts`(`id`) on delete cascade on update cascade);",
    );
    this.addSql('create index `notifications_account_id_index` on `notifications` (`account_id`);');
    this.addSql('create index `notifications_account_id_id_index` on `notifications` (`account_id`, `id`);');
    this.addSql(
      "create table `sessions` (`id` text not null, `account_id` text not null, `created_at` datetime not null, `last_used_at` datetime not null, `absolute_expires_at` datetime not null, `ended_at` datetime null, `end_reason` text check (`end_reason` in ('LOGOUT', 'REVOKED', 'REFRESH_REUSE', 'PASSWORD_CHANGED')) null, `user_agent` text null, `client_address` text null, `reauthenticated_at` datetime null, constraint `sessions_account_id_foreign` foreign key(`account_id`) references `accounts`(`id`) on delete cascade on update cascade, primary key (`id`));",
    );
    this.addSql('create index `sessions_account_id_index` on `sessions` (`account_id`);');
    this.addSql(
      "create table `appointments` (`id` text not null, `account_id` text not null, `national_id` text not null, `office_id` text not null, `slot_id` integer not null, `service_code` text not null, `starts_at` datetime not null, `ends_at` datetime not null, `status` text check (`status` in ('BOOKED', 'CANCELLED')) not null default 'BOOKED', `active_key` text null, `booked_at` datetime not null, `rescheduled_at` datetime null, `cancelled_at` datetime null, constraint `appointments_account_id_foreign` foreign key(`account_id`) references `accounts`(`id`) on delete cascade on update cascade, constraint `appointments_office_id_foreign` foreign key(`office_id`) references `offices`(`id`) on delete restrict on update cascade, constraint `appointments_slot_id_foreign` foreign key(`slot_id`) references `appointment_slots`(`id`) on delete restrict on update cascade, primary key (`id`));",
    );
    this.addSql('create index `appointments_account_id_index` on `appointments` (`account_id`);');
    this.addSql('create index `appointments_office_id_index` on `appointments` (`office_id`);');
    this.addSql('create index `appointments_slot_id_index` on `appointments` (`slot_id`);');
    this.addSql('create unique index `appointments_active_key_unique` on `appointments` (`active_key`);');
    this.addSql('create index `appointments_account_id_starts_at_index` on `appointments` (`account_id`, `starts_at`);');
    this.addSql(
      "create table `documents` (`id` text not null, `national_id` text not null, `type` text check (`type` in ('NATIONAL_ID', 'IQAMA', 'PASSPORT', 'DRIVING_LICENCE', 'EXIT_REENTRY_VISA', 'FINAL_EXIT_VISA')) not null, `number` text not null, `issued_on` date not null, `expires_on` date not null, `details` json null, primary key (`id`));",
    );
    this.addSql('create index `documents_national_id_index` on `documents` (`national_id`);');
    this.addSql('create unique index `documents_type_number_unique` on `documents` (`type`, `number`);');
    this.addSql(
      'create table `refresh_tokens` (`token_hash` text not null, `session_id` text not null, `created_at` datetime not null, `expires_at` datetime not null, `used_at` datetime null, constraint `refresh_tokens_session_id_foreign` foreign key(`session_id`) references `sessions`(`id`) on delete cascade on update cascade, primary key (`token_hash`));',
    );
    this.addSql('create index `refresh_tokens_session_id_index` on `refresh_tokens` (`session_id`);');
    this.addSql(
      "create table `service_requests` (`id` text not null, `reference` text not null, `service_code` text not null, `applicant_account_id` text not null, `applicant_id` text not null, `beneficiary_id` text not null, `status` text check (`status` in ('SUBMITTED', 'PENDING_PAYMENT', 'COMPLETED', 'REJECTED', 'CANCELLED')) not null, `input` json not null, `history` json not null, `result` json null, `bill_number` text null, `active_key` text null, `submitted_at` datetime not null, primary key (`id`));",
    );
    this.addSql('create unique index `service_requests_reference_unique` on `service_requests` (`reference`);');
    this.addSql('create index `service_requests_beneficiary_id_index` on `service_requests` (`beneficiary_id`);');
    this.addSql('create unique index `service_requests_active_key_unique` on `service_requests` (`active_key`);');
    this.addSql('create index `service_requests_applicant_account_id_submitted_at_index` on `service_requests` (`applicant_account_id`, `submitted_at`);');
    this.addSql(
      'create table `vehicles` (`plate` text not null, `owner_id` text not null, `make` text not null, `model` text not null, `year` integer not null, `registration_expires_on` date not null, `insurance_expires_on` date null, `inspection_expires_on` date null, `authorized_driver_id` text null, `authorized_until` date null, primary key (`plate`));',
    );
    this.addSql('create index `vehicles_owner_id_index` on `vehicles` (`owner_id`);');
    this.addSql(
      "create table `violations` (`number` text not null, `national_id` text not null, `plate` text null, `issued_on` date not null, `amount_halalas` integer not null, `paid` integer not null default false, `dispute_status` text check (`dispute_status` in ('NONE', 'OPEN', 'UPHELD', 'DISMISSED')) not null default 'NONE', `dispute_reason` text null, `disputed_at` datetime null, `pending_request_id` text null, primary key (`number`));",
    );
    this.addSql('create index `violations_national_id_index` on `violations` (`national_id`);');
    this.addSql('create index `violations_plate_index` on `violations` (`plate`);');
  }
}
