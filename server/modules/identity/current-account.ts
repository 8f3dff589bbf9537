import type { EntityManager, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import type { Bus } from '../../shared/bus';
import type { Clock } from '../../shared/clock';
import type { Language } from '../../shared/i18n';
import { readBool, readDate, Sql, view } from '../../shared/read-model';
import { transactionOf } from '../../shared/unit-of-work';
import { Person, personView } from '../registry';
import { Account } from './account.entity';

/**
 * The signed-in account as every signed-in request reads it: plain views (never the password hash
 * nor anything but what the API shows of an account), not managed entities. Services that change an
 * account load the entity themselves.
 */
export interface CurrentAccount {
  /** An `Account` view: its GraphQL fields and id; no `person` reference (use `person`). */
  readonly account: Account;
  readonly person: Person;
}

/** The bus channel on which instances tell each other which accounts and people changed. */
const CHANGED = 'current-account-changed';

interface Changed {
  accounts: string[];
  people: string[];
}

/**
 * The current account of every signed-in request, from a per-instance cache of plain rows: a warm
 * request runs no SQL for it (one joined statement when cold). Reading the account and its person
 * through the ORM cost more CPU than the rest of a small query together.
 *
 * Kept fresh by the writes themselves: as an ORM event subscriber it collects the accounts and people
 * every flush changed, and once the transaction has committed (the unit of work's after-commit
 * effects; a rollback tells nothing) publishes them on the bus, which forgets them here at once and on
 * every other instance through Redis. Writes the ORM's unit of work does not see — `registry:import`
 * (another process, upserting rows), a native update — are covered by trusting an entry 15 s at most
 * on the app's clock, as the session-liveness cache does (`Sessions.isActive`). Bounded to 20,000
 * accounts, least recently used first out.
 */
export class CurrentAccounts implements EventSubscriber {
  static readonly TTL_MS = 15_000;
  static readonly MAX = 20_000;

  private readonly cache = new LRUCache<string, { entry: CurrentAccount; until: number }>({ max: CurrentAccounts.MAX });
  /** Bumped by every invalidation: a load that a change overtook does not store what it read. */
  private epoch = 0;

  constructor(private readonly deps: { clock: Clock; bus: Bus }) {
    deps.bus.subscribe(CHANGED, (message) => this.forget(JSON.parse(message) as Changed));
  }

  /** The account `accountId` and its person; null when there is no such account. */
  async get(em: EntityManager, accountId: string): Promise<CurrentAccount | null> {
    const now = this.deps.clock.now().getTime();
    const hit = this.cache.get(accountId);
    if (hit && hit.until > now) return hit.entry;
    const epoch = this.epoch;
    const entry = await load(em, accountId);
    if (!entry) this.cache.delete(accountId);
    // Only what is committed is shared: a read inside a write transaction may see its own writes.
    else if (epoch === this.epoch && !em.getTransactionContext()) this.cache.set(accountId, { entry, until: now + CurrentAccounts.TTL_MS });
    return entry;
  }

  /** Drops what this instance holds of these accounts and people. */
  forget(changed: Changed): void {
    this.epoch++;
    for (const id of changed.accounts) this.cache.delete(id);
    if (!changed.people.length) return;
    // A person changes only through the registry (rarely): look through the entries rather than
    // keep a second index on every sign-in.
    const people = new Set(changed.people);
    for (const [id, { entry }] of this.cache.entries()) if (people.has(entry.person.nationalId)) this.cache.delete(id);
  }

  /** How many accounts are held (for tests). */
  get size(): number {
    return this.cache.size;
  }

  afterFlush({ em, uow }: FlushEventArgs): void {
    const changed: Changed = { accounts: [], people: [] };
    for (const change of uow.getChangeSets()) {
      // A new account or person is in no cache yet.
      if (change.type === 'create') continue;
      if (change.entity instanceof Account) changed.accounts.push(change.entity.id);
      else if (change.entity instanceof Person) changed.people.push(change.entity.nationalId);
    }
    if (!changed.accounts.length && !changed.people.length) return;
    const publish = () => this.deps.bus.publish(CHANGED, JSON.stringify(changed));
    // Inside `work.transaction`: once it commits. A flush of its own (outside one) has committed already.
    const tx = transactionOf(em);
    if (tx) tx.afterCommit(publish);
    else publish();
  }
}

/** The account and its person in one statement, as views. */
async function load(em: EntityManager, accountId: string): Promise<CurrentAccount | null> {
  const sql = new Sql(em);
  const { q } = sql;
  const [row] = await sql.rows(
    `select a.${q('id')} as ${q('account_id')}, a.${q('username')} as ${q('account_username')}, a.${q('email')} as ${q('account_email')}, ` +
      `a.${q('email_verified')} as ${q('account_email_verified')}, a.${q('mobile')} as ${q('account_mobile')}, ` +
      `a.${q('preferred_language')} as ${q('account_preferred_language')}, a.${q('created_at')} as ${q('account_created_at')}, p.* ` +
      `from ${sql.table(Account)} a join ${sql.table(Person)} p on p.${q('national_id')} = a.${q('national_id')} where a.${q('id')} = ?`,
    [accountId],
  );
  if (!row) return null;
  const account = view(Account, {
    id: String(row.account_id),
    username: String(row.account_username),
    email: String(row.account_email),
    emailVerified: readBool(row.account_email_verified),
    mobile: String(row.account_mobile),
    preferredLanguage: row.account_preferred_language as Language,
    createdAt: readDate(row.account_created_at),
  });
  // Shared by every request of this account: nobody may change them.
  return Object.freeze({ account: Object.freeze(account), person: Object.freeze(personView(row)) });
}
