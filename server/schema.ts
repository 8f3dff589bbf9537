import { GraphQLInterfaceType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type ContainerType, type NonEmptyArray } from 'type-graphql';
import { modules } from './modules';
import { describeCosts } from './shared/cost';
import { callDirectly, callRootFieldsDirectly } from './shared/direct-resolver';
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
  resolvePlainFieldsByProperty();
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
  // to a `@Direct()` field resolver, a query or a mutation but its cost.
  if (instances) {
    callDirectly(schema, instances);
    callRootFieldsDirectly(schema, instances);
  }
  // The cost formula and each field's declared cost, where clients read the API.
  return describeCosts(schema);
}

/**
 * type-graphql gives every plain field of an object type (no `@FieldResolver`) a resolver of its
 * own that takes the value through the middleware chain: with no middleware and no auth checker in
 * this schema (above), a function call, an allocation and an empty chain per field per object that
 * end in `root[name]`, and a resolver call the compiled executor cannot inline (a catalogue of 25
 * services with five fields: 125 of them). Declared `simple` (type-graphql's own switch, as
 * `@Field({ simple: true })` would), such a field has no resolver and is read as a property, as
 * graphql-js and graphql-jit read any field without one. Only where the property's name is the
 * field's name, which is the default reading; a field resolver still takes precedence.
 */
function resolvePlainFieldsByProperty(): void {
  for (const field of getMetadataStorage().fields) field.simple ??= field.name === field.schemaName;
}

/** The committed contract's text: the schema sorted, so diffs show real changes only. */
export function printContract(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
