import type { Context } from './context';

/** Each request's values, kept on its own context (a WeakMap keyed by every request's context cost more). */
const SCOPE = Symbol('request scope');
type Scoped = Context & { [SCOPE]?: Map<unknown, unknown> };

/**
 * One value per GraphQL request (a DataLoader, typically), made on first use: a list of 50
 * requests costs one query for their people, not 50. Keyed by the factory, so each module keeps
 * its own without any shared list.
 */
export function requestScoped<T>(ctx: Context, make: (ctx: Context) => T): T {
  const scope = ((ctx as Scoped)[SCOPE] ??= new Map());
  if (!scope.has(make)) scope.set(make, make(ctx));
  return scope.get(make) as T;
}
