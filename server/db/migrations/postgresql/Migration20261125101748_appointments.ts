import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101748_appointments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "offices" ("id" varchar(40) not null, "category" text check ("category" in ('PASSPORTS', 'CIVIL_AFFAIRS', 'TRAFFIC')) not null, "city" varchar(60) not null, "city_ar" varchar(60) not null, "name_ar" varchar(255) not null, "name_en" varchar(255) not null, "address_ar" varchar(255) not null, "address_en" varchar(255) not null, "opens_at" varchar(5) not null, "closes_at" varchar(5) not null, "slot_minutes" int not null, "slot_capacity" int not null, "working_days" jsonb not null, constraint "offices_pkey" primary key ("id"));`);
    this.addSql(`create index "offices_city_category_index" on "offices" ("city", "category");`);

    this.addSql(`create table "appointment_slots" ("id" serial primary key, "office_id" varchar(40) not null, "starts_at" timestamptz not null, "capacity" int not null, "booked" int not null default 0);`);
    this.addSql(`alter table "appointment_slots" add constraint "appointment_slots_office_id_starts_at_unique" unique ("office_id", "starts_at");`);

    this.addSql(`create table "appointments" ("id" uuid not null, "account_id" uuid not null, "national_id" varchar(10) not null, "office_id" varchar(40) not null, "slot_id" int not null, "service_code" varchar(40) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text check ("status" in ('BOOKED', 'CANCELLED')) not null default 'BOOKED', "active_key" varchar(60) null, "booked_at" timestamptz not null, "rescheduled_at" timestamptz null, "cancelled_at" timestamptz null, constraint "appointments_pkey" primary key ("id"));`);
    this.addSql(`alter table "appointments" add constraint "appointments_active_key_unique" unique ("active_key");`);
    this.addSql(`create index "appointments_account_id_starts_at_index" on "appointments" ("account_id", "starts_at");`);

    this.addSql(`alter table "appointment_slots" add constraint "appointment_slots_office_id_foreign" foreign key ("office_id") references "offices" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "appointments" add constraint "appointments_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointments" add constraint "appointments_office_id_foreign" foreign key ("office_id") references "offices" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "appointments" add constraint "appointments_slot_id_foreign" foreign key ("slot_id") references "appointment_slots" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment_slots" drop constraint "appointment_slots_office_id_foreign";`);

    this.addSql(`alter table "appointments" drop constraint "appointments_office_id_foreign";`);

    this.addSql(`alter table "appointments" drop constraint "appointments_slot_id_foreign";`);

    this.addSql(`drop table if exists "offices" cascade;`);

    this.addSql(`drop table if exists "appointment_slots" cascade;`);

    this.addSql(`drop table if exists "appointments" cascade;`);
  }

}
