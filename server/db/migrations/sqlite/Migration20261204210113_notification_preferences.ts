import { Migration } from '@mikro-orm/migrations';

export class Migration20261204210113_notification_preferences extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `notification_preferences` (`account_id` text not null, `topic` text check (`topic` in ('REQUESTS', 'PAYMENTS', 'APPOINTMENTS', 'DOCUMENT_EXPIRY', 'VIOLATIONS')) not null, `sms` integer not null, `email` integer not null, `updated_at` datetime not null, constraint `notification_preferences_account_id_foreign` foreign key(`account_id`) references `accounts`(`id`) on delete cascade on update cascade, primary key (`account_id`, `topic`));",
    );
    this.addSql('create index `notification_preferences_account_id_index` on `notification_preferences` (`account_id`);');
  }
}
