import { Migration } from '@mikro-orm/migrations';

export class Migration20261204204640_dispute_decisions extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "violations" add column "dispute_decided_at" timestamptz null;');
  }
}
