import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './modules';

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // class-validator runs on inputs that carry its decorators; rules about people's data live in
    // the services, where they can answer with field-level, translated UserErrors.
    validate: { forbidUnknownValues: false },
  });
}

/** The committed contract's text: the schema sorted, so diffs show real changes only. */
export function printContract(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
