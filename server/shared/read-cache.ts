import type { ChangeSet, EntityManager, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import type { Bus } from './bus';
import type { Clock } from './clock';
import { transactionOf, type Transaction } from './unit-of-work';

export interface ReadCacheOptions<V> {
  /**
   * How many views the cache holds at most, all scopes together (least recently used scopes first
   * out): what bounds its memory, ~1 KB a view.
   */
  maxViews: number;
  /** How many views a value holds (a page: its rows); 1 when not given. */
  views?: (value: V) => number;
  /**
   * How long an entry is trusted at most, on the app's clock. Writes the ORM's unit of work does not
   * see (another process such as `registry:import`) are covered by it; without it an entry lives
   * until a write forgets it or the LRU drops it.
   */
  ttlMs?: number;
  /** The scopes a committed change of an entity makes stale (none for entities this cache does not hold). */
  scopesOf(change: ChangeSet<object>): readonly string[];
}

/**
 * What a read model read once, served again until a committed write changes it: the plain views
 * of a list page, a bill, a person. Per instance, bounded, grouped by scope (an account's requests,
 * a request's bill) so that a write forgets only what it touched.
 *
 * Kept fresh by the writes themselves, like the current-account cache: as an ORM event subscriber
 * it collects the scopes every flush changed and, the moment the transaction commits (a rollback
 * tells nothing), publishes them on the bus, which forgets them here at once and on every other
 * instance through Redis. A native update tells it with `changed`. Only what is committed is
 * shared: inside a transaction (which may see its own writes) the loader runs and nothing is kept,
 * and a load that a change overtook while it ran is not kept either.
 *
 * Inside the app, reading a page's three statements cost more CPU than everything else S4 does
 * (the statements take 3–5 times longer between requests than in a loop, cold caches): a warm list
 * runs no SQL.
 */
export class ReadCache<V> implements EventSubscriber {
  private readonly entries: LRUCache<string, Map<string, { value: V; until: number; views: number }>>;
  /** Bumped by every invalidation. */
  private epoch = 0;
  private readonly channel: string;

  constructor(
    name: string,
    private readonly deps: { clock: Clock; bus: Bus },
    private readonly options: ReadCacheOptions<V>,
  ) {
    this.entries = new LRUCache({
      maxSize: options.maxViews,
      sizeCalculation: (held) =>
        Math.max(
          1,
          [...held.values()].reduce((sum, entry) => sum + entry.views, 0),
        ),
    });
    this.channel = `read-cache-changed:${name}`;
    deps.bus.subscribe(this.channel, (message) => this.forget(JSON.parse(message) as string[]));
  }

  /** The value of `key` in `scope`, from the cache or from `load` (kept when committed data). */
  async through(em: EntityManager, scope: string, key: string, load: () => Promise<V>): Promise<V> {
    if (em.getTransactionContext()) return load();
    const now = this.deps.clock.now().getTime();
    const hit = this.entries.get(scope)?.get(key);
    if (hit && hit.until > now) return hit.value;
    const epoch = this.epoch;
    const value = await load();
    if (epoch === this.epoch) this.store(scope, key, value, now);
    return value;
  }

  /**
   * Many scopes of one key each (a page of bills by request): the cached ones as they are, the rest
   * through one `load` of the missing scopes, which answers every scope it was given (null for none).
   */
  async many(em: EntityManager, scopes: readonly string[], load: (missing: readonly string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
    if (em.getTransactionContext()) return load(scopes);
    const now = this.deps.clock.now().getTime();
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const scope of scopes) {
      const hit = this.entries.get(scope)?.get('');
      if (hit && hit.until > now) found.set(scope, hit.value);
      else missing.push(scope);
    }
    if (!missing.length) return found;
    const epoch = this.epoch;
    const loaded = await load(missing);
    for (const scope of missing) {
      const value = loaded.get(scope);
      if (value === undefined) continue;
      found.set(scope, value);
      if (epoch === this.epoch) this.store(scope, '', value, now);
    }
    return found;
  }

  /** Tells every instance that these scopes changed (a native update the ORM did not see), once `tx` commits. */
  changed(tx: Transaction, scopes: readonly string[]): void {
    if (scopes.length) tx.onCommit(() => this.deps.bus.publish(this.channel, JSON.stringify(scopes)));
  }

  /** Drops what this instance holds of these scopes. */
  forget(scopes: readonly string[]): void {
    this.epoch++;
    for (const scope of scopes) this.entries.delete(scope);
  }

  /** How many scopes are held (for tests). */
  get size(): number {
    return this.entries.size;
  }

  afterFlush({ em, uow }: FlushEventArgs): void {
    const scopes = new Set<string>();
    for (const change of uow.getChangeSets()) for (const scope of this.options.scopesOf(change)) scopes.add(scope);
    if (!scopes.size) return;
    const publish = () => this.deps.bus.publish(this.channel, JSON.stringify([...scopes]));
    // Inside `work.transaction`: the moment it commits, before the action answers, so that the next
    // read (the same person's list, right after) sees the change. A flush of its own (outside one)
    // has committed already.
    const tx = transactionOf(em);
    if (tx) tx.onCommit(publish);
    else publish();
  }

  private store(scope: string, key: string, value: V, now: number): void {
    const held = this.entries.get(scope) ?? new Map<string, { value: V; until: number; views: number }>();
    // A scope's keys (an account's pages, filters, cursors) are few in use; bounded all the same.
    if (held.size >= 50) held.clear();
    held.set(key, { value, until: this.options.ttlMs === undefined ? Infinity : now + this.options.ttlMs, views: this.options.views?.(value) ?? 1 });
    // Set again, so that the LRU weighs the scope with what it now holds.
    this.entries.set(scope, held);
  }
}
