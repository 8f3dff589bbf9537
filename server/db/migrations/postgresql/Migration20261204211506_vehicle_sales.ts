import { Migration } from '@mikro-orm/migrations';

export class Migration20261204211506_vehicle_sales extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "vehicle_sale_payouts" ("id" uuid not null, "sale_id" uuid not null, "seller_id" varchar(10) not null, "amount_halalas" int not null, "status" text check ("status" in (\'PENDING\')) not null default \'PENDING\', "created_at" timestamptz not null, constraint "vehicle_sale_payouts_pkey" primary key ("id"));',
    );
    this.addSql('alter table "vehicle_sale_payouts" add constraint "vehicle_sale_payouts_sale_id_unique" unique ("sale_id");');
    this.addSql('create index "vehicle_sale_payouts_seller_id_index" on "vehicle_sale_payouts" ("seller_id");');
    this.addSql(
      'create table "vehicle_sales" ("id" uuid not null, "reference" varchar(20) not null, "plate" varchar(12) not null, "make" varchar(40) not null, "model" varchar(40) not null, "year" int not null, "seller_id" varchar(10) not null, "buyer_id" varchar(10) not null, "price_halalas" int not null, "status" text check ("status" in (\'OFFERED\', \'AWAITING_PAYMENT\', \'COMPLETED\', \'CANCELLED\', \'REJECTED\')) not null, "open_key" varchar(12) null, "offered_at" timestamptz not null, "accepted_at" timestamptz null, "pay_by" timestamptz null, "bill_number" varchar(20) null, "closed_at" timestamptz null, "reason_code" varchar(40) null, constraint "vehicle_sales_pkey" primary key ("id"));',
    );
    this.addSql('alter table "vehicle_sales" add constraint "vehicle_sales_reference_unique" unique ("reference");');
    this.addSql('create index "vehicle_sales_plate_index" on "vehicle_sales" ("plate");');
    this.addSql('create index "vehicle_sales_seller_id_index" on "vehicle_sales" ("seller_id");');
    this.addSql('create index "vehicle_sales_buyer_id_index" on "vehicle_sales" ("buyer_id");');
    this.addSql('alter table "vehicle_sales" add constraint "vehicle_sales_open_key_unique" unique ("open_key");');
    this.addSql('alter table "notifications" drop constraint if exists "notifications_kind_check";');
    this.addSql('alter table "bills" add column "reference" varchar(20) null, add column "link" varchar(100) null;');
    this.addSql(
      "alter table \"notifications\" add constraint \"notifications_kind_check\" check(\"kind\" in ('REQUEST_SUBMITTED', 'REQUEST_COMPLETED', 'REQUEST_REJECTED', 'REQUEST_CANCELLED', 'BILL_ISSUED', 'BILL_PAID', 'BILL_REFUNDED', 'APPOINTMENT_BOOKED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'DOCUMENT_EXPIRING', 'VIOLATION', 'VEHICLE_SALE'));",
    );
  }
}
