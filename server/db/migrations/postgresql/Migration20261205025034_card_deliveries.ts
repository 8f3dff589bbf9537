import { Migration } from '@mikro-orm/migrations';

export class Migration20261205025034_card_deliveries extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "card_deliveries" ("id" uuid not null, "tracking_number" varchar(12) not null, "account_id" uuid not null, "holder_id" varchar(10) not null, "card_type" text check ("card_type" in (\'NATIONAL_ID\', \'IQAMA\', \'PASSPORT\', \'DRIVING_LICENCE\', \'EXIT_REENTRY_VISA\', \'FINAL_EXIT_VISA\', \'VEHICLE_REGISTRATION\')) not null, "card_number" varchar(20) null, "document_id" uuid null, "plate" varchar(12) null, "open_key" varchar(60) null, "status" text check ("status" in (\'AWAITING_PAYMENT\', \'ORDERED\', \'PRINTED\', \'OUT_FOR_DELIVERY\', \'DELIVERED\', \'CANCELLED\')) not null, "bill_number" varchar(20) null, "pay_by" timestamptz not null, "city" varchar(100) not null, "district" varchar(100) not null, "postal_code" varchar(10) not null, "created_at" timestamptz not null, "ordered_at" timestamptz null, "printed_at" timestamptz null, "out_for_delivery_at" timestamptz null, "delivered_at" timestamptz null, constraint "card_deliveries_pkey" primary key ("id"));',
    );
    this.addSql('alter table "card_deliveries" add constraint "card_deliveries_tracking_number_unique" unique ("tracking_number");');
    this.addSql('create index "card_deliveries_account_id_index" on "card_deliveries" ("account_id");');
    this.addSql('alter table "card_deliveries" add constraint "card_deliveries_open_key_unique" unique ("open_key");');
  }
}
