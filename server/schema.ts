import { GraphQLInterfaceType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type ContainerType, type NonEmptyArray } from 'type-graphql';
import { modules } from './modules';
import { describeCosts } from './shared/cost';
import { callDirectly } from './shared/direct-resolver';
import { nodeTypeOf } from './shared/node';
import { DateTimeISO } from './shared/scalars';

/**
 * The schema, from every module's resolvers. Resolver instances come from the app's composition
 * (each built with what its module declared); the schema emitter, which runs no resolver, needs none.
 */
export async function buildAppSchema(instances?: Map<abstract new (...args: never[]) => object, object>): Promise<GraphQLSchema> {
  const resolvers = modules.flatMap((m) => [...(m.resolvers ?? [])]);
  const container: ContainerType | undefined = instances && {
    get: (someClass: abstract new (...args: never[]) => object) => {
      const instance = instances.get(someClass);
      if (!instance) throw new Error(`resolver ${someClass.name} was not built by its module`);
      return instance;
    },
  };
  const schema = await buildSchema({
    resolvers: resolvers as NonEmptyArray<new (deps: never) => object>,
    container,
    // Inputs carry no class-validator decorators: rules about people's data live in the services,
    // where they answer with field-level, translated refusals.
    validate: false,
    // Instants as type-graphql's DateTimeISO, with its specification's URL (`@specifiedBy`).
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
  });
  // type-graphql makes every declared `resolveType` async; the compiled executor (graphql-jit)
  // takes the type's name synchronously, so `Node` resolves with the plain function it declares.
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeOf;
  // No middleware and no auth checker are given to type-graphql above, so its wrapper adds nothing
  // to a `@Direct()` field resolver but its cost.
  if (instances) callDirectly(schema, instances);
  // The cost formula and each field's declared cost, where clients read the API.
  return describeCosts(schema);
}

/** The committed contract's text: the schema sorted, so diffs show real changes only. */
export function printContract(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
