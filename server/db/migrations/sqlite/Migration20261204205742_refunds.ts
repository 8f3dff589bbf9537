import { Migration } from '@mikro-orm/migrations';

export class Migration20261204205742_refunds extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `refunds` (`id` text not null, `bill_number` text not null, `account_id` text not null, `amount_halalas` integer not null, `status` text check (`status` in ('PENDING', 'COMPLETED')) not null default 'PENDING', `created_at` datetime not null, `completed_at` datetime null, `gateway_reference` text null, primary key (`id`));",
    );
    this.addSql('create unique index `refunds_bill_number_unique` on `refunds` (`bill_number`);');
    this.addSql('create index `refunds_account_id_index` on `refunds` (`account_id`);');
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `bills__temp_alter` (`number` text not null, `request_id` text not null, `account_id` text not null, `amount_halalas` integer not null, `items` json not null, `status` text check (`status` in ('UNPAID', 'PAID', 'EXPIRED', 'REFUNDED')) not null, `issued_at` datetime not null, `due_at` datetime not null, `paid_at` datetime null, `payment_channel` text null, `payment_reference` text null, primary key (`number`));",
    );
    this.addSql(
      'insert into `bills__temp_alter` select `number`, `request_id`, `account_id`, `amount_halalas`, `items`, `status`, `issued_at`, `due_at`, `paid_at`, `payment_channel`, `payment_reference` from `bills`;',
    );
    this.addSql('drop table `bills`;');
    this.addSql('alter table `bills__temp_alter` rename to `bills`;');
    this.addSql('create unique index `bills_request_id_unique` on `bills` (`request_id`);');
    this.addSql('create index `bills_account_id_index` on `bills` (`account_id`);');
    this.addSql('create unique index `bills_payment_reference_unique` on `bills` (`payment_reference`);');
    this.addSql('pragma foreign_keys = on;');
    this.addSql('pragma foreign_keys = off;');
    this.addSql(
      "create table `notifications__temp_alter` (`id` integer not null primary key autoincrement, `account_id` text not null, `kind` text check (`kind` in ('REQUEST_SUBMITTED', 'REQUEST_COMPLETED', 'REQUEST_REJECTED', 'REQUEST_CANCELLED', 'BILL_ISSUED', 'BILL_PAID', 'BILL_REFUNDED', 'APPOINTMENT_BOOKED', 'APPOINTMENT_RESCHEDULED', 'APPOINTMENT_CANCELLED', 'DOCUMENT_EXPIRING', 'VIOLATION')) not null, `title_ar` text not null, `title_en` text not null, `body_ar` text not null, `body_en` text not null, `link` text null, `reference` text null, `created_at` datetime not null, `read_at` datetime null, constraint `notifications_account_id_foreign` foreign key(`account_id`) references `accounts`(`id`) on delete cascade on update cascade);",
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
