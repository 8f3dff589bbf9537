import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/**
 * What the parts of an answer cost, in points. Calibrated on this code (see the README, "Query
 * cost"): a database statement takes a few tenths of a millisecond and holds one of the pool's few
 * connections, while resolving an object from memory takes microseconds, hence a hundred to one.
 */
export const COST = {
  /** A scalar or enum value: part of the object that holds it. */
  scalar: 0,
  /** Each object in the answer (each item of a list). */
  object: 1,
  /** A database statement run for each parent; also what a root field (a query or mutation) costs unless it declares otherwise. */
  statement: 100,
  /** A value loaded for every parent of a page in one statement (DataLoader): each parent's share. */
  batched: 1,
  /** Items of a paged field (`first`/`last`) when neither is given. */
  defaultPage: DEFAULT_PAGE_SIZE,
  /** The largest page a paged field serves. */
  maxPage: MAX_PAGE_SIZE,
  /** Items of a list that declares no bound. */
  unboundedList: MAX_PAGE_SIZE,
} as const;

/**
 * The most one operation may cost. Chosen between the dearest full page of a list (`myRequests` at
 * 100 with every field of the node down to the depth limit, each request's service's eligibility
 * included: 76,602; `nodes(ids:)` with 100 IDs and every field of every node type: 76,500) and the
 * eligibility flood, 15 aliases of `services(first: 100) { nodes { eligibility { eligible } } }`
 * (754,515; at the default page of 20, 152,115), so that every full page fits and the flood does
 * not (tests/query-cost-*.test.ts hold both). What it bounds is the rules one operation can run: an
 * eligibility check and its object cost 502, so 14 aliases of `services(first: 10)` fit (140 checks,
 * 71,694) and 15 do not (76,815), as when `services` was a plain list of its 10 e-services. The window
 * between the dearest page and that flood is now narrow (76,602 to 76,815): a field that makes a
 * request's full page dearer must be paid for elsewhere on the page, or eligibility's cost re-measured.
 */
export const COST_MAXIMUM = 76_700;

/** The formula as clients read it: in the schema (the `Query` type's description) and in the README. */
export const COST_FORMULA = [
  `Every operation has a cost in points, counted before anything runs and reported in every answer's \`extensions.cost\` as \`{ requested, maximum, budget { remaining, resetAt } }\`. An operation over ${COST_MAXIMUM} points is refused with \`COST_EXCEEDED\`. Each operation spends its cost from a budget per minute (the account's when signed in, else the client address's); once that is spent, calls are refused with \`RATE_LIMITED\` and \`retryAfter\` until \`resetAt\`.`,
  `A field costs \`own + length × (item + selection)\`. \`own\` is what the field's description states as "Cost: N" (fields that reach the database or run rules), else ${COST.statement} for a root field (a query or mutation), else 0. \`item\` is ${COST.object} for an object, ${COST.scalar} for a scalar or enum. \`selection\` is the sum of the selected fields' costs. \`length\` is 1 for a single value (a connection itself, its \`pageInfo\`, a count such as \`unreadCount\`); the page size for a paged field (\`first\`/\`last\`: 1–${COST.maxPage}, default ${COST.defaultPage}, variables included) and for the \`edges\` and \`nodes\` of the connection it returns; for a list sized by an argument ("As many items as \`ids\` asks for"), the number of items given; for another list, the bound its description states ("At most N items"), else ${COST.unboundedList}. A field selected several times under one name counts once; \`__typename\` and introspection cost nothing; an operation costs at least 1.`,
].join('\n\n');

/** How a field declares its cost (GraphQL field extension `cost`). */
export interface CostDeclaration {
  /** What resolving the field once costs (its database statements, its rules), on top of its objects. */
  points?: number;
  /** At most this many items: the bound of a plain list (a connection is counted at its page size instead). */
  listOf?: number;
  /** The argument that gives the list's length: a number, or a list whose length it is (e.g. `ids`). */
  sizedBy?: string;
}

const COST_KEY = 'cost';

/**
 * Declares a field's cost where the field is: `@Cost(COST.statement)` on a field that runs its own
 * statement for each parent, `@Cost({ listOf: 50 })` on a plain list that holds at most 50 items,
 * `@Cost(COST.statement, { listOf: 200 })` for both. A connection declares no bound: its page size
 * is its length (`describeCosts` refuses a bound on one).
 */
