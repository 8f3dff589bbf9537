import { gql } from '@apollo/client';
import { buildSchema, getNamedType, GraphQLField, GraphQLObjectType, GraphQLSchema, isObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostReport } from '../server/http/query-cost';
import { MAX_PAGE_SIZE } from '../server/shared/connection';
import { riyadhDate } from '../server/shared/clock';
import { COST_MAXIMUM } from '../server/shared/cost';
import { addDays } from '../server/shared/dates';
import { parseMobile } from '../server/shared/normalize';
import { REPO_ROOT } from '../server/shared/paths';
import { DEMO_SALE_PLATE, DEMO_SELLER } from '../server/modules/vehicle-sales/demo-sale';
import { BookAppointmentDocument, GrantAuthorisationDocument, MarkNotificationsReadDocument, OfferVehicleSaleDocument, PayViolationsDocument } from './gql/graphql';
import { loadGuideClient, type GuideClientModule } from './helpers/client-guide';
import { DEMO, login, PASSWORD, signedInAs } from './helpers/flows';
import { fullSelection, rootLists } from './helpers/full-selection';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const MINUTE = 60_000;
const schema: GraphQLSchema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8'));
const NODE_TYPES = new Set(schema.getPossibleTypes(schema.getType('Node') as never).map((t) => t.name));
/** The office and service whose slots are listed: a week of them, fewer than one largest page. */
const SLOTS = { officeId: 'RUH-PASSPORTS-1', serviceCode: 'PASSPORT_ISSUANCE' as const };

/** A browser's cookie jar for the refresh cookie, shared by the "tabs" given it, and a count of refreshes sent. */
class Browser {
  cookie: string | null;
  refreshes = 0;
  constructor(cookie: string | null) {
    this.cookie = cookie;
  }
  readonly fetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    if (String(init?.body).includes('refreshSession')) this.refreshes++;
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.getSetCookie().find((c) => c.startsWith('absher_rt='));
    if (set) this.cookie = set.split(';')[0] === 'absher_rt=' ? null : set.split(';')[0];
    return response;
  };
}

/** The root lists: every one is a Relay connection (`nodes(ids:)`, sized by its IDs, is not a list to page). */
const connections = () => rootLists(schema).filter((field) => field.args.some((a) => a.name === 'first'));

/** The arguments a root list needs besides its page: the slots of one office for a week. */
function requiredArgs(field: GraphQLField<unknown, unknown>, now: Date): string {
  if (field.name !== 'appointmentSlots') return '';
  const to = new Date(now.getTime() + 7 * 24 * 60 * MINUTE);
  return `officeId: "${SLOTS.officeId}", serviceCode: ${SLOTS.serviceCode}, from: "${now.toISOString()}", to: "${to.toISOString()}", `;
}

/** Every object of a Node type in an answer, as `Typename:id`. */
function nodesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => nodesIn(v, found));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.__typename === 'string' && NODE_TYPES.has(o.__typename)) found.add(`${o.__typename}:${String(o.id)}`);
    Object.values(o).forEach((v) => nodesIn(v, found));
  }
  return found;
}

/** Objects of a Node type stored inside another entry instead of as a reference: what a hand-written key would have to fix. */
function embeddedNodes(store: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.__typename === 'string' && NODE_TYPES.has(o.__typename)) found.push(`${where}: ${o.__typename}`);
      for (const [k, v] of Object.entries(o)) walk(v, `${where}.${k}`);
    }
  };
  for (const [key, entry] of Object.entries(store)) for (const [field, value] of Object.entries(entry as object)) walk(value, `${key}.${field}`);
  return found;
}

