import { Migration } from '@mikro-orm/migrations';

export class Migration20261125102459_document_reminders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "document_reminders" ("id" serial primary key, "document_id" uuid not null, "expires_on" date not null, "threshold_days" int not null, "sent_at" timestamptz not null);`);
    this.addSql(`alter table "document_reminders" add constraint "document_reminders_document_id_expires_on_threshold_days_unique" unique ("document_id", "expires_on", "threshold_days");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "document_reminders" cascade;`);
  }

}
