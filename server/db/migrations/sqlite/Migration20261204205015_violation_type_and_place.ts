import { Migration } from '@mikro-orm/migrations';

export class Migration20261204205015_violation_type_and_place extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table `violations` add column `type` text check (`type` in ('SPEEDING', 'RED_LIGHT', 'MOBILE_PHONE', 'NO_SEATBELT', 'PARKING', 'EXPIRED_REGISTRATION', 'OTHER')) null;");
    this.addSql('alter table `violations` add column `place_ar` text null;');
    this.addSql('alter table `violations` add column `place_en` text null;');
  }
}