export function Cost(points: number, options?: Omit<CostDeclaration, 'points'>): MethodDecorator & PropertyDecorator;
export function Cost(declaration: CostDeclaration): MethodDecorator & PropertyDecorator;
export function Cost(pointsOrDeclaration: number | CostDeclaration, options: Omit<CostDeclaration, 'points'> = {}): MethodDecorator & PropertyDecorator {
  const declaration: CostDeclaration = typeof pointsOrDeclaration === 'number' ? { points: pointsOrDeclaration, ...options } : pointsOrDeclaration;
  for (const [name, value] of Object.entries(declaration)) {
    if (name !== 'sizedBy' && !(Number.isInteger(value) && (value as number) >= 0)) throw new Error(`@Cost: ${name} must be a whole number ≥ 0, not ${String(value)}`);
  }
  return Extensions({ [COST_KEY]: declaration });
}

/** A field's declaration, if it has one. */
export function costOf(field: GraphQLField<unknown, unknown>): CostDeclaration | undefined {
  return field.extensions?.[COST_KEY] as CostDeclaration | undefined;
}

/** Whether a field pages (`first`/`last`, or a declared `sizedBy` argument). */
export function isPaged(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((a) => a.name === 'first' || a.name === 'last') || !!costOf(field)?.sizedBy;
}

export interface CostOptions {
  /** The operation's variables, already coerced (`getVariableValues`). */
  variables?: Record<string, unknown>;
  /** Count every paged field at its largest page, whatever `first`/`last` say (variables unknown): the most a document can cost. */
  largestPages?: boolean;
}

/**
 * The page size a paged field's arguments ask for, held to 1..max as the lists hold it; undefined
 * for a field that does not page. Arguments are read only here, and only when the variables are
 * known.
 */
function pageSizeOf(field: GraphQLField<unknown, unknown>, node: FieldNode, options: CostOptions): number | undefined {
  if (!isPaged(field)) return undefined;
  if (options.largestPages) return COST.maxPage;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, node, options.variables ?? {});
  } catch {
    // Values that do not coerce: the operation is refused before it runs; count a default page.
    return COST.defaultPage;
  }
  const sizedBy = costOf(field)?.sizedBy;
  if (sizedBy) {
    const value = args[sizedBy];
    if (Array.isArray(value)) return value.length;
    return typeof value === 'number' ? Math.max(0, Math.trunc(value)) : 0;
  }
  const asked = [args.first, args.last].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (!asked.length) return COST.defaultPage;
  return Math.min(COST.maxPage, Math.max(1, Math.trunc(Math.max(...asked))));
}

