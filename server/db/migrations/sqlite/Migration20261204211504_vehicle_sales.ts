import { Migration } from '@mikro-orm/migrations';

export class Migration20261204211504_vehicle_sales extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `vehicle_sale_payouts` (`id` text not null, `sale_id` text not null, `seller_id` text not null, `amount_halalas` integer not null, `status` text check (`status` in ('PENDING')) not null default 'PENDING', `created_at` datetime not null, primary key (`id`));",
    );
    this.addSql('create unique index `vehicle_sale_payouts_sale_id_unique` on `vehicle_sale_payouts` (`sale_id`);');
    this.addSql('create index `vehicle_sale_payouts_seller_id_index` on `vehicle_sale_payouts` (`seller_id`);');
    this.addSql(
      "create table `vehicle_sales` (`id` text not null, `reference` text not null, `plate` text not null, `make` text not null, `model` text not null, `year` integer not null, `seller_id` text not null, `buyer_id` text not null, `price_halalas` integer not null, `status` text check (`status` in ('OFFERED', 'AWAITING_PAYMENT', 'COMPLETED', 'CANCELLED', 'REJECTED')) not null, `open_key` text null, `offered_at` datetime not null, `accepted_at` datetime null, `pay_by` datetime null, `bill_number` text null, `closed_at` datetime null, `reason_code` text null, primary key (`id`));",
    );
    this.addSql('create unique index `vehicle_sales_reference_unique` on `vehicle_sales` (`reference`);');
    this.addSql('create index `vehicle_sales_plate_index` on `vehicle_sales` (`plate`);');
    this.addSql('create index `vehicle_sales_seller_id_index` on `vehicle_sales` (`seller_id`);');
    this.addSql('create index `vehicle_sales_buyer_id_index` on `vehicle_sales` (`buyer_id`);');
    this.addSql('create unique index `vehicle_sales_open_key_unique` on `vehicle_sales` (`open_key`);');
    this.addSql('alter table `bills` add column `reference` text null;');
    this.addSql('alter table `bills` add column `link` text null;');
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `notifications__temp_alter` (`id` integer not null primary key autoincrement, `account_id` text not null, `kind` text check (`kind` in ('REQUEST_SUBMITTED', 'REQUEST_COMPLETED', 'REQUEST_REJECTED', 'REQUEST_CANCELLED', 'BILL_ISSUED', 'BILL_PAID', 'BILL_REFUNDED', 'APPOINTMENT_BOOKED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'DOCUMENT_EXPIRING', 'VIOLATION', 'VEHICLE_SALE')) not null, `title_ar` text not null, `title_en` text not null, `body_ar` text not null, `body_en` text not null, `link` text null, `reference` text null, `created_at` datetime not null, `read_at` datetime null, constraint `notifications_account_id_foreign` foreign key(`account_id`) references `accounts`(`id`) on delete cascade on update cascade);",
    );
    this.addSql(
      'insert into `notifications__temp_alter` select `id`, `account_id`, `kind`, `title_ar`, `title_en`, `body_ar`, `body_en`, `link`, `reference`, `created_at`, `read_at` from `notifications`;',
    );
    this.addSql('drop table `notifications`;');
    this.addSql('alter table `notifications__temp_alter` rename to `notifications`;');
    this.addSql('create index `notifications_account_id_index` on `notifications` (`account_id`);');
    this.addSql('create index `notifications_account_id_id_index` on `notifications` (`account_id`, `id`);');
    this.addSql('pragma foreign_keys = on;');
  }
}
