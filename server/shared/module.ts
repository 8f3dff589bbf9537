import type { FastifyInstance } from 'fastify';
import type { NodeLoader } from './node';
import type { Reaction, UnitOfWork } from './unit-of-work';

/**
 * Everything the app and its modules provide, by name. The kernel's own parts are declared in
 * `shared/core.ts`; each module adds what it provides from its `index.ts` with
 * `declare module '../../shared/module' { interface Registry { … } }`. Nobody receives all of it:
 * each service, resolver, job and route declares the few names it needs.
 */
// Filled by declaration merging; empty here on purpose.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Registry {}

/** A narrow view of the registry: what one part declares it needs. */
export type Deps<K extends keyof Registry> = Pick<Registry, K>;

/** A background job: runs every `everyMs` on each instance (its work must be safe to run on several). */
export interface Job {
  name: string;
  everyMs: number;
  run(): Promise<void>;
}

/** A resolver class; built once, with its module's dependencies and services. */
export type ResolverClass<D> = new (deps: D) => object;

/** Demo data a module loads into an empty database outside production; returns what it loaded, for the log. */
export type Seed = (work: UnitOfWork) => Promise<Record<string, number> | null>;

/**
 * One feature: the entities it owns, the GraphQL resolvers it adds, the services it provides (built
 * from the names it needs, which earlier modules in `modules/index.ts` provide), how it reacts to
 * other modules' events, its jobs, HTTP routes and demo data. The app, the ORM, the schema and the
 * security plugins are all derived from the list of these.
 */
export interface ModuleManifest<N extends keyof Registry = never, P extends Partial<Registry> = object> {
  name: string;
  entities?: readonly (abstract new (...args: never[]) => object)[];
  needs?: readonly N[];
  provide?: (deps: Deps<N>) => P;
  resolvers?: readonly ResolverClass<Deps<N> & P>[];
  reactions?: (deps: Deps<N> & P) => readonly Reaction[];
  jobs?: (deps: Deps<N> & P) => readonly Job[];
  routes?: (http: FastifyInstance, deps: Deps<N> & P) => void | Promise<void>;
  seed?: (deps: Deps<N> & P) => Seed;
  /** How `node(id:)` fetches this module's node types again, by GraphQL type name, for the caller only. */
  nodes?: (deps: Deps<N> & P) => Record<string, NodeLoader>;
}

/** Declares a module; the types of `provide`'s argument and of the resolvers follow from `needs`. */
export function defineModule<N extends keyof Registry = never, P extends Partial<Registry> = object>(manifest: ModuleManifest<N, P>): ModuleManifest<N, P> {
  return manifest;
}

/** A manifest with its own types forgotten: what the composition walks over. */
export interface AnyModule {
  name: string;
  entities?: readonly (abstract new (...args: never[]) => object)[];
  needs?: readonly string[];
  provide?: (deps: never) => object;
  resolvers?: readonly (new (deps: never) => object)[];
  reactions?: (deps: never) => readonly Reaction[];
  jobs?: (deps: never) => readonly Job[];
  routes?: (http: FastifyInstance, deps: never) => void | Promise<void>;
  seed?: (deps: never) => Seed;
  nodes?: (deps: never) => Record<string, NodeLoader>;
}

export interface Composition {
  registry: Registry;
  resolverInstances: Map<abstract new (...args: never[]) => object, object>;
  resolverClasses: (new (deps: never) => object)[];
  reactions: Reaction[];
  jobs: Job[];
  seeds: { module: string; seed: Seed }[];
  routes: ((http: FastifyInstance) => void | Promise<void>)[];
}

/**
 * Builds every module's services in list order: a module's needs must already be provided (by the
 * kernel or by a module earlier in the list), which keeps the modules' dependencies a DAG. Each part
 * receives only the names its module declares (plus what the module itself provides), so an
 * undeclared dependency is `undefined` at once rather than a hidden edge.
 */
export function composeModules(modules: readonly AnyModule[], core: Partial<Registry>): Composition {
  const registry: Record<string, unknown> = { ...core };
  const composition: Composition = { registry: registry as unknown as Registry, resolverInstances: new Map(), resolverClasses: [], reactions: [], jobs: [], seeds: [], routes: [] };
  const names = new Set<string>();
  for (const module of modules) {
    if (names.has(module.name)) throw new Error(`module "${module.name}" is listed twice`);
    names.add(module.name);
    const missing = (module.needs ?? []).filter((need) => !(need in registry));
    if (missing.length) throw new Error(`module "${module.name}" needs ${missing.join(', ')}, which no module before it provides (order modules/index.ts by dependency)`);
    const scope: Record<string, unknown> = Object.fromEntries((module.needs ?? []).map((need) => [need, registry[need]]));
    const provided = module.provide?.(scope as never) ?? {};
    for (const [name, service] of Object.entries(provided)) {
      if (name in registry) throw new Error(`module "${module.name}" provides "${name}", which is already provided`);
      registry[name] = service;
      scope[name] = service;
    }
    for (const Resolver of module.resolvers ?? []) {
      composition.resolverInstances.set(Resolver, new Resolver(scope as never));
      composition.resolverClasses.push(Resolver);
    }
    composition.reactions.push(...(module.reactions?.(scope as never) ?? []));
    composition.jobs.push(...(module.jobs?.(scope as never) ?? []));
    for (const [type, loader] of Object.entries(module.nodes?.(scope as never) ?? {})) {
      const loaders = registry.nodeLoaders as Map<string, NodeLoader> | undefined;
      if (!loaders) throw new Error('the kernel provides no nodeLoaders');
      if (loaders.has(type)) throw new Error(`node type ${type} is loaded by two modules`);
      loaders.set(type, loader);
    }
    if (module.seed) composition.seeds.push({ module: module.name, seed: module.seed(scope as never) });
    const routes = module.routes;
    if (routes) composition.routes.push((http) => routes(http, scope as never));
  }
  return composition;
}

/** The entity classes of every module, for the ORM (and the migration generator). */
export function entitiesOf(modules: readonly AnyModule[]): (abstract new (...args: never[]) => object)[] {
  return modules.flatMap((m) => [...(m.entities ?? [])]);
}
