import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../shared/module';
import { demoPeople } from '../registry';
import { Account } from './account.entity';

/**
 * `GET /dev/demo-people` (development with the SMS outbox only, like the explorer's demo sign-in
 * that reads it): the demo registry's people, and for each the account that exists, if any, so the
 * explorer knows whether to register or to log in. Registration itself answers alike whether or
 * not an account exists (no enumeration); this list is the development stand-in for knowing.
 */
export function registerDemoPeopleRoute(http: FastifyInstance, { work }: Deps<'work'>): void {
  http.get('/dev/demo-people', async (_request, reply) => {
    const people = demoPeople();
    const accounts = await work.begin().em.find(Account, { person: { $in: people.map((p) => p.nationalId) } });
    const byPerson = new Map(accounts.map((a) => [a.person.nationalId, a]));
    reply.header('cache-control', 'no-store');
    return people.map((person) => {
      const account = byPerson.get(person.nationalId);
      return { ...person, account: account ? { username: account.username, mobile: account.mobile } : null };
    });
  });
}
