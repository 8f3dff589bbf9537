import { Migration } from '@mikro-orm/migrations';

export class Migration20261205024052_vehicle_registration_document extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "vehicles" add column "registration_number" varchar(20) null, add column "registration_issued_on" date null;');
  }
}
