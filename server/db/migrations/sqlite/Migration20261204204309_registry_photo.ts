import { Migration } from '@mikro-orm/migrations';

export class Migration20261204204309_registry_photo extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `persons` add column `photo` text null;');
  }
}
