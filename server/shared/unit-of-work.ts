import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';

/** Something to do once a transaction has committed: send an SMS, publish on the bus, drop a cache entry. */
export type Effect = () => Promise<void> | void;

/** A class of events a lower module publishes and higher modules react to. */
export type EventType<E extends object> = abstract new (...args: never[]) => E;

/** Reacts to an event inside the publishing transaction: its writes commit or roll back with it. */
export type EventHandler<E extends object> = (tx: Transaction, event: E) => Promise<void> | void;

export interface Reaction<E extends object = object> {
  event: EventType<E>;
  handle: EventHandler<E>;
}

/** A reaction of a module to an event of another (see the manifests' `reactions`). */
export function on<E extends object>(event: EventType<E>, handle: EventHandler<E>): Reaction {
  return { event, handle: handle as EventHandler<object> };
}

/** One transaction of a user action or a job. */
export interface Transaction {
  readonly em: EntityManager;
  /** Runs `effect` after the transaction commits (on the next turn, once the answer is written); never when it rolls back. */
  afterCommit(effect: Effect): void;
  /**
   * Calls `listener` the moment the transaction commits, before the action answers; never when it
   * rolls back. For what must hold before anyone reads again — a cache forgetting what the
   * transaction changed — and must be quick and never throw.
   */
  onCommit(listener: () => void): void;
  /** Lets the modules that react to `event` do their part, inside this transaction, before it commits. */
  publish(event: object): Promise<void>;
}

/**
 * Runs what transactions left to do after they committed, and remembers what is still running so
 * that a graceful stop (and a test) can wait for it. A failed effect is logged, never fatal to the
 * action that queued it: the action has committed.
 */
export class Effects {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  run(effects: readonly Effect[]): void {
    for (const effect of effects) {
      // Started on the next turn of the event loop, once the answer of the request that committed
      // has been written: an effect one path has and another lacks (the SMS of a password reset
      // that matched an account) must not show in how long the answer took.
      const running: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(effect)
        .catch((error: unknown) => this.log.error({ err: error instanceof Error ? error.message : String(error) }, 'after-commit effect failed'))
        .finally(() => this.inFlight.delete(running));
      this.inFlight.add(running);
    }
  }

  /** Resolves once every effect handed over so far has finished. */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }
}

/** Which handlers react to which event, from every module's manifest. */
export class Reactions {
  private readonly byEvent = new Map<EventType<object>, EventHandler<object>[]>();

  add(reactions: readonly Reaction[]): void {
    for (const { event, handle } of reactions) this.byEvent.set(event, [...(this.byEvent.get(event) ?? []), handle]);
  }

  async publish(tx: Transaction, event: object): Promise<void> {
    for (const handle of this.byEvent.get(event.constructor as EventType<object>) ?? []) await handle(tx, event);
  }
}

/** Each open transaction by its EntityManager: what the ORM's flush events hand their subscribers. */
const openTransactions = new WeakMap<EntityManager, Transaction>();

/**
 * The transaction `em` writes in, when it is one of `work.transaction`'s: an ORM event subscriber
 * (which is given only the EntityManager) queues its after-commit effects there.
 */
export function transactionOf(em: EntityManager): Transaction | undefined {
  return openTransactions.get(em);
}

class ActiveTransaction implements Transaction {
  readonly effects: Effect[] = [];
  readonly commitListeners: (() => void)[] = [];
  constructor(
    readonly em: EntityManager,
    private readonly reactions: Reactions,
  ) {
    openTransactions.set(em, this);
  }
  afterCommit(effect: Effect): void {
    this.effects.push(effect);
  }
  onCommit(listener: () => void): void {
    this.commitListeners.push(listener);
  }
  publish(event: object): Promise<void> {
    return this.reactions.publish(this, event);
  }
}

/**
 * The unit of work of one request or one job run: its own EntityManager (identity map) for reads,
 * and transactions whose side effects wait for the commit. A transaction that throws rolls back and
 * leaves nothing to do afterwards.
 */
export class UnitOfWork {
  private forked: EntityManager | undefined;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly reactions: Reactions,
    private readonly effects: Effects,
  ) {}

  /**
   * Its EntityManager, forked on first use: most requests (`__typename`, the catalogue, `me` from
   * the current-account cache) never touch the ORM, and a fork costs tens of µs per request.
   */
  get em(): EntityManager {
    return (this.forked ??= this.fork());
  }

  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let active: ActiveTransaction | undefined;
    const result = await this.em.transactional((em) => {
      active = new ActiveTransaction(em, this.reactions);
      return work(active);
    });
    if (active) {
      for (const listener of active.commitListeners) listener();
      this.effects.run(active.effects);
    }
    return result;
  }
}

/** Starts units of work on the application's database: one per request, one per job run. */
export class Work {
  readonly reactions = new Reactions();

  constructor(
    private readonly orm: MikroORM,
    readonly effects: Effects,
  ) {}

  begin(): UnitOfWork {
    return new UnitOfWork(() => this.orm.em.fork(), this.reactions, this.effects);
  }
}
