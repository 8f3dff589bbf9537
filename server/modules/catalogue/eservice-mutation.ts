import type { GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { ServiceCode } from './catalogue';

const ESERVICE = 'eservice';

/** Marks the mutation that submits an e-service: the catalogue tells clients its name from this. */
export function SubmitsEService(code: ServiceCode): MethodDecorator {
  return Extensions({ [ESERVICE]: code });
}

const bySchema = new WeakMap<GraphQLSchema, Map<string, string>>();

/** The name of the mutation marked as submitting `code`, or null when there is none. */
export function mutationOf(schema: GraphQLSchema, code: ServiceCode): string | null {
  let names = bySchema.get(schema);
  if (!names) {
    names = new Map();
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const marked = field.extensions?.[ESERVICE];
      if (typeof marked === 'string') names.set(marked, field.name);
    }
    bySchema.set(schema, names);
  }
  return names.get(code) ?? null;
}
