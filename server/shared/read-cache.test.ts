import type { EntityManager } from '@mikro-orm/core';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Bus } from './bus';
import type { Clock } from './clock';
import { ReadCache } from './read-cache';

/** What the cache asks of an EntityManager: whether it is inside a transaction. */
const outside = { getTransactionContext: () => undefined } as unknown as EntityManager;
const inside = { getTransactionContext: () => ({}) } as unknown as EntityManager;

/** A clock that moves only when told: the time-to-live test counts to the millisecond. */
class StillClock implements Clock {
  private ms = Date.UTC(2026, 11, 5, 9);
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

async function cacheOf(options: { ttlMs?: number; maxViews?: number } = {}) {
  const bus = await Bus.connect(undefined, pino({ enabled: false }));
  const clock = new StillClock();
  const cache = new ReadCache<string[]>('test', { bus, clock }, { maxViews: options.maxViews ?? 100, ttlMs: options.ttlMs, views: (rows) => rows.length, scopesOf: () => [] });
  let loads = 0;
  const load = (value: string[]) => async () => {
    loads++;
    return value;
  };
  return { bus, clock, cache, load, loads: () => loads };
}

describe('ReadCache', () => {
  it('serves what it read until the scope is forgotten, here or by a message on the bus', async () => {
    const { bus, cache, load, loads } = await cacheOf();
    expect(await cache.through(outside, 'account-1', 'page', load(['a']))).toEqual(['a']);
    expect(await cache.through(outside, 'account-1', 'page', load(['b']))).toEqual(['a']);
    expect(loads()).toBe(1);
    cache.forget(['account-1']);
    expect(await cache.through(outside, 'account-1', 'page', load(['b']))).toEqual(['b']);
    bus.publish('read-cache-changed:test', JSON.stringify(['account-1']));
    expect(await cache.through(outside, 'account-1', 'page', load(['c']))).toEqual(['c']);
    expect(loads()).toBe(3);
  });

  it('never keeps what a transaction read, nor a load that a change overtook', async () => {
    const { cache, load, loads } = await cacheOf();
    await cache.through(inside, 'account-1', 'page', load(['uncommitted']));
    expect(await cache.through(outside, 'account-1', 'page', load(['committed']))).toEqual(['committed']);
    cache.forget(['account-1']);
    // A change lands while the page is being read: what was read may be from before it.
    const slow = cache.through(outside, 'account-1', 'page', async () => {
      cache.forget(['account-1']);
      return ['before the change'];
    });
    expect(await slow).toEqual(['before the change']);
    expect(await cache.through(outside, 'account-1', 'page', load(['after the change']))).toEqual(['after the change']);
    expect(loads()).toBe(3);
  });

  it('trusts an entry for its time to live at most', async () => {
    const { clock, cache, load } = await cacheOf({ ttlMs: 15_000 });
    await cache.through(outside, 'person-1', '', load(['Sara']));
    clock.advance(14_999);
    expect(await cache.through(outside, 'person-1', '', load(['Sara Q']))).toEqual(['Sara']);
    clock.advance(2);
    expect(await cache.through(outside, 'person-1', '', load(['Sara Q']))).toEqual(['Sara Q']);
  });

  it('reads only the missing scopes of many, and holds at most its views, least recently used out first', async () => {
    const { cache } = await cacheOf({ maxViews: 4 });
    const asked: string[][] = [];
    const many = (scopes: string[]) =>
      cache.many(outside, scopes, async (missing) => {
        asked.push([...missing]);
        return new Map(missing.map((scope) => [scope, [scope]]));
      });
    await many(['b1', 'b2']);
    await many(['b1', 'b2', 'b3']);
    expect(asked).toEqual([['b1', 'b2'], ['b3']]);
    await many(['b4', 'b5', 'b6']);
    expect(cache.size).toBeLessThanOrEqual(4);
    await many(['b1']);
    expect(asked.at(-1)).toEqual(['b1']);
  });
});
