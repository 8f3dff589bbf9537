import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101222_registry_holdings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "documents" ("id" uuid not null, "national_id" varchar(10) not null, "type" text check ("type" in ('NATIONAL_ID', 'IQAMA', 'PASSPORT', 'DRIVING_LICENCE', 'EXIT_REENTRY_VISA', 'FINAL_EXIT_VISA')) not null, "number" varchar(20) not null, "issued_on" date not null, "expires_on" date not null, "details" jsonb null, constraint "documents_pkey" primary key ("id"));`);
    this.addSql(`create index "documents_national_id_index" on "documents" ("national_id");`);
    this.addSql(`alter table "documents" add constraint "documents_type_number_unique" unique ("type", "number");`);

    this.addSql(`create table "vehicles" ("plate" varchar(12) not null, "owner_id" varchar(10) not null, "make" varchar(40) not null, "model" varchar(40) not null, "year" int not null, "registration_expires_on" date not null, "insurance_expires_on" date null, "inspection_expires_on" date null, "authorized_driver_id" varchar(10) null, "authorized_until" date null, constraint "vehicles_pkey" primary key ("plate"));`);
    this.addSql(`create index "vehicles_owner_id_index" on "vehicles" ("owner_id");`);

    this.addSql(`create table "violations" ("number" varchar(20) not null, "national_id" varchar(10) not null, "plate" varchar(12) null, "issued_on" date not null, "amount_halalas" int not null, "paid" boolean not null default false, "dispute_status" text check ("dispute_status" in ('NONE', 'OPEN', 'UPHELD', 'DISMISSED')) not null default 'NONE', "dispute_reason" varchar(500) null, "disputed_at" timestamptz null, "pending_request_id" uuid null, constraint "violations_pkey" primary key ("number"));`);
    this.addSql(`create index "violations_national_id_index" on "violations" ("national_id");`);
    this.addSql(`create index "violations_plate_index" on "violations" ("plate");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "documents" cascade;`);

    this.addSql(`drop table if exists "vehicles" cascade;`);

    this.addSql(`drop table if exists "violations" cascade;`);
  }

}
