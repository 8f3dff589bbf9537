import { Migration } from '@mikro-orm/migrations';

export class Migration20261125105902_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table \"audit_events\" (\"id\" serial primary key, \"type\" text check (\"type\" in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_VOIDED', 'SESSION_REFRESHED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID', 'PASSWORD_RESET_REQUESTED', 'REAUTHENTICATED', 'EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED', 'MOBILE_CHANGED')) not null, \"account_id\" uuid null, \"client_address\" varchar(255) null, \"detail\" jsonb null, \"created_at\" timestamptz not null);",
    );
    this.addSql('create index "audit_events_account_id_created_at_index" on "audit_events" ("account_id", "created_at");');
    this.addSql(
      'create table "bills" ("number" varchar(20) not null, "request_id" uuid not null, "account_id" uuid not null, "amount_halalas" int not null, "items" jsonb not null, "status" text check ("status" in (\'UNPAID\', \'PAID\', \'EXPIRED\')) not null, "issued_at" timestamptz not null, "due_at" timestamptz not null, "paid_at" timestamptz null, "payment_channel" varchar(10) null, "payment_reference" varchar(64) null, constraint "bills_pkey" primary key ("number"));',
    );
    this.addSql('alter table "bills" add constraint "bills_request_id_unique" unique ("request_id");');
    this.addSql('create index "bills_account_id_index" on "bills" ("account_id");');
    this.addSql('alter table "bills" add constraint "bills_payment_reference_unique" unique ("payment_reference");');
    this.addSql(
      'create table "captchas" ("id" uuid not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "captchas_pkey" primary key ("id"));',
    );
    this.addSql('create index "captchas_expires_at_index" on "captchas" ("expires_at");');
    this.addSql(
      'create table "code_challenges" ("id" uuid not null, "purpose" text check ("purpose" in (\'REGISTRATION\', \'LOGIN\', \'PASSWORD_RESET\', \'REAUTHENTICATION\', \'MOBILE_CHANGE\')) not null, "mobile" varchar(16) not null, "account_id" uuid null, "code_hash" varchar(64) not null, "code_expires_at" timestamptz not null, "attempts" int not null default 0, "sends" int not null default 1, "last_sent_at" timestamptz not null, "expires_at" timestamptz not null, "consumed_at" timestamptz null, "decoy" boolean not null default false, "language" text check ("language" in (\'AR\', \'EN\')) not null, "pending" jsonb null, "client_address" varchar(255) null, "created_at" timestamptz not null, constraint "code_challenges_pkey" primary key ("id"));',
    );
    this.addSql('create index "code_challenges_mobile_index" on "code_challenges" ("mobile");');
    this.addSql('create table "document_reminders" ("id" serial primary key, "document_id" uuid not null, "expires_on" date not null, "threshold_days" int not null, "sent_at" timestamptz not null);');
    this.addSql('alter table "document_reminders" add constraint "document_reminders_document_id_expires_on_threshold_days_unique" unique ("document_id", "expires_on", "threshold_days");');
    this.addSql(
      'create table "offices" ("id" varchar(40) not null, "category" text check ("category" in (\'PASSPORTS\', \'CIVIL_AFFAIRS\', \'TRAFFIC\')) not null, "city" varchar(60) not null, "city_ar" varchar(60) not null, "name_ar" varchar(255) not null, "name_en" varchar(255) not null, "address_ar" varchar(255) not null, "address_en" varchar(255) not null, "opens_at" varchar(5) not null, "closes_at" varchar(5) not null, "slot_minutes" int not null, "slot_capacity" int not null, "working_days" jsonb not null, constraint "offices_pkey" primary key ("id"));',
    );
    this.addSql('create index "offices_city_category_index" on "offices" ("city", "category");');
    this.addSql(
      'create table "appointment_slots" ("id" serial primary key, "office_id" varchar(40) not null, "starts_at" timestamptz not null, "capacity" int not null, "booked" int not null default 0);',
    );
    this.addSql('alter table "appointment_slots" add constraint "appointment_slots_office_id_starts_at_unique" unique ("office_id", "starts_at");');
    this.addSql(
      'create table "outbox_messages" ("id" serial primary key, "channel" text check ("channel" in (\'SMS\', \'EMAIL\')) not null, "recipient" varchar(255) not null, "subject" varchar(255) null, "body" text not null, "locale" varchar(2) not null, "created_at" timestamptz not null);',
    );
    this.addSql('create index "outbox_messages_recipient_id_index" on "outbox_messages" ("recipient", "id");');
    this.addSql(
      'create table "persons" ("national_id" varchar(10) not null, "kind" text check ("kind" in (\'CITIZEN\', \'RESIDENT\')) not null, "first_name_ar" varchar(255) not null, "father_name_ar" varchar(255) not null, "grandfather_name_ar" varchar(255) not null, "family_name_ar" varchar(255) not null, "first_name_en" varchar(255) not null, "father_name_en" varchar(255) not null, "grandfather_name_en" varchar(255) not null, "family_name_en" varchar(255) not null, "date_of_birth" date not null, "gender" text check ("gender" in (\'MALE\', \'FEMALE\')) not null, "nationality" varchar(3) not null, "deceased" boolean not null default false, "mobiles" jsonb not null, "city" varchar(255) null, "district" varchar(255) null, "postal_code" varchar(255) null, "head_of_family_id" varchar(10) null, "inside_kingdom" boolean not null default true, "travel_ban" boolean not null default false, "services_suspended" boolean not null default false, "photo_taken_on" date null, "medical_check_valid_until" date null, constraint "persons_pkey" primary key ("national_id"));',
    );
    this.addSql('create index "persons_head_of_family_id_index" on "persons" ("head_of_family_id");');
    this.addSql(
      'create table "accounts" ("id" uuid not null, "national_id" varchar(10) not null, "username" varchar(20) not null, "username_key" varchar(20) not null, "email" varchar(255) not null, "email_verified" boolean not null default false, "mobile" varchar(16) not null, "password_hash" varchar(255) not null, "preferred_language" text check ("preferred_language" in (\'AR\', \'EN\')) not null default \'AR\', "terms_version" varchar(255) not null, "terms_accepted_at" timestamptz not null, "created_at" timestamptz not null, "password_changed_at" timestamptz null, "failed_logins" int not null default 0, "failed_login_window_start" timestamptz null, "locked_until" timestamptz null, "lockouts" int not null default 0, constraint "accounts_pkey" primary key ("id"));',
    );
    this.addSql('alter table "accounts" add constraint "accounts_national_id_unique" unique ("national_id");');
    this.addSql('alter table "accounts" add constraint "accounts_username_key_unique" unique ("username_key");');
    this.addSql(
      'create table "notifications" ("id" serial primary key, "account_id" uuid not null, "kind" text check ("kind" in (\'REQUEST_SUBMITTED\', \'REQUEST_COMPLETED\', \'REQUEST_REJECTED\', \'REQUEST_CANCELLED\', \'BILL_ISSUED\', \'BILL_PAID\', \'APPOINTMENT_BOOKED\', \'APPOINTMENT_RESCHEDULED\', \'APPOINTMENT_CANCELLED\', \'DOCUMENT_EXPIRING\', \'VIOLATION\')) not null, "title_ar" varchar(255) not null, "title_en" varchar(255) not null, "body_ar" text not null, "body_en" text not null, "link" varchar(255) null, "reference" varchar(255) null, "created_at" timestamptz not null, "read_at" timestamptz null);',
    );
    this.addSql('create index "notifications_account_id_id_index" on "notifications" ("account_id", "id");');
    this.addSql(
      'create table "sessions" ("id" uuid not null, "account_id" uuid not null, "created_at" timestamptz not null, "last_used_at" timestamptz not null, "absolute_expires_at" timestamptz not null, "ended_at" timestamptz null, "end_reason" text check ("end_reason" in (\'LOGOUT\', \'REVOKED\', \'REFRESH_REUSE\', \'PASSWORD_CHANGED\')) null, "user_agent" varchar(255) null, "client_address" varchar(255) null, "reauthenticated_at" timestamptz null, constraint "sessions_pkey" primary key ("id"));',
    );
    this.addSql(
      'create table "appointments" ("id" uuid not null, "account_id" uuid not null, "national_id" varchar(10) not null, "office_id" varchar(40) not null, "slot_id" int not null, "service_code" varchar(40) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text check ("status" in (\'BOOKED\', \'CANCELLED\')) not null default \'BOOKED\', "active_key" varchar(60) null, "booked_at" timestamptz not null, "rescheduled_at" timestamptz null, "cancelled_at" timestamptz null, constraint "appointments_pkey" primary key ("id"));',
    );
    this.addSql('alter table "appointments" add constraint "appointments_active_key_unique" unique ("active_key");');
    this.addSql('create index "appointments_account_id_starts_at_index" on "appointments" ("account_id", "starts_at");');
    this.addSql(
      'create table "documents" ("id" uuid not null, "national_id" varchar(10) not null, "type" text check ("type" in (\'NATIONAL_ID\', \'IQAMA\', \'PASSPORT\', \'DRIVING_LICENCE\', \'EXIT_REENTRY_VISA\', \'FINAL_EXIT_VISA\')) not null, "number" varchar(20) not null, "issued_on" date not null, "expires_on" date not null, "details" jsonb null, constraint "documents_pkey" primary key ("id"));',
    );
    this.addSql('create index "documents_national_id_index" on "documents" ("national_id");');
    this.addSql('alter table "documents" add constraint "documents_type_number_unique" unique ("type", "number");');
    this.addSql(
      'create table "refresh_tokens" ("token_hash" varchar(43) not null, "session_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "refresh_tokens_pkey" primary key ("token_hash"));',
    );
    this.addSql(
      'create table "service_requests" ("id" uuid not null, "reference" varchar(20) not null, "service_code" varchar(40) not null, "applicant_account_id" uuid not null, "applicant_id" varchar(10) not null, "beneficiary_id" varchar(10) not null, "status" text check ("status" in (\'SUBMITTED\', \'PENDING_PAYMENT\', \'COMPLETED\', \'REJECTED\', \'CANCELLED\')) not null, "input" jsonb not null, "history" jsonb not null, "result" jsonb null, "bill_number" varchar(20) null, "active_key" varchar(200) null, "submitted_at" timestamptz not null, constraint "service_requests_pkey" primary key ("id"));',
    );
    this.addSql('alter table "service_requests" add constraint "service_requests_reference_unique" unique ("reference");');
    this.addSql('create index "service_requests_beneficiary_id_index" on "service_requests" ("beneficiary_id");');
    this.addSql('alter table "service_requests" add constraint "service_requests_active_key_unique" unique ("active_key");');
    this.addSql('create index "service_requests_applicant_account_id_submitted_at_index" on "service_requests" ("applicant_account_id", "submitted_at");');
    this.addSql(
      'create table "vehicles" ("plate" varchar(12) not null, "owner_id" varchar(10) not null, "make" varchar(40) not null, "model" varchar(40) not null, "year" int not null, "registration_expires_on" date not null, "insurance_expires_on" date null, "inspection_expires_on" date null, "authorized_driver_id" varchar(10) null, "authorized_until" date null, constraint "vehicles_pkey" primary key ("plate"));',
    );
    this.addSql('create index "vehicles_owner_id_index" on "vehicles" ("owner_id");');
    this.addSql(
      'create table "violations" ("number" varchar(20) not null, "national_id" varchar(10) not null, "plate" varchar(12) null, "issued_on" date not null, "amount_halalas" int not null, "paid" boolean not null default false, "dispute_status" text check ("dispute_status" in (\'NONE\', \'OPEN\', \'UPHELD\', \'DISMISSED\')) not null default \'NONE\', "dispute_reason" varchar(500) null, "disputed_at" timestamptz null, "pending_request_id" uuid null, constraint "violations_pkey" primary key ("number"));',
    );
    this.addSql('create index "violations_national_id_index" on "violations" ("national_id");');
    this.addSql('create index "violations_plate_index" on "violations" ("plate");');
    this.addSql('alter table "appointment_slots" add constraint "appointment_slots_office_id_foreign" foreign key ("office_id") references "offices" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "accounts" add constraint "accounts_national_id_foreign" foreign key ("national_id") references "persons" ("national_id") on update cascade on delete restrict;');
    this.addSql('alter table "notifications" add constraint "notifications_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "sessions" add constraint "sessions_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "appointments" add constraint "appointments_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;');
    this.addSql('alter table "appointments" add constraint "appointments_office_id_foreign" foreign key ("office_id") references "offices" ("id") on update cascade on delete restrict;');
    this.addSql('alter table "appointments" add constraint "appointments_slot_id_foreign" foreign key ("slot_id") references "appointment_slots" ("id") on update cascade on delete restrict;');
    this.addSql('alter table "refresh_tokens" add constraint "refresh_tokens_session_id_foreign" foreign key ("session_id") references "sessions" ("id") on update cascade on delete cascade;');
  }
}
