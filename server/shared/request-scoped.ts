import type { Context } from './context';

const scopes = new WeakMap<Context, Map<unknown, unknown>>();

/**
 * One value per GraphQL request (a DataLoader, typically), made on first use: a list of 50
 * requests costs one query for their people, not 50. Keyed by the factory, so each module keeps
 * its own without any shared list.
 */
export function requestScoped<T>(ctx: Context, make: (ctx: Context) => T): T {
  let scope = scopes.get(ctx);
  if (!scope) scopes.set(ctx, (scope = new Map()));
  if (!scope.has(make)) scope.set(make, make(ctx));
  return scope.get(make) as T;
}
