import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { MikroORM } from '@mikro-orm/core';
import Fastify, { FastifyInstance } from 'fastify';
import type { DestinationStream, Logger } from 'pino';
import type { Config } from './config';
import { contextBuilder } from './context';
import { migrate, openDatabase, pendingMigrations } from './db/orm';
import { compiledExecution } from './http/compiled-execution';
import { compressAnswers } from './http/compression';
import { errorMasking, landingPagePlugin, operationGuard } from './http/graphql-plugins';
import { maskContextFailures } from './http/context-errors';
import { memoizeMediaTypeNegotiation } from './http/media-type-negotiation';
import { allowCrossOrigin, corsOrigin } from './http/cors';
import { graphqlOverHttpStatus } from './http/graphql-over-http';
import { graphqlRoute } from './http/graphql-route';
import { BODY_LIMIT_BYTES, graphqlProtections, hardenHttp } from './http/hardening';
import { nulGuard } from './http/input-guard';
import { portalShell } from './http/portal-shell';
import { serverDrawing } from './http/server-drawing';
import { Metrics } from './http/metrics';
import { QueryCosts } from './http/query-cost';
import { requestLog } from './http/request-log';
import { requestPlugin } from './http/request-hooks';
import { modules } from './modules';
import { SESSION_HINT_COOKIE } from './modules/identity';
import { buildAppSchema } from './schema';
import { Bus } from './shared/bus';
import { Clock, systemClock } from './shared/clock';
import type { Context } from './shared/context';
import './shared/core';
import { KeyedHasher } from './shared/crypto';
import { GlobalIds } from './shared/global-id';
import { loadAppSecrets, SigningKeys } from './shared/keys';
import { createLogger } from './shared/logger';
import { composeModules, Composition, Job, Registry } from './shared/module';
import { REPO_ROOT } from './shared/paths';
import { Random, secureRandom } from './shared/random';
import { Reader, sqliteReaders, useReader } from './shared/read-connections';
import { Effects, Work } from './shared/unit-of-work';

export interface AppOverrides {
  clock?: Clock;
  random?: Random;
  /** Where logs go (tests capture them to prove no secret is written). */
  logDestination?: DestinationStream;
  /** Apply pending migrations at start (default: config.autoMigrate). */
  migrate?: boolean;
  /** Load the demo data into an empty database (default: config.demoData). */
  seedDemoData?: boolean;
}