describe.each(databases)('a plain Apollo Client 4, set up as docs/client-guide.md says, against the real server ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let guide: GuideClientModule;
  const costs: { operation: string; cost: CostReport }[] = [];

  /** The guide's client for Mohammed in a browser of its own (his refresh cookie), with his access token. */
  const signedInClient = (browser = new Browser(mohammed.cookie), token: string | null = mohammed.token) => {
    const lost: string[] = [];
    const made = guide.createAbsherClient({
      uri: `${t.url}/graphql`,
      fetch: browser.fetch,
      language: () => 'en',
      onCost: (operation, cost) => costs.push({ operation, cost }),
      onSessionLost: (reason) => lost.push(reason),
    });
    made.setAccessToken(token);
    return { ...made, browser, lost };
  };

  beforeAll(async () => {
    if (!enabled) return;
    // Every list at its largest page with every field, and each page of each list both ways: far more than a minute's budget.
    t = await startTestApp({ database: kind, env: { RATE_LIMITS: 'cost-account=100000000/60,cost-address=100000000/60' } });
    guide = await loadGuideClient();
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
    // Something in every list of his: a request and its bill, an appointment and its notification.
    expect((await mohammed.ok(PayViolationsDocument, { input: { violationNumbers: ['2026000001'] } })).payViolations.errors).toEqual([]);
    const slots = await mohammed.raw<{ appointmentSlots: { nodes: { startsAt: string }[] } }>({
      query: `{ appointmentSlots(${requiredArgs(schema.getQueryType()!.getFields().appointmentSlots, t.clock.now())}first: 1) { nodes { startsAt } } }`,
    });
    const slotStart = slots.data!.appointmentSlots.nodes[0].startsAt;
    expect((await mohammed.ok(BookAppointmentDocument, { input: { ...SLOTS, slotStart } })).bookAppointment.errors).toEqual([]);
    // A car offered to him.
    const seller = await signedInAs(t, DEMO_SELLER);
    expect((await seller.ok(OfferVehicleSaleDocument, { input: { plate: DEMO_SALE_PLATE, buyerNationalId: DEMO.MOHAMMED.nationalId, price: 60_000 } })).offerVehicleSale.errors).toEqual([]);
    // And an authorisation the seller gave him.
    const today = riyadhDate(t.clock.now());
    const { grantAuthorisation } = await seller.ok(GrantAuthorisationDocument, {
      input: { delegateNationalId: DEMO.MOHAMMED.nationalId, services: ['RENEW_VEHICLE_REGISTRATION'], startsOn: today, endsOn: addDays(today, 30) },
    });
    expect(grantAuthorisation.errors).toEqual([]);
    await t.app.drain();
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('normalises every Node of me and of every root list under Typename:id, with no cache key written by hand', async () => {
    const { client } = signedInClient();
    const me = `me { ${fullSelection(schema, schema.getType('Account') as GraphQLObjectType, 2)} }`;
    const lists = connections().map(
      (field) => `${field.name}(${requiredArgs(field, t.clock.now())}first: ${MAX_PAGE_SIZE}) { ${fullSelection(schema, getNamedType(field.type) as GraphQLObjectType, 2)} }`,
    );
    expect(lists).toHaveLength(17);
    const answered = new Set<string>();
    // One operation per list: each fits the cost maximum alone (tests/query-cost-every-list-fits-at-its-largest-page.test.ts).
    for (const selection of [me, ...lists]) {
      const { data, error } = await client.query({ query: gql(`query Everything { ${selection} }`), fetchPolicy: 'network-only' });
      expect(error).toBeUndefined();
      nodesIn(data, answered);
    }
    const store = client.cache.extract() as Record<string, unknown>;
    for (const kindOfNode of [
      'Account',
      'Person',
      'PersonDocument',
      'Vehicle',
      'Violation',
      'ServiceRequest',
      'Bill',
      'Appointment',
      'VehicleSale',
      'Notification',
      'SessionInfo',
      'SecurityEvent',
      'Office',
      'EService',
      'ServiceCategory',
    ]) {
      expect(
        [...answered].some((key) => key.startsWith(`${kindOfNode}:`)),
        kindOfNode,
      ).toBe(true);
    }
    for (const key of answered) expect(store[key], key).toMatchObject({ __typename: key.split(':')[0], id: key.slice(key.indexOf(':') + 1) });
    expect(embeddedNodes(store)).toEqual([]);
  });

  it.skipIf(!enabled)('node(id:) lands on the same cache entry as the list, and what it brings shows in the list read from the cache', async () => {
    const { client } = signedInClient();
    const Notifications = gql('query Notifications { notifications(first: 10) { nodes { id title read } } }');
    const listed = await client.query({ query: Notifications, fetchPolicy: 'network-only' });
    const [first] = (listed.data as { notifications: { nodes: { id: string; read: boolean }[] } }).notifications.nodes;
    expect(first.read).toBe(false);
    expect((await mohammed.ok(MarkNotificationsReadDocument, { input: { all: true } })).markNotificationsRead.errors).toEqual([]);

    const fetched = await client.query({
      query: gql('query Notification($id: ID!) { node(id: $id) { __typename id ... on Notification { read kind } } }'),
      variables: { id: first.id },
      fetchPolicy: 'network-only',
    });
    expect(fetched.data).toMatchObject({ node: { __typename: 'Notification', id: first.id, read: true } });
    const store = client.cache.extract() as Record<string, Record<string, unknown>>;
    expect(store.ROOT_QUERY[`node({"id":"${first.id}"})`]).toEqual({ __ref: `Notification:${first.id}` });
    expect(store[`Notification:${first.id}`]).toMatchObject({ read: true, kind: expect.any(String), title: expect.any(String) });
    const fromCache = await client.query({ query: Notifications, fetchPolicy: 'cache-only' });
    expect((fromCache.data as { notifications: { nodes: { id: string; read: boolean }[] } }).notifications.nodes[0]).toMatchObject({ id: first.id, read: true });
  });

  it.skipIf(!enabled)('pages every root list forwards with first/after and back with last/before, at 3 and at 100, with no repeat and no gap', async () => {
    const { client } = signedInClient();
    for (const field of connections()) {
      const node = getNamedType(field.type) as GraphQLObjectType;
      const item = getNamedType(node.getFields().edges.type) as GraphQLObjectType;
      const itemType = getNamedType(item.getFields().node.type);
      const key = isObjectType(itemType) && NODE_TYPES.has(itemType.name) ? '__typename id' : '__typename';
      const page = gql(
        `query Page($first: Int, $after: String, $last: Int, $before: String) { list: ${field.name}(${requiredArgs(field, t.clock.now())}first: $first, after: $after, last: $last, before: $before) {
          edges { cursor node { ${key} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      );
      type Page = { list: { edges: { cursor: string }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } } };
      const ask = async (variables: Record<string, unknown>) => {
        const { data, error } = await client.query({ query: page, variables, fetchPolicy: 'network-only' });
        expect(error, `${field.name} ${JSON.stringify(variables)}`).toBeUndefined();
        return (data as Page).list;
      };
      const whole = await ask({ first: MAX_PAGE_SIZE });
      expect(whole.pageInfo, field.name).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      const all = whole.edges.map((e) => e.cursor);
      expect(all.length, `${field.name} holds something to page`).toBeGreaterThan(0);
      expect(new Set(all).size).toBe(all.length);

      for (const size of [3, MAX_PAGE_SIZE]) {
        const forward: string[] = [];
        for (let after: string | null = null, more = true; more;) {
          const got = await ask({ first: size, after });
          expect(got.edges.length).toBeLessThanOrEqual(size);
          expect(got.pageInfo.hasPreviousPage, field.name).toBe(after !== null);
          forward.push(...got.edges.map((e) => e.cursor));
          ({ hasNextPage: more, endCursor: after } = got.pageInfo);
        }
        expect(forward, `${field.name} forward by ${size}`).toEqual(all);

        const backward: string[] = [];
        for (let before: string | null = null, more = true; more;) {
          const got = await ask({ last: size, before });
          expect(got.pageInfo.hasNextPage, field.name).toBe(before !== null);
          backward.unshift(...got.edges.map((e) => e.cursor));
          ({ hasPreviousPage: more, startCursor: before } = got.pageInfo);
        }
        expect(backward, `${field.name} backward by ${size}`).toEqual(all);
      }
    }
  });

  it.skipIf(!enabled)('learns each operation’s cost from extensions.cost', async () => {
    const { client } = signedInClient();
    costs.length = 0;
    await client.query({ query: gql('query Catalogue { services(first: 100) { nodes { code nameEn } } }'), fetchPolicy: 'network-only' });
    await client.query({ query: gql('query Mine { me { id username } }'), fetchPolicy: 'network-only' });
    expect(costs.map((c) => [c.operation, c.cost.requested, c.cost.maximum])).toEqual([
      ['Catalogue', 201, COST_MAXIMUM],
      ['Mine', 101, COST_MAXIMUM],
    ]);
    expect(costs[1].cost.budget.remaining).toBe(costs[0].cost.budget.remaining - 101);
    expect(Date.parse(costs[1].cost.budget.resetAt)).toBeGreaterThan(Date.now());
  });

  it.skipIf(!enabled)('tells an expired token from an anonymous call by extensions.reason; refreshes once for the requests that expired together', async () => {
    const Vehicles = gql('query Vehicles { myVehicles { nodes { id plate } } }');
    const anonymous = signedInClient(new Browser(null), null);
    // Apollo Client 4 rejects a query answered with errors (errorPolicy "none"): the error is what a client reads.
    const refused = await anonymous.client.query({ query: Vehicles }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(guide.signedOutReason(refused)).toBe('NO_TOKEN');
    expect(anonymous.lost).toEqual([]);

    const tab = signedInClient();
    // In another browser, with the token but not the cookie: the refresh cannot mend it.
    const stranded = signedInClient(new Browser(null));
    t.clock.advance(11 * MINUTE);
    const expired = await stranded.client.query({ query: Vehicles }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(guide.signedOutReason(expired)).toBe('TOKEN_EXPIRED');
    expect(stranded.lost).toEqual(['TOKEN_EXPIRED']);
    expect(stranded.browser.refreshes).toBe(1);

    // Three different requests find the token expired together: one refresh, then each is sent again and answers.
    const answers = await Promise.all(
      ['query A { myVehicles { nodes { id } } }', 'query B { myDocuments { nodes { id } } }', 'query C { me { id } }'].map((q) => tab.client.query({ query: gql(q), fetchPolicy: 'network-only' })),
    );
    expect(answers.map((a) => a.error)).toEqual([undefined, undefined, undefined]);
    expect(tab.browser.refreshes).toBe(1);
    expect(tab.lost).toEqual([]);
  });

  it.skipIf(!enabled)('two tabs that refresh with the same cookie within the grace window both keep the session', async () => {
    // A session of its own: the earlier tests have traded Mohammed's first cookie, and trading it again would end that session.
    const browser = t.client();
    await login(t, `p${DEMO.MOHAMMED.nationalId}`, parseMobile(DEMO.MOHAMMED.mobile)!, PASSWORD, browser);
    t.clock.advance(11 * MINUTE);
    // One browser's tabs: the same (now expired) token in each one's memory, the same cookie.
    const tabs = [signedInClient(new Browser(browser.cookie), browser.token), signedInClient(new Browser(browser.cookie), browser.token)];
    const Mine = gql('query Mine { me { id username } }');
    const answers = await Promise.all(tabs.map((tab) => tab.client.query({ query: Mine, fetchPolicy: 'network-only' })));
    expect(answers.map((a) => a.error)).toEqual([undefined, undefined]);
    expect(tabs.map((tab) => tab.browser.refreshes)).toEqual([1, 1]);
    expect(tabs.map((tab) => tab.lost)).toEqual([[], []]);
    // The same new pair for both, and the session goes on from it.
    expect(tabs[1].browser.cookie).toBe(tabs[0].browser.cookie);
    expect(await tabs[0].refresh()).toBe(true);
    expect((await tabs[0].client.query({ query: Mine, fetchPolicy: 'network-only' })).error).toBeUndefined();
  });
});
