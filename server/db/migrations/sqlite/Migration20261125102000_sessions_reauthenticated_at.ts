import { Migration } from '@mikro-orm/migrations';

/**
 * Migration20261125101546_account_care asks for `sessions.reauthenticated_at` in the same SQL
 * string as a preceding pragma; SQLite runs only the first statement of a string, so the column
 * never appeared and every query loading a session failed. This adds it where it is missing, and
 * does nothing on a database that has it.
 */
export class Migration20261125102000_sessions_reauthenticated_at extends Migration {
  override async up(): Promise<void> {
    const columns = await this.execute(`select name from pragma_table_info('sessions')`);
    if (!columns.some((c) => c.name === 'reauthenticated_at')) this.addSql('alter table `sessions` add column `reauthenticated_at` datetime null;');
  }
}
