import type { SqlEntityManager } from '@mikro-orm/knex';
import type { App } from '../../server/app';
import { readerOf } from '../../server/shared/read-connections';

/**
 * Runs `action` and counts the SQL statements the app sent to its database meanwhile: through the
 * ORM's connections and through the read models' read-only connection (SQLite files).
 */
export async function countStatements<T>(app: App, action: () => Promise<T>): Promise<{ statements: number; result: T }> {
  const em = app.services.orm.em as SqlEntityManager;
  const knex = em.getKnex();
  let statements = 0;
  const count = () => statements++;
  knex.client.on('query', count);
  const stopReading = readerOf(em)?.observe(count);
  try {
    const result = await action();
    return { statements, result };
  } finally {
    knex.client.removeListener('query', count);
    stopReading?.();
  }
}
