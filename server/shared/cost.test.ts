import { getVariableValues, GraphQLObjectType, GraphQLSchema, OperationDefinitionNode, parse } from 'graphql';
import { Arg, Args, buildSchema, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../schema';
import { ConnectionType, PageArgs } from './connection';
import { Cost, COST, costOf, describeCosts, operationCost } from './cost';

/** The cost of a document's first operation, its variables coerced as the server coerces them. */
function costIn(schema: GraphQLSchema, query: string, variables: Record<string, unknown> = {}, largestPages = false): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  return operationCost(schema, document, operation, { variables: coerced.coerced, largestPages });
}

describe('query cost, on the app schema', () => {
  let schema: GraphQLSchema;
  const cost = (query: string, variables?: Record<string, unknown>, largestPages?: boolean) => costIn(schema, query, variables, largestPages);
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('a root field costs a statement, an object 1, a scalar nothing; an operation at least 1', () => {
    expect(cost('{ authOptions { captchaRequired ssoEnabled } }')).toBe(COST.statement + COST.object);
    expect(cost('{ a: authOptions { captchaRequired } b: authOptions { ssoEnabled } }')).toBe(2 * (COST.statement + COST.object));
    expect(cost('{ __typename }')).toBe(1);
    expect(cost('mutation { newCaptcha { id image } }')).toBe(COST.statement + COST.object);
  });

  it('a paged field takes its page size from `first`, literal or variable, default 20, held to 1..100', () => {
    const page = (n: number) => COST.statement + COST.object + n * (COST.object + COST.object);
    const query = 'query ($n: Int) { myRequests(first: $n) { edges { node { reference } } } }';
    expect(cost(query, { n: 42 })).toBe(page(42));
    expect(cost(query, { n: 100 })).toBe(page(100));
    expect(cost(query, {})).toBe(page(COST.defaultPage));
    expect(cost(query, { n: null })).toBe(page(COST.defaultPage));
    expect(cost(query, { n: 5000 })).toBe(page(COST.maxPage));
    expect(cost(query, { n: -3 })).toBe(page(1));
    expect(cost('{ myRequests(first: 42) { edges { node { reference } } } }')).toBe(page(42));
    expect(cost(query, { n: 3 }, true)).toBe(page(COST.maxPage));
  });

  it("the connection's own fields are counted once, its edges and nodes per item", () => {
    const withPageInfo = cost('{ notifications(first: 10) { unreadCount pageInfo { hasNextPage } nodes { id } edges { cursor node { id } } } }');
    const declared = costOf(schema.getQueryType()!.getFields().notifications)!.points!;
    expect(withPageInfo).toBe(declared + COST.object + COST.object + 10 * COST.object + 10 * (COST.object + COST.object));
  });

  it('declared costs and bounds count, nested lists multiply', () => {
    expect(costOf((schema.getType('EService') as GraphQLObjectType).getFields().eligibility)?.points).toBe(5 * COST.statement);
    // `services` is a connection: its `nodes` (or `edges`) are as many as the page asks for.
    const check = COST.object + 5 * COST.statement + COST.object;
    expect(cost('{ services(first: 10) { nodes { code eligibility { eligible } } } }')).toBe(COST.statement + COST.object + 10 * check);
    expect(cost('{ services { edges { node { eligibility { eligible } } } } }')).toBe(COST.statement + COST.object + COST.defaultPage * (COST.object + check));
    // A plain list inside each item keeps its bound: at most 50 lines a bill.
    const items = costOf((schema.getType('Bill') as GraphQLObjectType).getFields().items)!.listOf!;
    expect(items).toBe(50);
    expect(cost('{ myBills(first: 100) { nodes { items { amount { halalas } } } } }')).toBe(COST.statement + COST.object + 100 * (COST.object + items * (COST.object + COST.object)));
  });

  it('`nodes(ids:)` is as long as its IDs, and each item costs as much as the dearest type it can be', () => {
    const ids = ['a', 'b', 'c'];
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on EService { eligibility { eligible } } ... on Office { code } } }';
    expect(cost(query, { ids })).toBe(COST.statement + ids.length * (COST.object + 5 * COST.statement + COST.object));
    expect(cost('{ nodes(ids: []) { id } }')).toBe(COST.statement);
    // Unknown variables: as many as `nodes` takes at most, the largest page.
    expect(cost(query, { ids }, true)).toBe(COST.statement + COST.maxPage * (COST.object + 5 * COST.statement + COST.object));
  });

  it('fragments and inline fragments count where their type applies; a field asked twice under one name counts once', () => {
    const plain = cost('{ me { person { fullNameEn } } }');
    expect(plain).toBe(COST.statement + COST.object + COST.statement + COST.object);
    expect(cost('{ me { ...A ...B ... on Account { person { nationalId } } } } fragment A on Account { person { fullNameEn } } fragment B on Account { person { fullNameAr } }')).toBe(plain);
    // Under another name (an alias) it runs again, so it costs again.
    expect(cost('{ me { a: person { fullNameEn } b: person { fullNameEn } } }')).toBe(plain + COST.statement + COST.object);
    expect(cost('mutation { logout { loggedOut } revokeOtherSessions { revokedCount } }')).toBe(2 * (COST.statement + COST.object));
    // A fragment on an interface applies to the types that implement it; `errors` declares no bound.
    const withParams = cost('mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { errors { ... on UserError { params { name } } } } }', { input: { all: true } });
    expect(withParams).toBe(COST.statement + COST.object + COST.unboundedList * (COST.object + 4 * COST.object));
  });

  it('@skip and @include are honoured', () => {
    const query = 'query ($with: Boolean!) { me { id person @include(if: $with) { fullNameEn } } }';
    expect(cost(query, { with: false })).toBe(COST.statement + COST.object);
    expect(cost(query, { with: true })).toBe(COST.statement + COST.object + COST.statement + COST.object);
    expect(cost('{ me { person @skip(if: true) { fullNameEn } } }')).toBe(COST.statement + COST.object);
  });

  it('without variables (the most a document can cost), every page is at its largest and every field counted in', () => {
    const document = parse('query ($with: Boolean!, $n: Int) { me { person @include(if: $with) { fullNameEn } } myActivity(first: $n) { nodes { id } } }');
    const largest = operationCost(schema, document, document.definitions[0] as OperationDefinitionNode, { largestPages: true });
    expect(largest).toBe(2 * (COST.statement + COST.object) + COST.statement + COST.object + COST.maxPage * COST.object);
  });

  it('nested spreads of one fragment are costed once per place, not once per path (no exponential walk)', () => {
    // Each level spreads the next fragment 15 times under as many field names, 8 levels deep: a naive
    // walk visits 15^8 (about 2.5 × 10^9) selections.
    const levels = 8;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Query { authOptions { captchaRequired } }`
        : `fragment F${i} on Query { ${Array.from({ length: 15 }, () => `...F${i + 1}`).join(' ')} ... on Query { ...F${i + 1} } }`,
    );
    expect(cost(`{ ...F0 } ${fragments.join(' ')}`)).toBe(COST.statement + COST.object);
  });
});

describe('query cost, declared by argument (`sizedBy`)', () => {
  @ObjectType({ description: 'A thing.' })
  class Thing {
    @Field(() => ID, { description: 'Its id.' })
    id!: string;
  }

  @Resolver()
  class ThingsResolver {
    @Cost(COST.statement, { sizedBy: 'ids' })
    @Query(() => [Thing], { description: 'Things by id.' })
    things(@Arg('ids', () => [ID], { description: 'Their ids.' }) ids: string[]): Thing[] {
      return ids.map((id) => ({ id }));
    }

    @Cost({ sizedBy: 'count' })
    @Query(() => [Thing], { description: 'Some things.' })
    some(@Arg('count', () => Int, { description: 'How many.' }) count: number): Thing[] {
      return Array.from({ length: count }, (_, i) => ({ id: String(i) }));
    }
  }

  it('a list sized by an argument is as long as the list or number it is given', async () => {
    const schema = await buildSchema({ resolvers: [ThingsResolver], validate: false });
    expect(costIn(schema, 'query ($ids: [ID!]!) { things(ids: $ids) { id } }', { ids: ['1', '2', '3'] })).toBe(COST.statement + 3 * COST.object);
    expect(costIn(schema, '{ some(count: 7) { id } }')).toBe(COST.statement + 7 * COST.object);
  });

  it('refuses a declaration that is not a whole number', () => {
    expect(() => Cost(-1)).toThrow(/whole number/);
    expect(() => Cost({ listOf: 2.5 })).toThrow(/whole number/);
  });
});

describe('query cost, declarations that cannot count as written', () => {
  @ObjectType({ description: 'A thing.' })
  class Item {
    @Field(() => ID, { description: 'Its id.' })
    id!: string;
  }

  const ItemConnection = ConnectionType(Item, 'Item', 'item');

  /** A schema of one query: `items`, declared as given, returning `type`, with page arguments or not. */
  const schemaWith = async (declaration: Parameters<typeof Cost>[0], returns: 'connection' | 'list' | 'object', paged: boolean) => {
    const type = { connection: () => ItemConnection, list: () => [Item], object: () => Item }[returns];
    @Resolver()
    class ItemsResolver {
      @Cost(declaration)
      @Query(type, { description: 'Items.' })
      items(@Args(() => PageArgs) args: PageArgs, @Arg('ids', () => [ID], { nullable: true, description: 'Their ids.' }) ids?: string[]): unknown {
        return paged ? args : ids;
      }
    }
    @Resolver()
    class PlainResolver {
      @Cost(declaration)
      @Query(type, { description: 'Items.' })
      items(@Arg('ids', () => [ID], { nullable: true, description: 'Their ids.' }) ids?: string[]): unknown {
        return ids;
      }
    }
    return describeCosts(await buildSchema({ resolvers: [paged ? ItemsResolver : PlainResolver], validate: false }));
  };

  it('a bound on a connection (its page size is its length), on a field that is no list, and a `sizedBy` without its argument are refused', async () => {
    await expect(schemaWith({ listOf: 10 }, 'connection', true)).rejects.toThrow('@Cost on Query.items: the field pages with `first`/`last`, so its page size is its length: remove `listOf`');
    await expect(schemaWith({ listOf: 10 }, 'object', false)).rejects.toThrow('@Cost on Query.items: the field is not a list: `listOf` bounds a plain list');
    await expect(schemaWith({ sizedBy: 'count' }, 'list', false)).rejects.toThrow('@Cost on Query.items: the field has no argument `count` to be sized by');
    await expect(schemaWith({ sizedBy: 'ids' }, 'connection', true)).rejects.toThrow('one length only');
  });

  it('what counts as written is accepted and described', async () => {
    const bounded = await schemaWith({ points: COST.statement, listOf: 10 }, 'list', false);
    expect(bounded.getQueryType()!.getFields().items.description).toBe('Items. Cost: 100. At most 10 items.');
    const sized = await schemaWith({ sizedBy: 'ids' }, 'list', false);
    expect(sized.getQueryType()!.getFields().items.description).toBe('Items. As many items as `ids` asks for.');
    const connection = await schemaWith({ points: 2 * COST.statement }, 'connection', true);
    expect(costIn(connection, '{ items(first: 7) { nodes { id } pageInfo { hasNextPage } } }')).toBe(2 * COST.statement + COST.object + 7 * COST.object + COST.object);
  });
});