/**
 * The cost of one operation of a document (see COST_FORMULA), with its variables known. Fields are
 * collected as GraphQL executes them: `@skip`/`@include` honoured, fragments and inline fragments
 * expanded where their type applies, fields of one response name merged (and a fragment spread once
 * per selection), so a document pays for what would run, and repeating itself costs nothing. Where
 * the type is abstract (an interface, a union), the costliest possible type counts.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, options: CostOptions = {}): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const variables = options.variables ?? {};
  const root = schema.getRootType(operation.operation);
  if (!root) return 1;
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));

  const included = (node: FieldNode | { directives?: FieldNode['directives'] }): boolean => {
    if (!node.directives?.length) return true;
    try {
      if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
      return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
    } catch {
      // Variables not known (largestPages) or not coercible (refused before running): counted in.
      return true;
    }
  };
  const applies = (type: GraphQLObjectType, condition: string | undefined): boolean => {
    if (!condition) return true;
    const conditional = schema.getType(condition);
    if (conditional === type) return true;
    return !!conditional && isAbstractType(conditional) && schema.isSubType(conditional, type);
  };

  /** The fields a selection asks of an object type, by response name. */
  const collect = (type: GraphQLObjectType, sets: readonly SelectionSetNode[], into = new Map<string, FieldNode[]>(), spread = new Set<string>()) => {
    for (const set of sets) {
      for (const selection of set.selections) {
        if (!included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const fields = into.get(key);
          if (fields) fields.push(selection);
          else into.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (applies(type, selection.typeCondition?.name.value)) collect(type, [selection.selectionSet], into, spread);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (spread.has(name) || !fragment || !applies(type, fragment.typeCondition.name.value)) continue;
          spread.add(name);
          collect(type, [fragment.selectionSet], into, spread);
        }
      }
    }
    return into;
  };

  // A selection met again in the same place (the same fragment under several fields) is costed
  // once: without this, a document of nested spreads would take exponential time to cost.
  const ids = new Map<SelectionSetNode, number>();
  const known = new Map<string, number>();
  const selectionCost = (type: GraphQLCompositeType, sets: readonly SelectionSetNode[], page: number | undefined): number => {
    const key = `${type.name}|${page ?? ''}|${sets.map((s) => ids.get(s) ?? ids.set(s, ids.size).size - 1).join(',')}`;
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    let total = 0;
    if (isAbstractType(type)) total = Math.max(0, ...schema.getPossibleTypes(type).map((t) => selectionCost(t, sets, page)));
    else for (const fields of collect(type, sets).values()) total += fieldCost(type, fields, page);
    known.set(key, total);
    return total;
  };

  /** `page`: the page size of the paged field this object is the answer of (its `edges`, `nodes` take it). */
  const fieldCost = (parent: GraphQLObjectType, nodes: FieldNode[], page: number | undefined): number => {
    const name = nodes[0].name.value;
    if (name.startsWith('__')) return 0;
    const field = parent.getFields()[name];
    if (!field) return 0;
    const declared = costOf(field);
    const named = getNamedType(field.type);
    const own = declared?.points ?? (roots.has(parent) ? COST.statement : 0);
    const size = pageSizeOf(field, nodes[0], options);
    const list = isListType(getNullableType(field.type));
    const length = list ? (size ?? page ?? declared?.listOf ?? COST.unboundedList) : 1;
    const item = isLeafType(named) ? COST.scalar : COST.object;
    const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    // Objects (deduplicated) so that a selection repeated through fragments is walked once.
    const selection = isCompositeType(named) ? selectionCost(named, [...new Set(sets)], list ? undefined : size) : 0;
    return own + length * (item + selection);
  };

  return Math.max(1, selectionCost(root, [operation.selectionSet], undefined));
}

/** The words a field's description gains from its declaration. */
export function costNote(declaration: CostDeclaration): string {
  const notes: string[] = [];
  if (declaration.points !== undefined) notes.push(`Cost: ${declaration.points}.`);
  if (declaration.listOf !== undefined) notes.push(`At most ${declaration.listOf} items.`);
  if (declaration.sizedBy) notes.push(`As many items as \`${declaration.sizedBy}\` asks for.`);
  return notes.join(' ');
}

/**
 * Why a declaration cannot count as written, if it cannot: a bound on a field that pages (its page
 * size wins, so the bound would be dead text in its description) or on a field that is no list, an
 * argument to size by that the field does not take. Lists that became connections left such
 * declarations behind once; the schema build now refuses them.
 */
export function declarationProblem(field: GraphQLField<unknown, unknown>, declared: CostDeclaration): string | undefined {
  const paged = field.args.some((a) => a.name === 'first' || a.name === 'last');
  if (declared.listOf !== undefined && paged) return 'pages with `first`/`last`, so its page size is its length: remove `listOf`';
  if (declared.listOf !== undefined && !isListType(getNullableType(field.type))) return 'is not a list: `listOf` bounds a plain list';
  if (declared.sizedBy && !field.args.some((a) => a.name === declared.sizedBy)) return `has no argument \`${declared.sizedBy}\` to be sized by`;
  if (declared.sizedBy && paged) return 'pages with `first`/`last` and declares `sizedBy` as well: one length only';
  return undefined;
}

/**
 * Writes the formula into the `Query` type's description and each declared cost or bound into its
 * field's description, so that clients read the limits where they read the API (GraphiQL, codegen).
 * Throws on a declaration that cannot count as written (`declarationProblem`).
 */
export function describeCosts(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = COST_FORMULA;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const declared = costOf(field);
      const problem = declared && declarationProblem(field, declared);
      if (problem) throw new Error(`@Cost on ${type.name}.${field.name}: the field ${problem}`);
      const note = declared && costNote(declared);
      if (note && !field.description?.endsWith(note)) field.description = [field.description, note].filter(Boolean).join(' ');
    }
  }
  return schema;
}
