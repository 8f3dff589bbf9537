import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import type { MikroORM } from '@mikro-orm/core';
import Fastify, { FastifyInstance } from 'fastify';
import type { DestinationStream, Logger } from 'pino';
import type { Config } from './config';
import { buildContext, Context, Services } from './context';
import { migrate, openDatabase, pendingMigrations } from './db/orm';
import { accessPlugin, errorMaskingPlugin, landingPagePlugin } from './http/graphql-plugins';
import { maskContextFailures } from './http/context-errors';
import { graphqlOverHttpStatusPlugin } from './http/graphql-over-http';
import { BODY_LIMIT_BYTES, graphqlProtections, hardenHttp } from './http/hardening';
import { requestLogPlugin } from './http/request-log';
import { publicOperations } from './modules';
import { Captchas } from './modules/identity/captcha';
import { Codes } from './modules/identity/codes';
import { AccountCareService } from './modules/identity/account-care.service';
import { IdentityService } from './modules/identity/identity.service';
import { Sessions } from './modules/identity/sessions';
import { AccessTokens, loadAppSecrets, SigningKeys } from './modules/identity/tokens';
import { Notifier } from './modules/notifications/notifier';
import { OutboxMessage } from './modules/notifications/outbox-message.entity';
import { seedDemoRegistry } from './modules/registry/demo-registry';
import { PaymentsService } from './modules/payments/payments.service';
import { registerSadadRoute } from './modules/payments/sadad-route';
import { registerSsoRoutes } from './modules/sso/sso.routes';
import { SsoService } from './modules/sso/sso.service';
import { EServices } from './modules/requests/requests.service';
import { AppointmentsService } from './modules/appointments/appointments.service';
import { seedDemoOffices } from './modules/appointments/demo-offices';
import { DigitalIdService } from './modules/digital-id/digital-id.service';
import { EXPIRY_REMINDER_INTERVAL_MS, ExpiryReminders } from './modules/notifications/expiry-reminders';
import { nulGuardPlugin } from './modules/security/input-guard';
import { RateLimits, rateLimitPlugin } from './modules/security/rate-limits';
import { buildAppSchema } from './schema';
import { Metrics } from './http/metrics';
import { Bus } from './shared/bus';
import { Clock, systemClock } from './shared/clock';
import { KeyedHasher } from './shared/crypto';
import { REPO_ROOT } from './shared/paths';
import { createLogger } from './shared/logger';
import { Random, secureRandom } from './shared/random';

export interface AppOverrides {
  clock?: Clock;
  random?: Random;
  /** Where logs go (tests capture them to prove no secret is written). */
  logDestination?: DestinationStream;
  /** Apply pending migrations at start (default: config.autoMigrate). */
  migrate?: boolean;
  /** Load the demo registry into an empty database (default: config.demoData). */
  seedDemoData?: boolean;
}

export interface App {
  http: FastifyInstance;
  services: Services;
  /** Listens on config.host:config.port (0 = any free port) and returns the base URL. */
  listen(): Promise<string>;
  stop(): Promise<void>;
}

const CLIENT_DIST = path.join(REPO_ROOT, 'client', 'dist');

/**
 * Brings a database up to date before serving: pending migrations applied (or refused), the demo
 * data loaded into an empty one. Run once per start, by the only process or the cluster's primary.
 */
export async function prepareDatabase(orm: MikroORM, log: Logger, options: { migrate: boolean; seed: boolean }): Promise<void> {
  const pending = await pendingMigrations(orm);
  if (pending.length) {
    if (!options.migrate) throw new Error(`the database has ${pending.length} pending migration(s); run \`npm run db:migrate\` first`);
    await migrate(orm);
    log.info({ applied: pending }, 'database migrated');
  }
  if (options.seed) {
    const people = await seedDemoRegistry(orm.em.fork());
    if (people) log.info({ people }, 'demo registry loaded');
    const offices = await seedDemoOffices(orm.em.fork());
    if (offices) log.info({ offices }, 'demo offices loaded');
  }
}

