import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from '../context';

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

  plugin(): ApolloServerPlugin<Context> {
    const metrics = this;
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        return {
          async willSendResponse(ctx) {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            metrics.duration.observe({ operation: metrics.label(ctx.operationName), type: ctx.operation?.operation ?? 'unknown' }, seconds);
          },
          async didEncounterErrors(ctx) {
            for (const error of ctx.errors) metrics.errors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          },
        };
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
