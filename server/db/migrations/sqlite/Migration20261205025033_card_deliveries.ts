import { Migration } from '@mikro-orm/migrations';

export class Migration20261205025033_card_deliveries extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `card_deliveries` (`id` text not null, `tracking_number` text not null, `account_id` text not null, `holder_id` text not null, `card_type` text check (`card_type` in ('NATIONAL_ID', 'IQAMA', 'PASSPORT', 'DRIVING_LICENCE', 'EXIT_REENTRY_VISA', 'FINAL_EXIT_VISA', 'VEHICLE_REGISTRATION')) not null, `card_number` text null, `document_id` text null, `plate` text null, `open_key` text null, `status` text check (`status` in ('AWAITING_PAYMENT', 'ORDERED', 'PRINTED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELLED')) not null, `bill_number` text null, `pay_by` datetime not null, `city` text not null, `district` text not null, `postal_code` text not null, `created_at` datetime not null, `ordered_at` datetime null, `printed_at` datetime null, `out_for_delivery_at` datetime null, `delivered_at` datetime null, primary key (`id`));",
    );
    this.addSql('create unique index `card_deliveries_tracking_number_unique` on `card_deliveries` (`tracking_number`);');
    this.addSql('create index `card_deliveries_account_id_index` on `card_deliveries` (`account_id`);');
    this.addSql('create unique index `card_deliveries_open_key_unique` on `card_deliveries` (`open_key`);');
  }
}
