import { execute, GraphQLObjectType, type GraphQLResolveInfo, parse, printSchema } from 'graphql';
import { Arg, Args, ArgsType, buildSchema, Ctx, Field, FieldResolver, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from './context';
import { callDirectly, callRootFieldsDirectly, Direct } from './direct-resolver';

@ObjectType({ description: 'A thing.' })
class Thing {
  @Field(() => String, { description: 'Its name.' })
  name!: string;
}

@Resolver(() => Thing)
class ThingResolver {
  readonly calls: { root: unknown; lang: unknown; self: unknown }[] = [];
  constructor(private readonly suffix: string) {}

  @Query(() => Thing, { description: 'A thing.' })
  thing(): Thing {
    return { name: 'x' };
  }

  @Direct()
  @FieldResolver(() => String, { description: 'Its name, greeted.' })
  greeting(@Root() thing: Thing, @Ctx() ctx: Context): string {
    this.calls.push({ root: thing, lang: ctx.lang, self: this });
    return `${thing.name} ${this.suffix} ${ctx.lang}`;
  }
}

describe('@Direct field resolvers', () => {
  it('are called on the resolver instance the app built, with the root and the context, and leave the schema text alone', async () => {
    const instance = new ThingResolver('!');
    const instances = new Map<abstract new (...args: never[]) => object, object>([[ThingResolver, instance]]);
    const schema = await buildSchema({ resolvers: [ThingResolver], container: { get: () => instance }, validate: false });
    const before = printSchema(schema);
    const wrapper = (schema.getType('Thing') as GraphQLObjectType).getFields().greeting.resolve;
    callDirectly(schema, instances);
    expect(printSchema(schema)).toBe(before);
    expect((schema.getType('Thing') as GraphQLObjectType).getFields().greeting.resolve).not.toBe(wrapper);
    const result = await execute({ schema, document: parse('{ thing { greeting } }'), contextValue: { lang: 'en' } });
    expect(result).toEqual({ data: { thing: { greeting: 'x ! en' } } });
    expect(instance.calls).toEqual([{ root: { name: 'x' }, lang: 'en', self: instance }]);
  });

  it('refuses a method that does not take exactly the root and the context', () => {
    expect(() => {
      class Wrong {
        @Direct()
        method(root: unknown) {
          return root;
        }
      }
      return Wrong;
    }).toThrow(/exactly \(@Root\(\) root, @Ctx\(\) ctx\)/);
  });
});

@ArgsType()
class WindowArgs {
  @Field(() => Int, { nullable: true, description: 'How many.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'After what.' })
  after?: string | null;
}

@InputType({ description: 'A thing to make.' })
class MakeThingInput {
  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'How many, 1 unless given.' })
  count: number = 1;
}

@Resolver()
class RootFieldsResolver {
  readonly seen: unknown[][] = [];

  @Query(() => String, { description: 'The window and the language.' })
  window(
    @Args(() => WindowArgs) window: WindowArgs,
    @Ctx() ctx: Context,
    @Arg('kind', () => String, { nullable: true, description: 'A kind.' }) kind: string | null,
    @Info() info: GraphQLResolveInfo,
  ): string {
    this.seen.push([window instanceof WindowArgs, kind, info.fieldName]);
    return `${window.first ?? '-'} ${window.after ?? '-'} ${kind ?? '-'} ${ctx.lang}`;
  }

  @Query(() => String, { description: 'Refused with an error the caller reads.' })
  refused(): string {
    throw new Error('no such window');
  }

  @Query(() => String, { description: 'Behind a middleware.' })
  @UseMiddleware((_data, next) => next())
  guarded(): string {
    return 'guarded';
  }

  @Mutation(() => String, { description: 'Makes a thing.' })
  makeThing(@Arg('input', () => MakeThingInput, { description: 'The thing.' }) input: MakeThingInput, @Ctx('lang') lang: string): string {
    this.seen.push([input instanceof MakeThingInput, input.count, lang]);
    return `${input.name}×${input.count} ${lang}`;
  }
}

describe('queries and mutations called directly', () => {
  const build = async () => {
    const instance = new RootFieldsResolver();
    const schema = await buildSchema({ resolvers: [RootFieldsResolver], container: { get: () => instance }, validate: false });
    return { instance, schema };
  };
  const run = (schema: Awaited<ReturnType<typeof build>>['schema'], source: string) => execute({ schema, document: parse(source), contextValue: { lang: 'ar' } });
  const operations = [
    '{ window(first: 5, after: "x", kind: "k") }',
    '{ window }',
    '{ refused }',
    '{ guarded }',
    'mutation { makeThing(input: { name: "t" }) }',
    'mutation { makeThing(input: { name: "t", count: 3 }) }',
  ];

  it("answer as type-graphql's handler does, with the arguments in their classes (defaults included), the context and the info", async () => {
    const handled = await build();
    const direct = await build();
    const before = printSchema(direct.schema);
    callRootFieldsDirectly(direct.schema, new Map([[RootFieldsResolver, direct.instance]]));
    expect(printSchema(direct.schema)).toBe(before);
    for (const operation of operations) expect(await run(direct.schema, operation)).toEqual(await run(handled.schema, operation));
    expect(direct.instance.seen).toEqual(handled.instance.seen);
    expect(direct.instance.seen).toEqual([
      [true, 'k', 'window'],
      [true, undefined, 'window'],
      [true, 1, 'ar'],
      [true, 3, 'ar'],
    ]);
  });

  it('answer a synchronous resolver synchronously, and leave a field with a middleware to type-graphql', async () => {
    const { instance, schema } = await build();
    const fields = schema.getQueryType()!.getFields();
    const guarded = fields.guarded.resolve;
    callRootFieldsDirectly(schema, new Map([[RootFieldsResolver, instance]]));
    const answer = fields.window.resolve!(undefined, { first: 2 }, { lang: 'en' }, { fieldName: 'window' } as GraphQLResolveInfo);
    expect(answer).toBe('2 - - en');
    expect(fields.guarded.resolve).toBe(guarded);
  });
});
