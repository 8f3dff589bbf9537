import type { GraphQLRequestContext } from '@apollo/server';
import { DocumentNode, getVariableValues, GraphQLSchema, visit } from 'graphql';
import type { Budget, RateLimitName, RateLimits } from '../modules/security';
import type { Context } from '../shared/context';
import { COST_MAXIMUM, costOf, operationCost } from '../shared/cost';
import { ErrorCode, requestError } from '../shared/errors';
import type { RequestHooks } from './request-hooks';

/** What every answer says in `extensions.cost`. */
export interface CostReport {
  /** What this operation costs (0 when it did not parse or validate: nothing was spent). */
  requested: number;
  /** The most one operation may cost. */
  maximum: number;
  /** What the caller has left to spend this minute, and when it is full again (ISO 8601). */
  budget: { remaining: number; resetAt: string };
}

interface Admission {
  requested: number;
  budget?: Budget;
}

/** Where a request's admission is kept for its answer: on its own context (a WeakMap entry per request cost more). */
const ADMISSION = Symbol('query cost admission');
type Admitted = Context & { [ADMISSION]?: Admission };

/**
 * Query cost (server/shared/cost.ts) for every operation, once its variables are known: the
 * operation guard calls `admit` before anything resolves, which refuses an operation over the
 * maximum (`COST_EXCEEDED`) and spends the cost from the caller's budget per minute (`RATE_LIMITED`
 * with `retryAfter` once spent); `plugin()` reports `extensions.cost` on every answer, refusals
 * included.
 */
export class QueryCosts {
  /** Arguments whose value sizes a list: `first`, `last`, and every declared `sizedBy`. */
  private readonly sizingArguments: Set<string>;
  /**
   * Costs already counted, per parsed document (Apollo keeps one per query text, so clients sending
   * the same documents hit this), by operation and the values of the variables the cost depends on.
   */
  private readonly known = new WeakMap<DocumentNode, { sizing: string[]; costs: Map<string, number> }>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rateLimits: RateLimits,
    readonly maximum: number = COST_MAXIMUM,
  ) {
    this.sizingArguments = new Set(['first', 'last']);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!('getFields' in type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const sizedBy = 'args' in field ? costOf(field)?.sizedBy : undefined;
        if (sizedBy) this.sizingArguments.add(sizedBy);
      }
    }
  }

  /** The variables a document's cost can depend on: those given to sizing arguments, `@skip` and `@include`. */
  private sizingVariables(document: DocumentNode): string[] {
    const names = new Set<string>();
    const collect = (node: object) =>
      visit(node as DocumentNode, {
        Variable: (variable) => {
          names.add(variable.name.value);
        },
      });
    visit(document, {
      // By name wherever it appears: a variable too many in the key costs nothing but a cache entry.
      Argument: (argument) => {
        if (this.sizingArguments.has(argument.name.value)) collect(argument.value);
      },
      Directive: (directive) => {
        if (directive.name.value === 'skip' || directive.name.value === 'include') collect(directive);
      },
    });
    return [...names];
  }

  /** Whose budget a call spends: its account's when signed in (people behind one NAT address each have their own), else its address's. */
  private budgetOf(context: Context): [RateLimitName, string] {
    return context.actor ? ['cost-account', context.actor.accountId] : ['cost-address', context.meta.clientAddress];
  }

  /** The operation's cost with its variables coerced; null when it has no operation or its variables do not coerce (Apollo then refuses it without running anything). */
  private requested({ operation, document, request }: GraphQLRequestContext<Context>): number | null {
    if (!operation || !document) return null;
    let variables: Record<string, unknown> = {};
    if (operation.variableDefinitions?.length) {
      const coerced = getVariableValues(this.schema, operation.variableDefinitions, request.variables ?? {}, { maxErrors: 1 });
      if (coerced.errors) return null;
      variables = coerced.coerced;
    }
    let known = this.known.get(document);
    if (!known) this.known.set(document, (known = { sizing: this.sizingVariables(document), costs: new Map() }));
    const name = operation.name?.value ?? '';
    const key = known.sizing.length ? `${name}\u0000${JSON.stringify(known.sizing.map((variable) => variables[variable] ?? null))}` : name;
    let cost = known.costs.get(key);
    if (cost === undefined) {
      cost = operationCost(this.schema, document, operation, { variables });
      // Bounded: a document sent with ever new page sizes does not grow it without end.
      if (known.costs.size >= 100) known.costs.clear();
      known.costs.set(key, cost);
    }
    return cost;
  }

  /** Refuses an operation that costs too much, or more than the caller has left; spends its cost otherwise. */
  admit(context: GraphQLRequestContext<Context>): Promise<void> | undefined {
    const requested = this.requested(context);
    if (requested === null) return;
    const { contextValue } = context;
    const admission: Admission = { requested };
    (contextValue as Admitted)[ADMISSION] = admission;
    if (requested > this.maximum) {
      // A refusal of the request itself, like a document that does not validate: 400 under
      // application/graphql-response+json, 200 under application/json (graphql-over-http.ts).
      throw requestError(ErrorCode.COST_EXCEEDED, contextValue.lang, { requested, maximum: this.maximum }, { requested, maximum: this.maximum, http: { status: 400 } });
    }
    return this.rateLimits.spend(...this.budgetOf(contextValue), requested).then((spent) => {
      admission.budget = spent;
      if (spent.refused) {
        throw requestError(ErrorCode.RATE_LIMITED, contextValue.lang, { retryAfter: spent.retryAfter }, { retryAfter: spent.retryAfter, reason: 'COST_BUDGET' });
      }
    });
  }

  /** `extensions.cost` on every answer Apollo gives (server/http/request-hooks.ts). */
  hooks(): RequestHooks {
    return {
      willSendResponse: (context) => {
        const body = context.response.body;
        if (body.kind !== 'single') return;
        const admission = (context.contextValue as Admitted)[ADMISSION];
        // Refused before its cost was counted (access, a document that does not validate): what it
        // would have cost, and the budget as it stands — nothing was spent.
        const requested = admission?.requested ?? this.requested(context) ?? 0;
        const report = (budget: Budget) => {
          const cost: CostReport = { requested, maximum: this.maximum, budget: { remaining: budget.remaining, resetAt: this.instant(budget.resetAt) } };
          body.singleResult.extensions = body.singleResult.extensions ? { ...body.singleResult.extensions, cost } : { cost };
        };
        // Synchronous for an admitted request (most of them): no promise on its way out.
        if (admission?.budget) return report(admission.budget);
        return this.rateLimits.budget(...this.budgetOf(context.contextValue)).then(report);
      },
    };
  }

  /** The last instant written and how: a budget's reset is the same instant for every request of its minute. */
  private lastInstant = { time: NaN, iso: '' };

  /** `at` in ISO 8601, written once per distinct instant. */
  private instant(at: Date): string {
    const time = at.getTime();
    if (time !== this.lastInstant.time) this.lastInstant = { time, iso: at.toISOString() };
    return this.lastInstant.iso;
  }
}
