import { createRequire } from 'node:module';
import { GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, isObjectType } from 'graphql';
import { Extensions, getMetadataStorage } from 'type-graphql';
import type { Context } from './context';

const DIRECT = 'directResolver';

interface DirectDeclaration {
  owner: abstract new (...args: never[]) => object;
  method: string;
}

type DirectMethod = (root: unknown, ctx: Context) => unknown;

/**
 * Marks a `@FieldResolver` on a list's hot path whose parameters are exactly `(@Root() root,
 * @Ctx() ctx)`, so that the schema calls it directly (see `callDirectly`). type-graphql wraps every
 * field resolver in a function that, on each call, looks the resolver up in the container, goes
 * through an (empty) middleware chain and rebuilds the parameter list from its metadata, sorting it
 * first: for a page of 20 requests with their service, bill, amount and beneficiary, 80 such calls.
 * What the wrapper would add — middlewares, an auth checker — the app's schema has none of
 * (server/schema.ts), and access is checked per operation before anything resolves.
 */
export function Direct(): MethodDecorator {
  return (target, propertyKey, descriptor) => {
    if (typeof descriptor.value !== 'function' || descriptor.value.length !== 2) {
      throw new Error(`@Direct: ${String(propertyKey)} must take exactly (@Root() root, @Ctx() ctx)`);
    }
    const declaration: DirectDeclaration = { owner: target.constructor as DirectDeclaration['owner'], method: String(propertyKey) };
    Extensions({ [DIRECT]: declaration })(target, propertyKey, descriptor);
  };
}

/**
 * Replaces type-graphql's wrapper of each `@Direct()` field resolver with a plain call on the
 * resolver instance the app built (the same instance the wrapper would have found). The schema's
 * text does not change: only the functions behind the fields.
 */
export function callDirectly(schema: GraphQLSchema, instances: Map<abstract new (...args: never[]) => object, object>): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const declaration = field.extensions?.[DIRECT] as DirectDeclaration | undefined;
      if (!declaration) continue;
      const instance = instances.get(declaration.owner);
      if (!instance) throw new Error(`@Direct: resolver ${declaration.owner.name} was not built by its module`);
      const method = (instance as Record<string, DirectMethod>)[declaration.method];
      field.resolve = (root, _args, ctx: Context) => method.call(instance, root, ctx);
    }
  }
}

type Metadata = ReturnType<typeof getMetadataStorage>;
type RootFieldMetadata = Metadata['queries'][number];
type ParamMetadata = NonNullable<RootFieldMetadata['params']>[number];
type ParamReader = (args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo) => unknown;

/**
 * type-graphql's own conversion of a field's arguments into their classes (`@Args()` into the args
 * class, an input into its input class, defaults included). Its package exports no path to it, so
 * it is loaded from the file beside the package's entry point.
 */
const { convertArgsToInstance, convertArgToInstance } = createRequire(require.resolve('type-graphql'))('./resolvers/convert-args.js') as {
  convertArgsToInstance(param: ParamMetadata, args: Record<string, unknown>): unknown;
  convertArgToInstance(param: ParamMetadata, args: Record<string, unknown>): unknown;
};

/** How a parameter is read without type-graphql's handler; undefined where only that handler knows. */
function readerOf(param: ParamMetadata): ParamReader | undefined {
  switch (param.kind) {
    case 'args':
    case 'arg': {
      // With validation off (server/schema.ts) and no validator on the parameter, type-graphql's
      // `validateArg` hands the converted value back as it is — through a promise.
      if (param.validateSettings !== undefined || param.validateFn !== undefined) return undefined;
      const convert = param.kind === 'args' ? convertArgsToInstance : convertArgToInstance;
      return (args) => convert(param, args);
    }
    case 'context': {
      const property = param.propertyName;
      return property ? (_args, ctx) => (ctx as unknown as Record<string, unknown>)[property] : (_args, ctx) => ctx;
    }
    case 'info':
      return (_args, _ctx, info) => info;
    default:
      return undefined;
  }
}

/**
 * Calls the app's queries and mutations straight from the schema, with the parameters type-graphql
 * would have given them. type-graphql's handler looks the resolver up in the container, sorts the
 * parameters' metadata, and runs every argument through its (asynchronous) validation step: with
 * validation off that step changes nothing but makes each call a `Promise.all` and a `then`, so a
 * synchronous query such as the catalogue is answered on a later tick and the compiled executor
 * takes its promise path. A field whose resolver has middlewares, roles, or a parameter kind not
 * handled above keeps type-graphql's handler. The schema's text does not change.
 */
export function callRootFieldsDirectly(schema: GraphQLSchema, instances: Map<abstract new (...args: never[]) => object, object>): void {
  const storage = getMetadataStorage();
  const roots: [GraphQLObjectType | null | undefined, readonly RootFieldMetadata[]][] = [
    [schema.getQueryType(), storage.queries],
    [schema.getMutationType(), storage.mutations],
  ];
  for (const [type, declared] of roots) {
    if (!type) continue;
    const fields = type.getFields();
    for (const metadata of declared) {
      const field = fields[metadata.schemaName];
      const instance = instances.get(metadata.target as abstract new (...args: never[]) => object);
      if (!field || !instance || metadata.middlewares?.length || metadata.roles?.length) continue;
      const readers = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index).map(readerOf);
      if (readers.some((reader) => !reader)) continue;
      const read = readers as ParamReader[];
      const method = (instance as Record<string, (...params: unknown[]) => unknown>)[metadata.methodName];
      field.resolve = (_root, args: Record<string, unknown>, ctx: Context, info) => {
        const params = new Array<unknown>(read.length);
        for (let i = 0; i < read.length; i++) params[i] = read[i](args, ctx, info);
        return method.apply(instance, params);
      };
    }
  }
}
