import { Migration } from '@mikro-orm/migrations';

export class Migration20261204210113_notification_preferences extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "notification_preferences" ("account_id" uuid not null, "topic" text check ("topic" in (\'REQUESTS\', \'PAYMENTS\', \'APPOINTMENTS\', \'DOCUMENT_EXPIRY\', \'VIOLATIONS\')) not null, "sms" boolean not null, "email" boolean not null, "updated_at" timestamptz not null, constraint "notification_preferences_pkey" primary key ("account_id", "topic"));',
    );
    this.addSql(
      'alter table "notification_preferences" add constraint "notification_preferences_account_id_foreign" foreign key ("account_id") references "accounts" ("id") on update cascade on delete cascade;',
    );
  }
}
