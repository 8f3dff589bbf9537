import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101648_requests_and_bills extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "bills" ("number" varchar(20) not null, "request_id" uuid not null, "account_id" uuid not null, "amount_halalas" int not null, "items" jsonb not null, "status" text check ("status" in ('UNPAID', 'PAID', 'EXPIRED')) not null, "issued_at" timestamptz not null, "due_at" timestamptz not null, "paid_at" timestamptz null, "payment_channel" varchar(10) null, "payment_reference" varchar(64) null, constraint "bills_pkey" primary key ("number"));`);
    this.addSql(`alter table "bills" add constraint "bills_request_id_unique" unique ("request_id");`);
    this.addSql(`create index "bills_account_id_index" on "bills" ("account_id");`);
    this.addSql(`alter table "bills" add constraint "bills_payment_reference_unique" unique ("payment_reference");`);

    this.addSql(`create table "service_requests" ("id" uuid not null, "reference" varchar(20) not null, "service_code" varchar(40) not null, "applicant_account_id" uuid not null, "applicant_id" varchar(10) not null, "beneficiary_id" varchar(10) not null, "status" text check ("status" in ('SUBMITTED', 'PENDING_PAYMENT', 'COMPLETED', 'REJECTED', 'CANCELLED')) not null, "input" jsonb not null, "history" jsonb not null, "result" jsonb null, "bill_number" varchar(20) null, "active_key" varchar(200) null, "submitted_at" timestamptz not null, constraint "service_requests_pkey" primary key ("id"));`);
    this.addSql(`alter table "service_requests" add constraint "service_requests_reference_unique" unique ("reference");`);
    this.addSql(`create index "service_requests_beneficiary_id_index" on "service_requests" ("beneficiary_id");`);
    this.addSql(`alter table "service_requests" add constraint "service_requests_active_key_unique" unique ("active_key");`);
    this.addSql(`create index "service_requests_applicant_account_id_submitted_at_index" on "service_requests" ("applicant_account_id", "submitted_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bills" cascade;`);

    this.addSql(`drop table if exists "service_requests" cascade;`);
  }

}
