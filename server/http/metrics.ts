import type { MikroORM } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import { constantTimeEqual, sha256 } from '../shared/crypto';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestHooks } from './request-hooks';

/** Operation names come from clients: only well-formed ones become labels, and only so many. */
const MAX_OPERATION_LABELS = 200;

interface KnexPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/**
 * Prometheus metrics for `/metrics`: GraphQL requests and latency by operation, errors by code,
 * the process's defaults (event-loop lag, memory, GC) and the database pool. One registry per
 * app, so several apps in one test process do not collide.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly duration: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'code'>;

  constructor(orm: MikroORM) {
    collectDefaultMetrics({ register: this.registry });
    this.duration = new Histogram({
      name: 'absher_graphql_request_duration_seconds',
      help: 'GraphQL requests by operation name and type, and how long they took.',
      labelNames: ['operation', 'type'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: 'absher_graphql_errors_total',
      help: 'GraphQL errors by extensions.code (user-input refusals in payloads are not errors).',
      labelNames: ['code'],
      registers: [this.registry],
    });
    const pool = () => {
      const knex = (orm.em.getConnection() as unknown as { getKnex?: () => { client: { pool?: KnexPool } } }).getKnex?.();
      return knex?.client.pool;
    };
    new Gauge({
      name: 'absher_db_pool_connections',
      help: 'Database pool connections by state.',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'used' }, p.numUsed());
        this.set({ state: 'free' }, p.numFree());
        this.set({ state: 'pending' }, p.numPendingAcquires());
      },
    });
  }

  /**
   * `GET /metrics`. Operation names, error counts and the process's state are for the operator, not
   * the public: with `METRICS_TOKEN` only `Authorization: Bearer <token>` gets them (what Prometheus
   * sends with `authorization.credentials`); production without it serves no metrics at all.
   */
  route(http: FastifyInstance, config: Pick<Config, 'env' | 'metricsToken'>): void {
    const { metricsToken } = config;
    if (config.env === 'production' && !metricsToken) return;
    // Hashes of equal length, so the comparison takes the same time whatever was sent.
    const expected = metricsToken ? sha256(metricsToken) : null;
    http.get('/metrics', async (request, reply) => {
      if (expected) {
        const [scheme, token] = (request.headers.authorization ?? '').split(' ');
        if (scheme?.toLowerCase() !== 'bearer' || !token || !constantTimeEqual(sha256(token), expected)) {
          return reply.code(401).header('www-authenticate', 'Bearer realm="metrics"').send({ error: 'metrics need Authorization: Bearer <METRICS_TOKEN>' });
        }
      }
      reply.header('content-type', this.registry.contentType);
      return this.registry.metrics();
    });
  }

  /** Each GraphQL request's duration and errors (server/http/request-hooks.ts). */
  hooks(): RequestHooks {
    return {
      willSendResponse: (ctx) => {
        const seconds = (performance.now() - ctx.contextValue.receivedAt) / 1000;
        this.duration.observe({ operation: this.label(ctx.operationName), type: ctx.operation?.operation ?? 'unknown' }, seconds);
      },
      didEncounterErrors: (ctx) => {
        for (const error of ctx.errors) this.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
      },
    };
  }

  private label(name: string | null | undefined): string {
    if (!name || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }
}
