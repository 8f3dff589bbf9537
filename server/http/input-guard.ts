import { DocumentNode, visit } from 'graphql';
import { ErrorCode, requestError } from '../shared/errors';
import type { RequestHooks } from './request-hooks';

/** Whether a variables value holds a string with U+0000 anywhere inside. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  return (Array.isArray(value) ? value : Object.values(value)).some((v) => containsNul(v, depth + 1));
}

/** Apollo hands the same parsed document to every request that sends the same query text. */
const nulInDocument = new WeakMap<DocumentNode, boolean>();

function documentContainsNul(document: DocumentNode): boolean {
  const known = nulInDocument.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  nulInDocument.set(document, found);
  return found;
}

/**
 * No text a person types holds U+0000, and neither SQLite nor PostgreSQL can take it in a query
 * (the first answers "unrecognized token", the second "invalid byte sequence"): a string with one,
 * in the variables or in the document, is refused before anything runs.
 */
export function nulGuard(): RequestHooks {
  return {
    didResolveOperation({ request, document, contextValue }) {
      if (containsNul(request.variables) || documentContainsNul(document)) {
        throw requestError(ErrorCode.BAD_USER_INPUT, contextValue.lang, {}, { reason: 'NUL_CHARACTER' });
      }
    },
  };
}
