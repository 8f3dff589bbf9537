import DataLoader from 'dataloader';
import type { Context } from '../../context';
import { Bill } from '../payments/bill.entity';
import { Person } from '../registry/person.entity';
import { ServiceRequest } from './service-request.entity';

export interface Loaders {
  persons: DataLoader<string, Person | null>;
  bills: DataLoader<string, Bill | null>;
  requests: DataLoader<string, ServiceRequest | null>;
}

const perRequest = new WeakMap<Context, Loaders>();

/**
 * Batched look-ups for list fields, one set per GraphQL request (keyed by its context, so no
 * shared file changes): a page of 50 requests costs one query for its bills and one for the people,
 * a list of bills one query for their requests.
 */
export function loaders(ctx: Context): Loaders {
  let l = perRequest.get(ctx);
  if (!l) {
    l = {
      persons: new DataLoader(async (ids) => {
        const found = await ctx.em.find(Person, { nationalId: { $in: [...ids] } });
        return ids.map((id) => found.find((p) => p.nationalId === id) ?? null);
      }),
      bills: new DataLoader(async (numbers) => {
        const found = await ctx.em.find(Bill, { number: { $in: [...numbers] } });
        return numbers.map((n) => found.find((b) => b.number === n) ?? null);
      }),
      requests: new DataLoader(async (ids) => {
        const found = await ctx.em.find(ServiceRequest, { id: { $in: [...ids] } });
        return ids.map((id) => found.find((r) => r.id === id) ?? null);
      }),
    };
    perRequest.set(ctx, l);
  }
  return l;
}