/** Builds the whole server — database, services, GraphQL, HTTP — for `main` and for tests alike. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const clock = overrides.clock ?? systemClock;
  const random = overrides.random ?? secureRandom;
  const log: Logger = createLogger(config.logLevel, overrides.logDestination);

  const orm = await openDatabase(config.database);
  try {
    await prepareDatabase(orm, log, { migrate: overrides.migrate ?? config.autoMigrate, seed: overrides.seedDemoData ?? config.demoData });
  } catch (error) {
    await orm.close();
    throw error;
  }

  const keys = await SigningKeys.load(config);
  const hasher = new KeyedHasher(loadAppSecrets(config));
  const accessTokens = new AccessTokens(keys, config.publicUrl, config.accessTokenTtlSeconds);
  const sessions = new Sessions(accessTokens, random, clock, config.session);
  const captchas = new Captchas(config.captcha, hasher, random, clock);
  const notifier = new Notifier(config, orm.em, clock, log);
  const codes = new Codes(hasher, random, clock);
  const bus = await Bus.connect(config.redisUrl, log);
  sessions.onEnded = (sessionId) => bus.publishSessionEnded(sessionId);
  await bus.onSessionEnded((sessionId) => sessions.forget(sessionId));
  const rateLimits = new RateLimits(config.rateLimits, bus.redis ? { kind: 'redis', client: bus.redis } : { kind: 'memory' });
  const identity = new IdentityService(config, clock, captchas, codes, sessions, keys, notifier, log, rateLimits);
  const accountCare = new AccountCareService(config, clock, captchas, codes, sessions, keys, notifier, rateLimits);
  const appointments = new AppointmentsService(clock, notifier);
  const eservices = new EServices(config, clock, random, notifier, log);
  const payments = new PaymentsService(config, clock, notifier, eservices, log);
  const digitalIds = new DigitalIdService(keys, clock, config.publicUrl, hasher);
  // Reminders of expiring documents (SPEC §5): hourly; tests call `services.reminders.runOnce()`.
  const reminders = new ExpiryReminders(orm, clock, notifier, log);
  reminders.start(EXPIRY_REMINDER_INTERVAL_MS);
  const sso = config.sso ? new SsoService(config, config.sso, clock, sessions, identity, accountCare, notifier, log, loadAppSecrets(config)) : null;
  const services: Services = { config, clock, log, orm, keys, accessTokens, sessions, captchas, identity, accountCare, notifier, rateLimits, appointments, digitalIds, reminders, eservices, payments, sso };

  const http = Fastify({
    // Fastify's own request log is off: the GraphQL plugins log what matters, with the operation
    // name, and nothing per request on the hot path.
    logger: false,
    // While stopping, requests that arrive on connections already open are still served (not
    // 503'd); see the Connection: close hook below.
    return503OnClosing: false,
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
  });
  await hardenHttp(http);
  // Graceful stop: once closing, every response asks its client to close the connection, so
  // keep-alive clients reconnect (to another instance) instead of reusing a socket that is about
  // to go; the server finishes what it has received and then closes.
  let closing = false;
  http.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  await http.register(fastifyCookie);
  await http.register(fastifyCors, {
    // Outside production any origin may call (Apollo Sandbox, local tools); in production only
    // the allowlist. Credentials (the refresh cookie) only ever go to the portal's own origin.
    origin: config.env === 'production' ? config.corsOrigins : true,
    credentials: false,
    maxAge: 600,
  });

  const metrics = new Metrics(orm);
  const protections = graphqlProtections(config);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    introspection: config.introspection,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    validationRules: protections.validationRules,
    // Apollo's cache-control plugin wraps every field resolver to compute cache hints nobody reads
    // here (responses are per person and not cached): off, it saves work on every field.
    plugins: [ApolloServerPluginCacheControlDisabled(), ...protections.plugins, graphqlOverHttpStatusPlugin(), requestLogPlugin(), nulGuardPlugin(), fastifyApolloDrainPlugin(http), landingPagePlugin(config.introspection), accessPlugin(publicOperations), rateLimitPlugin(rateLimits), errorMaskingPlugin(), metrics.plugin()],
  });
  await apollo.start();
  await http.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    context: maskContextFailures(log, (request, reply) => buildContext(services, request, reply)),
  });

  http.get('/.well-known/jwks.json', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return keys.jwks();
  });
  // Liveness: the process answers. Readiness: it can serve — database reachable, schema current.
  http.get('/healthz', async () => ({ status: 'ok' }));
  // The gateway's payment notices; without a callback secret there is no way to trust one, so no route.
  if (config.paymentCallbackSecret) await registerSadadRoute(http, services, log);
  if (sso) registerSsoRoutes(http, services, sso);
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
  http.get('/metrics', async (_request, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  if (config.env !== 'production' && config.sms.gateway === 'outbox') {
    // The development stand-in for a phone: the latest messages sent to a number or address.
    http.get<{ Querystring: { to?: string } }>('/dev/outbox', async (request) => {
      const to = request.query.to;
      const messages = await orm.em.fork().find(OutboxMessage, to ? { recipient: to } : {}, { orderBy: { id: 'desc' }, limit: 50 });
      return messages.map(({ id, channel, recipient, subject, body, locale, createdAt }) => ({ id, channel, to: recipient, subject, body, locale, createdAt }));
    });
  }

  if (existsSync(CLIENT_DIST)) {
    await http.register(fastifyStatic, {
      root: CLIENT_DIST,
      wildcard: false,
      setHeaders(res, file) {
        // Hashed assets never change under their name; the HTML shell must always be fresh.
        res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    http.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/graphql') && request.headers.accept?.includes('text/html')) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
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
    async stop() {
      if (stopped) return;
      stopped = true;
      closing = true;
      await http.close();
      await reminders.stop();
      await notifier.drain();
      await bus.close();
      await orm.close();
    },
  };
}
