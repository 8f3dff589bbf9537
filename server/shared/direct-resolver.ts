import { GraphQLSchema, isObjectType } from 'graphql';
import { Extensions } from 'type-graphql';
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
