import { Migration } from '@mikro-orm/migrations';

export class Migration20261125100645_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_events" ("id" serial primary key, "type" text check ("type" in ('REGISTERED', 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT', 'LOGIN_PASSWORD_OK', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'CODE_FAILED', 'CODE_VOIDED', 'SESSION_REFRESHED', 'REFRESH_TOKEN_REUSED', 'LOGOUT', 'SESSION_REVOKED', 'PASSWORD_CHANGED', 'EMAIL_CONFIRMED', 'REQUEST_SUBMITTED', 'BILL_PAID')) not null, "account_id" uuid null, "client_address" varchar(255) null, "detail" jsonb null, "created_at" timestamptz not null);`);
    this.addSql(`create index "audit_events_account_id_created_at_index" on "audit_events" ("account_id", "created_at");`);

    this.addSql(`create table "captchas" ("id" uuid not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "captchas_pkey" primary key ("id"));`);
    this.addSql(`create index "captchas_expires_at_index" on "captchas" ("expires_at");`);

    this.addSql(`create table "code_challenges" ("id" uuid not null, "purpose" text check ("purpose" in ('REGISTRATION', 'LOGIN', 'PASSWORD_RESET')) not null, "mobile" varchar(16) not null, "account_id" uuid null, "code_hash" varchar(64) not null, "code_expires_at" timestamptz not null, "attempts" int not null default 0, "sends" int not null default 1, "last_sent_at" timestamptz not null, "expires_at" timestamptz not null, "consumed_at" timestamptz null, "decoy" boolean not null default false, "language" text check ("language" in ('AR', 'EN')) not null, "pending" jsonb null, "client_address" varchar(255) null, "created_at" timestamptz not null, constraint "code_challenges_pkey" primary key ("id"));`);
    this.addSql(`create index "code_challenges_mobile_index" on "code_challenges" ("mobile");`);

    this.addSql(`create table "outbox_messages" ("id" serial primary key, "channel" text check ("channel" in ('SMS', 'EMAIL')) not null, "recipient" varchar(255) not null, "subject" varchar(255) null, "body" text not null, "locale" varchar(2) not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "outbox_messages_recipient_id_index" on "outbox_messages" ("recipient", "id");`);

    this.addSql(`create table "persons" ("national_id" varchar(10) not null, "kind" text check ("kind" in ('CITIZEN', 'RESIDENT')) not null, "first_name_ar" varchar(255) not null, "father_name_ar" varchar(255) not null, "grandfather_name_ar" varchar(255) not null, "family_name_ar" varchar(255) not null, "first_name_en" varchar(255) not null, "father_name_en" varchar(255) not null, "grandfather_name_en" varchar(255) not null, "family_name_en" varchar(255) not null, "date_of_birth" date not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "nationality" varchar(3) not null, "deceased" boolean not null default false, "mobiles" jsonb not null, "city" varchar(255) null, "district" varchar(255) null, "postal_code" varchar(255) null, "head_of_family_id" varchar(10) null, "inside_kingdom" boolean not null default true, "travel_ban" boolean not null default false, "services_suspended" boolean not null default false, "photo_taken_on" date null, "medical_check_valid_until" date null, constraint "persons_pkey" primary key ("national_id"));`);
    this.addSql(`create index "persons_head_of_family_id_index" on "persons" ("head_of_family_id");`);

    this.addSql(`create table "accounts" ("id" uuid not null, "national_id" varchar(10) not null, "username" varchar(20) not null, "username_key" varchar(20) not null, "email" varchar(255) not null, "email_verified" boolean not null default false, "mobile" varchar(16) not null, "password_hash" varchar(255) not null, "preferred_language" text check ("preferred_language" in ('AR', 'EN')) not null default 'AR', "terms_version" varchar(255) not null, "terms_accepted_at" timestamptz not null, "created_at" timestamptz not null, "password_changed_at" timestamptz null, "failed_logins" int not null default 0, "failed_login_window_start" timestamptz null, "locked_until" timestamptz null, "lockouts" int not null default 0, constraint "accounts_pkey" primary key ("id"));`);
    this.addSql(`alter table "accounts" add constraint "accounts_national_id_unique" unique ("national_id");`);
    this.addSql(`alter table "accounts" add constraint "accounts_username_key_unique" unique ("username_key");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "account_id" uuid not null, "created_at" timestamptz not null, "last_used_at" timestamptz not null, "absolute_expires_at" timestamptz not null, "ended_at" timestamptz null, "end_reason" text check ("end_reason" in ('LOGOUT', 'REVOKED', 'REFRESH_REUSE', 'PASSWORD_CHANGED')) null, "user_agent" varchar(255) null, "client_address" varchar(255) null, constraint "sessions_pkey" primary key ("id"));`);

    this.addSql(`create table "refresh_tokens" ("token_hash" varchar(43) not null, "session_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "refresh_tokens_pkey" primary key ("token_hash"));`);

    this.addSql(`alter table "accounts" add constraint "accounts_national_id_foreign" foreign key ("national_id") references "persons" ("national_id") on update cascade on delete restrict;`);

    this.addSql(`alter table "sessions" add constraint "sessions_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "refresh_tokens" add constraint "refresh_tokens_session_id_foreign" foreign key ("session_id") references "sessions" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "accounts" drop constraint "accounts_national_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_account_id_foreign";`);

    this.addSql(`alter table "refresh_tokens" drop constraint "refresh_tokens_session_id_foreign";`);

    this.addSql(`drop table if exists "audit_events" cascade;`);

    this.addSql(`drop table if exists "captchas" cascade;`);

    this.addSql(`drop table if exists "code_challenges" cascade;`);

    this.addSql(`drop table if exists "outbox_messages" cascade;`);

    this.addSql(`drop table if exists "persons" cascade;`);

    this.addSql(`drop table if exists "accounts" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "refresh_tokens" cascade;`);
  }

}
