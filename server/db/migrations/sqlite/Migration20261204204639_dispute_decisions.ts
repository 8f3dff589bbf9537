import { Migration } from '@mikro-orm/migrations';

export class Migration20261204204639_dispute_decisions extends Migration {
  override async up(): Promise<void> {
    // The generator also proposed rebuilding service_requests unchanged (a no-op diff it did not
    // recognise); only the new column is this migration's.
    this.addSql('alter table `violations` add column `dispute_decided_at` datetime null;');
  }
}
