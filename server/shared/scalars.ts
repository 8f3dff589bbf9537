import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO, LocalDateResolver } from 'graphql-scalars';

/**
 * The API's custom scalars, each pointing at its specification (`@specifiedBy`), so that clients and
 * codegen know the exact format without reading the description. They behave exactly as the
 * graphql-scalars ones they copy; only the URL is added.
 */

/** An instant: RFC 3339 date-time in UTC, e.g. `2026-11-26T05:00:00.000Z` (JavaScript `Date` fields; see buildAppSchema's scalarsMap). */
export const DateTimeISO = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  specifiedByURL: 'https://scalars.graphql.org/andimarek/date-time.html',
});

/** A calendar date without a time zone, `YYYY-MM-DD` (dates of birth, document dates). */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  specifiedByURL: 'https://scalars.graphql.org/andimarek/local-date.html',
});
