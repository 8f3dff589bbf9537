import { Migration } from '@mikro-orm/migrations';

/**
 * The first version of Migration20261125101546_account_care asked for
 * `sessions.reauthenticated_at` in the same SQL string as a preceding pragma; SQLite ran only the
 * first statement, so databases migrated with that version lack the column and every query
 * loading a session fails. That migration now adds it properly; this one repairs the databases
 * migrated before, and does nothing where the column exists.
 */
export class Migration20261125102000_sessions_reauthenticated_at extends Migration {
  override async up(): Promise<void> {
    const columns = await this.execute(`select name from pragma_table_info('sessions')`);
    if (!columns.some((c) => c.name === 'reauthenticated_at')) this.addSql('alter table `sessions` add column `reauthenticated_at` datetime null;');
  }
}
