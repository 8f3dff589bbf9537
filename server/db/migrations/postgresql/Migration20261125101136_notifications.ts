import { Migration } from '@mikro-orm/migrations';

export class Migration20261125101136_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notifications" ("id" serial primary key, "account_id" uuid not null, "kind" text check ("kind" in ('REQUEST_SUBMITTED', 'REQUEST_COMPLETED', 'REQUEST_REJECTED', 'REQUEST_CANCELLED', 'BILL_ISSUED', 'BILL_PAID', 'APPOINTMENT_BOOKED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'DOCUMENT_EXPIRING', 'VIOLATION')) not null, "title_ar" varchar(255) not null, "title_en" varchar(255) not null, "body_ar" text not null, "body_en" text not null, "link" varchar(255) null, "reference" varchar(255) null, "created_at" timestamptz not null, "read_at" timestamptz null);`);
    this.addSql(`create index "notifications_account_id_id_index" on "notifications" ("account_id", "id");`);

    this.addSql(`alter table "notifications" add constraint "notifications_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notifications" cascade;`);
  }

}
