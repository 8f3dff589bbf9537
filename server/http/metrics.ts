import type { MikroORM } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import { constantTimeEqual, sha256 } from '../shared/crypto';
import { collectDefaultMetrics, Counter, Gauge, type Metric, Registry } from 'prom-client';
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
  private readonly duration: LatencyHistogram;
  private readonly errors: Counter<'code'>;

  constructor(orm: MikroORM) {
    collectDefaultMetrics({ register: this.registry });
    this.duration = new LatencyHistogram(
      'absher_graphql_request_duration_seconds',
      'GraphQL requests by operation name and type, and how long they took.',
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    );
    this.registry.registerMetric(this.duration as unknown as Metric);
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
        this.duration.observe(this.label(ctx.operationName), ctx.operation?.operation ?? 'unknown', seconds);
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

/** One operation's observations: a count per bucket (the last one past every bound), their sum and number. */
interface Series {
  counts: number[];
  sum: number;
  count: number;
}

/**
 * A Prometheus histogram of GraphQL request durations by operation and type, observed on every
 * request and formatted only when scraped. Kept as plain counts: prom-client's own histogram
 * validates and hashes its label object on every observation, a visible share of what the
 * cheapest request (`{ __typename }`) costs. Registered in the app's prom-client registry, which
 * asks it for its values (`get`) as for any other metric.
 */
export class LatencyHistogram {
  readonly type = 'histogram' as const;
  readonly aggregator = 'sum' as const;
  /** By operation type, then operation name. */
  private readonly series = new Map<string, Map<string, Series>>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: readonly number[],
  ) {}

  observe(operation: string, type: string, seconds: number): void {
    let byName = this.series.get(type);
    if (!byName) this.series.set(type, (byName = new Map()));
    let series = byName.get(operation);
    if (!series) byName.set(operation, (series = { counts: new Array<number>(this.bounds.length + 1).fill(0), sum: 0, count: 0 }));
    let bucket = 0;
    while (bucket < this.bounds.length && seconds > this.bounds[bucket]) bucket++;
    series.counts[bucket]++;
    series.sum += seconds;
    series.count++;
  }

  /** What prom-client's registry formats: `_bucket` lines (cumulative, `le` up to `+Inf`), `_sum` and `_count`, per operation. */
  async get() {
    const values: { metricName: string; labels: Record<string, string | number>; value: number }[] = [];
    for (const [type, byName] of this.series) {
      for (const [operation, series] of byName) {
        let cumulative = 0;
        series.counts.forEach((count, bucket) => {
          cumulative += count;
          const le = bucket < this.bounds.length ? this.bounds[bucket] : '+Inf';
          values.push({ metricName: `${this.name}_bucket`, labels: { le, operation, type }, value: cumulative });
        });
        values.push({ metricName: `${this.name}_sum`, labels: { operation, type }, value: series.sum });
        values.push({ metricName: `${this.name}_count`, labels: { operation, type }, value: series.count });
      }
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }

  reset(): void {
    this.series.clear();
  }
}
