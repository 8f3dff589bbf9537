import { getNamedType, GraphQLCompositeType, GraphQLField, GraphQLSchema, isAbstractType, isLeafType, isNonNullType, isObjectType } from 'graphql';
import { GRAPHQL_LIMITS } from '../../server/http/hardening';
import { COST, isPaged } from '../../server/shared/cost';

/**
 * Every field of a type, and of the objects it holds, down to the server's depth limit (fields at
 * `level`, the root field being level 1), paged fields at their largest page: what a client asking
 * for "everything" sends. A field that
 * needs an argument is left out (listed in `skipped`); of a connection's `edges` and `nodes`, which
 * are the same items, only `edges { cursor node }` is asked for.
 */
export function fullSelection(schema: GraphQLSchema, type: GraphQLCompositeType, level: number, skipped: string[] = []): string {
  if (isAbstractType(type)) {
    return ['__typename', ...schema.getPossibleTypes(type).map((t) => `... on ${t.name} { ${fullSelection(schema, t, level, skipped)} }`)].join(' ');
  }
  const fields = Object.values(type.getFields());
  const connection = fields.some((f) => f.name === 'edges') && fields.some((f) => f.name === 'nodes');
  const parts: string[] = [];
  for (const field of fields) {
    if (connection && field.name === 'nodes') continue;
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) {
      skipped.push(`${type.name}.${field.name}`);
      continue;
    }
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (level < GRAPHQL_LIMITS.depth) parts.push(`${field.name}${largestPage(field)} { ${fullSelection(schema, named as GraphQLCompositeType, level + 1, skipped)} }`);
  }
  return parts.length ? parts.join(' ') : '__typename';
}

/**
 * The arguments that ask a paged field for its largest page: `first` (or `last`) at its maximum.
 * None for another field, nor for one sized by an argument of its own (`nodes(ids:)`), whose
 * values the caller gives.
 */
export function largestPage(field: GraphQLField<unknown, unknown>): string {
  if (field.args.some((a) => a.name === 'first')) return `(first: ${COST.maxPage})`;
  if (field.args.some((a) => a.name === 'last')) return `(last: ${COST.maxPage})`;
  return '';
}

/** Root queries that answer a list: plain lists and connections (paged fields). */
export function rootLists(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getQueryType()!.getFields()).filter((f) => {
    const type = isNonNullType(f.type) ? f.type.ofType : f.type;
    return isPaged(f) || (!isObjectType(type) && !isLeafType(getNamedType(f.type)) && type.toString().startsWith('['));
  });
}
