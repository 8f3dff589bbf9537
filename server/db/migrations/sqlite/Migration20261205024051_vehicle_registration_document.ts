import { Migration } from '@mikro-orm/migrations';

export class Migration20261205024051_vehicle_registration_document extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `vehicles` add column `registration_number` text null;');
    this.addSql('alter table `vehicles` add column `registration_issued_on` date null;');
  }
}
