import { execute, GraphQLObjectType, parse, printSchema } from 'graphql';
import { buildSchema, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from './context';
import { callDirectly, Direct } from './direct-resolver';

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
