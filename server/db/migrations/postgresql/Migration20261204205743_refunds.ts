import { Migration } from '@mikro-orm/migrations';

export class Migration20261204205743_refunds extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "refunds" ("id" uuid not null, "bill_number" varchar(20) not null, "account_id" uuid not null, "amount_halalas" int not null, "status" text check ("status" in (\'PENDING\', \'COMPLETED\')) not null default \'PENDING\', "created_at" timestamptz not null, "completed_at" timestamptz null, "gateway_reference" varchar(64) null, constraint "refunds_pkey" primary key ("id"));',
    );
    this.addSql('alter table "refunds" add constraint "refunds_bill_number_unique" unique ("bill_number");');
    this.addSql('create index "refunds_account_id_index" on "refunds" ("account_id");');
    this.addSql('alter table "bills" drop constraint if exists "bills_status_check";');
    this.addSql('alter table "notifications" drop constraint if exists "notifications_kind_check";');
    this.addSql("alter table \"bills\" add constraint \"bills_status_check\" check(\"status\" in ('UNPAID', 'PAID', 'EXPIRED', 'REFUNDED'));");
    this.addSql(
      "alter table \"notifications\" add constraint \"notifications_kind_check\" check(\"kind\" in ('REQUEST_SUBMITTED', 'REQUEST_COMPLETED', 'REQUEST_REJECTED', 'REQUEST_CANCELLED', 'BILL_ISSUED', 'BILL_PAID', 'BILL_REFUNDED', 'APPOINTMENT_BOOKED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'DOCUMENT_EXPIRING', 'VIOLATION'));",
    );
  }
}