export interface App {
  http: FastifyInstance;
  /** Everything the kernel and the modules provide: for `main`, tests and tools, never handed to a module. */
  services: Registry;
  /** Listens on config.host:config.port (0 = any free port) and returns the base URL. */
  listen(): Promise<string>;
  /** Resolves once everything committed actions left to do (SMS, e-mail, bus messages) is done. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

const CLIENT_DIST = path.join(REPO_ROOT, 'client', 'dist');
/** The first pages' drawing for the server (`vite build --ssr`, client/src/entry-server.tsx). */
const CLIENT_DRAWING = path.join(REPO_ROOT, 'client', 'dist-ssr', 'entry-server.mjs');

/** The kernel's parts (see shared/core.ts) and every module's services, built in the modules' order. */
export async function compose(config: Config, orm: MikroORM, options: { clock: Clock; random: Random; log: Logger; bus: Bus }): Promise<Composition> {
  const effects = new Effects(options.log);
  const work = new Work(orm, effects);
  const appSecrets = loadAppSecrets(config);
  const core: Partial<Registry> = {
    config,
    clock: options.clock,
    random: options.random,
    log: options.log,
    orm,
    work,
    effects,
    bus: options.bus,
    keys: await SigningKeys.load(config),
    hasher: new KeyedHasher(appSecrets),
    appSecrets,
    ids: new GlobalIds(appSecrets),
    nodeLoaders: new Map(),
  };
  const composition = composeModules(modules, core);
  work.reactions.add(composition.reactions);
  return composition;
}

/** How long a stop waits for answers still being sent before it cuts their connections. */
const STOP_DEADLINE_MS = 10_000;

/**
 * Brings a database up to date before serving: pending migrations applied (or refused), the demo
 * data loaded into an empty one. Run once per start, by the only process or the cluster's primary.
 */
export async function prepareDatabase(orm: MikroORM, log: Logger, options: { migrate: boolean; seeds: Composition['seeds'] | null }): Promise<void> {
  const pending = await pendingMigrations(orm);
  if (pending.length) {
    if (!options.migrate) throw new Error(`the database has ${pending.length} pending migration(s); run \`npm run db:migrate\` first`);
    await migrate(orm);
    log.info({ applied: pending }, 'database migrated');
  }
  for (const { module, seed } of options.seeds ?? []) {
    const loaded = await seed(new Work(orm, new Effects(log)).begin());
    if (loaded) log.info({ module, ...loaded }, 'demo data loaded');
  }
}

/** Runs each module's jobs every so often on this instance, never two runs of one job at once. */
class JobRunner {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  start(jobs: readonly Job[]): void {
    for (const job of jobs) {
      let current: Promise<void> | null = null;
      const timer = setInterval(() => {
        if (current) return;
        current = job
          .run()
          .catch((error: unknown) => this.log.error({ job: job.name, err: error instanceof Error ? error.message : String(error) }, 'job failed'))
          .finally(() => {
            this.running.delete(current!);
            current = null;
          });
        this.running.add(current);
      }, job.everyMs);
      // A job's timer does not keep the process alive.
      timer.unref();
      this.timers.push(timer);
    }
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await Promise.allSettled([...this.running]);
  }
}

/** Builds the whole server — database, modules, GraphQL, HTTP — for `main` and for tests alike. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const clock = overrides.clock ?? systemClock;
  const random = overrides.random ?? secureRandom;
  const log: Logger = createLogger(config.logLevel, overrides.logDestination);

  const orm = await openDatabase(config.database);
  let bus: Bus | null = null;
  let reader: Reader | null = null;
  let composition: Composition;
  try {
    bus = await Bus.connect(config.redisUrl, log);
    composition = await compose(config, orm, { clock, random, log, bus });
    const seed = overrides.seedDemoData ?? config.demoData;
    await prepareDatabase(orm, log, { migrate: overrides.migrate ?? config.autoMigrate, seeds: seed ? composition.seeds : null });
    // The read models' statements on a SQLite file go through a read-only connection of their own
    // (opened once the file is migrated and in WAL mode); PostgreSQL reads keep the pool.
    if (config.database.kind === 'sqlite' && !isInMemory(config.database.path)) {
      reader = sqliteReaders(config.database.path);
      useReader(orm, reader);
    }
  } catch (error) {
    await reader?.close();
    await bus?.close();
    await orm.close();
    throw error;
  }
  const services = composition.registry;
  const jobs = new JobRunner(log);
  jobs.start(composition.jobs);

  const http = Fastify({
    // Fastify's own request log is off: the GraphQL plugins log what matters, with the operation
    // name, and nothing per request on the hot path.
    logger: false,
    // While stopping, requests that arrive on connections already open are still served (not
    // 503'd); see the Connection: close hook below.
    return503OnClosing: false,
    // A hop count is given to Fastify as a function: Fastify 5 answers a bare number by trusting
    // nothing. With N hops, the N nearest addresses (the socket's first) are the proxies and the next
    // one to the left is the client; the entries further left, which the client wrote, are ignored.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(config.trustProxy)
        : config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
  });
  await hardenHttp(http);
  // Graceful stop: once closing, every response asks its client to close the connection, so
  // keep-alive clients reconnect (to another instance) instead of reusing a socket that is about
  // to go; the server finishes what it has received and then closes.
  let closing = false;
  http.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  // Answers over 1 KB compressed as the client accepts (server/http/compression.ts). No BREACH
  // here: a page of another origin cannot send GraphQL in a visitor's name (CSRF prevention and the
  // CORS allowlist).
  compressAnswers(http, { threshold: 1024, brotliQuality: 4 });
  await http.register(fastifyCookie);
  allowCrossOrigin(http, corsOrigin(config));

  const metrics = new Metrics(orm);
  const protections = graphqlProtections(config);
  const schema = await buildAppSchema(composition.resolverInstances);
  const costs = new QueryCosts(schema, services.rateLimits);
  // Apollo's content negotiation, answered once per Accept header (server/http/media-type-negotiation.ts).
  memoizeMediaTypeNegotiation();
  const apollo = new ApolloServer<Context>({
    // The schema comes with a compiled executor (graphql-jit) through Apollo's gateway interface;
    // see server/http/compiled-execution.ts.
    gateway: compiledExecution(schema),
    introspection: config.introspection,
    // main.ts stops the whole app on SIGTERM/SIGINT. Apollo's own handler (on outside NODE_ENV=test)
    // would stop Apollo and then re-kill the process, cutting that graceful stop short.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: anyone could fill the cache with documents of their choosing,
    // and the clients send whole documents anyway.
    persistedQueries: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    validationRules: protections.validationRules,
    // Apollo's cache-control plugin wraps every field resolver to compute cache hints nobody reads
    // here (responses are per person and not cached): off, it saves work on every field.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ...protections.plugins,
      fastifyApolloDrainPlugin(http),
      landingPagePlugin(config),
      // What every request goes through, in this order, as one plugin (see request-hooks.ts).
      requestPlugin([
        ...protections.hooks,
        graphqlOverHttpStatus(),
        requestLog(log),
        nulGuard(),
        operationGuard(schema, services.rateLimits, costs),
        costs.hooks(),
        errorMasking(log),
        metrics.hooks(),
      ]),
    ],
  });
  await apollo.start();
  graphqlRoute(http, apollo, { path: '/graphql', context: maskContextFailures(log, contextBuilder(services)) });

  http.get('/.well-known/jwks.json', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return services.keys.jwks();
  });
  // Liveness: the process answers. Readiness: it can serve — database reachable, schema current.
  http.get('/healthz', async () => ({ status: 'ok' }));
  http.get('/readyz', async (_request, reply) => {
    try {
      await orm.em.getConnection().execute('select 1');
      const pending = await pendingMigrations(orm);
      if (pending.length) return reply.code(503).send({ status: 'pending-migrations', pending });
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database-unreachable' });
    }
  });
  metrics.route(http, config);
  for (const routes of composition.routes) await routes(http);

  if (existsSync(CLIENT_DIST)) {
    await http.register(fastifyStatic, {
      root: CLIENT_DIST,
      wildcard: false,
      // The client build writes .br and .gz beside each file (client/build/precompress.ts): sent
      // as the request's Accept-Encoding allows, with Vary: Accept-Encoding, the file itself otherwise.
      preCompressed: true,
      // The page itself is the portal shell below, whatever address it is asked under.
      index: false,
      allowedPath: (pathName) => pathName !== '/index.html',
      setHeaders(res, file) {
        // Hashed assets never change under their name; the HTML shell must always be fresh.
        res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    const drawing = existsSync(CLIENT_DRAWING) ? { draw: serverDrawing(http, CLIENT_DRAWING), log } : undefined;
    const shell = portalShell(CLIENT_DIST, { lang: 'lang', session: SESSION_HINT_COOKIE }, drawing);
    http.get('/', shell);
    http.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/graphql') && request.headers.accept?.includes('text/html')) return shell(request, reply);
      return reply.code(404).send({ error: 'Not Found' });
    });
  }

  let stopped = false;
  return {
    http,
    services,
    async listen() {
      return http.listen({ port: config.port, host: config.host });
    },
    drain: () => services.effects.drain(),
    async stop() {
      if (stopped) return;
      stopped = true;
      closing = true;
      // In-flight requests finish, but a client that stops reading its answer would hold the stop
      // forever: after STOP_DEADLINE_MS its connections are cut.
      const deadline = setTimeout(() => http.server.closeAllConnections(), STOP_DEADLINE_MS);
      await http.close();
      clearTimeout(deadline);
      await jobs.stop();
      await services.effects.drain();
      await bus?.close();
      await reader?.close();
      await orm.close();
    },
  };
}

/** An in-memory SQLite database lives in its one connection: no second connection can read it. */
function isInMemory(path: string): boolean {
  return path === ':memory:' || path === '' || /^file:.*(?::memory:|mode=memory)/.test(path);
}
