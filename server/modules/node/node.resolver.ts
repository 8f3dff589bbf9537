import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/access';
import type { Context } from '../../shared/context';
import { Cost, COST } from '../../shared/cost';
import { ErrorCode, requestError } from '../../shared/errors';
import type { Deps } from '../../shared/module';
import { Node } from '../../shared/node';

/** The most IDs one `nodes` call takes. */
export const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  constructor(private readonly deps: Deps<'ids' | 'nodeLoaders'>) {}

  @Access('anyone')
  @Query(() => Node, {
    nullable: true,
    description: "An object by its global ID; null when there is none, or when it is not the caller's to see (exactly as it would be absent from the caller's lists).",
  })
  async node(@Arg('id', () => ID, { description: 'A global ID (`Node.id`).' }) id: string, @Ctx() ctx: Context): Promise<object | null> {
    const [found] = await this.load(ctx, [id]);
    return found;
  }

  @Access('anyone')
  // One statement per type asked for, and one object per ID.
  @Cost(COST.statement, { sizedBy: 'ids' })
  @Query(() => [Node], { nullable: 'items', description: `Objects by their global IDs, in the order asked (at most ${MAX_NODES}); null where \`node\` would be null.` })
  nodes(@Arg('ids', () => [ID], { description: 'Global IDs (`Node.id`).' }) ids: string[], @Ctx() ctx: Context): Promise<(object | null)[]> {
    if (ids.length > MAX_NODES) throw requestError(ErrorCode.BAD_USER_INPUT, ctx.lang, {}, { reason: 'TOO_MANY_IDS', argument: 'ids', maximum: MAX_NODES });
    return this.load(ctx, ids);
  }

  /** Groups the IDs by type, asks each type's loader once, and answers in the order asked. */
  private async load(ctx: Context, ids: readonly string[]): Promise<(object | null)[]> {
    const decoded = ids.map((id) => this.deps.ids.decode(id));
    const byType = new Map<string, string[]>();
    for (const d of decoded) if (d && this.deps.nodeLoaders.has(d.type)) byType.set(d.type, [...new Set([...(byType.get(d.type) ?? []), d.key])]);
    const found = new Map<string, object | null>();
    for (const [type, keys] of byType) {
      const objects = await this.deps.nodeLoaders.get(type)!(ctx, keys);
      keys.forEach((key, i) => found.set(`${type}\u0000${key}`, objects[i]));
    }
    return decoded.map((d) => (d ? (found.get(`${d.type}\u0000${d.key}`) ?? null) : null));
  }
}
