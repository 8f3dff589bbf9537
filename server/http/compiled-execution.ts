import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { DocumentNode, execute, getVariableValues, GraphQLError, GraphQLSchema, printSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from '../shared/context';
import { useLeanGatewayRequestContext } from './gateway-request-context';

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];

/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter, behind Apollo Server 5,
 * which has no executor option: through its `gateway` interface, whose `load()` hands Apollo the
 * schema and an executor. Everything before execution stays Apollo's (parsing, the parsed-document
 * cache, validation with our rules, the introspection policy, every plugin hook, error formatting
 * and masking); only the walk over the fields changes. For S4's shape graphql-js spends ~120 µs of
 * interpretation per request, the compiled function a few.
 *
 * Each operation is compiled once per document (Apollo hands back the same parsed document for the
 * same text from its document store, which is bounded) and kept as long as Apollo keeps that
 * document (a WeakMap on it). The compiled function holds no data of any request: the context, the
 * variables and every resolved value come with each call.
 *
 * Where the compiled path's answer could differ from graphql-js's, graphql-js decides: it coerces
 * the variables first (its refusals are what Apollo recognises as BAD_USER_INPUT, HTTP 400), and
 * runs a document graphql-jit cannot compile.
 *
 * What Apollo builds for the executor on each request is built by `gatewayRequestContext` instead
 * (see gateway-request-context.ts: Apollo's own made every request outlive the young generation).
 */
export function compiledExecution(schema: GraphQLSchema): NonNullable<Gateway> {
  useLeanGatewayRequestContext();
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  const compile = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      query = isCompiledQuery(result) ? result : null;
      byName.set(key, query);
    }
    return query;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return {
        async executor(request) {
          const context = request.context as Context;
          const { document, operation } = request;
          // The name the client asked for (Apollo's `operationName` here is the resolved operation's).
          const operationName = request.request.operationName ?? null;
          const variables = request.request.variables;
          // Variables are judged by graphql-js, as without this executor: its refusals are worded as
          // Apollo recognises them (BAD_USER_INPUT, HTTP 400), and nothing graphql-js would refuse runs.
          // No such operation in the document: graphql-js words the refusal Apollo expects (HTTP 400).
          if (!operation) return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
          if (operation.variableDefinitions?.length) {
            const coerced = getVariableValues(schema, operation.variableDefinitions, variables ?? {});
            if (coerced.errors) return { errors: coerced.errors };
          }
          const query = compile(document, operationName);
          if (!query) return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
          const result = await query.query(undefined, context, variables);
          // No data at all: graphql-jit refused the variables before running anything (graphql-js
          // accepted them above), so graphql-js runs the operation as it would have.
          if (result.data === undefined) return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
        },
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors inherit from graphql-js's GraphQLError but are built without its
 * constructor: no `extensions` object when the resolver's error had none (Apollo reads
 * `extensions.code`) and no `nodes`. Rebuilt as graphql-js builds a resolver's error (`locatedError`):
 * same message, path and original error, the original's extensions, the same locations.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: original, extensions: error.extensions ?? undefined });
  (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}
