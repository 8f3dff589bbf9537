import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardDelivery } from '../server/modules/card-delivery/card-delivery.entity';
import { Bill } from '../server/modules/payments/bill.entity';
import { signCallback } from '../server/shared/signed-callback';
import { AdvanceCardDeliveryDocument, MyBillsDocument, MyCardDeliveriesDocument, OrderCardDeliveryDocument, PayBillDocument, RenewNationalIdDocument, WalletCardsDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

// Two keys: the carrier signs with either while one is rotated out.
const SECRET = 'postal-carrier-tracking-key-0123456789-abc';
const PREVIOUS = 'postal-carrier-previous-key-9876543210-xyz';
const MOHAMMED_SMS = '+966500000001';

describe.each(databases)('card delivery: ordered with a SAR 17.25 bill, ordered from the carrier when paid, tracked by its signed callback ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let mohammed: GraphQLClient;
  let fahd: GraphQLClient;

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { DELIVERY_CALLBACK_SECRETS: `${SECRET},${PREVIOUS}` } });
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
    fahd = await signedInAs(t, DEMO.FAHD);
    mohammed.language = 'en';
    fahd.language = 'en';
  });
  afterAll(async () => t?.stop());

  const now = () => Math.floor(t.clock.now().getTime() / 1000);
  const post = async (body: string, options: { secret?: string; timestamp?: number } = {}) => {
    const timestamp = String(options.timestamp ?? now());
    const res = await fetch(`${t.url}/agency/post/card-deliveries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-post-timestamp': timestamp, 'x-post-signature': `sha256=${signCallback(options.secret ?? SECRET, timestamp, body)}` },
      body,
    });
    return { status: res.status, body: (await res.json()) as { status: string } };
  };
  /** The SMS to Mohammed since `since` that says `text` (the steps' messages may arrive in any order). */
  const smsSaying = async (since: number, text: string) => {
    for (let i = 0; i < 50; i++) {
      const said = t.sms.messages.find((m) => m.to === MOHAMMED_SMS && m.receivedAt >= since && m.text.includes(text));
      if (said) return said.text;
      await new Promise((r) => setTimeout(r, 100));
    }
    return `no SMS saying "${text}"`;
  };
  const step = (trackingNumber: string, status: string) => JSON.stringify({ trackingNumber, status });
  const cardOf = async (api: GraphQLClient, type: string, holder: string = DEMO.MOHAMMED.nationalId) =>
    (await api.ok(WalletCardsDocument, { holderNationalId: holder })).walletCards.find((c) => c.type === type)!;
  const order = async (api: GraphQLClient, cardId: string) => (await api.ok(OrderCardDeliveryDocument, { input: { cardId } })).orderCardDelivery;
  const deliveryOf = async (api: GraphQLClient, trackingNumber: string) => (await api.ok(MyCardDeliveriesDocument)).myCardDeliveries.find((d) => d.trackingNumber === trackingNumber)!;

  it.skipIf(!enabled)(
    "a vehicle registration: a bill of SAR 17.25, paid → ORDERED, then the carrier's steps in order, each told by SMS; forged, stale, malformed, skipped steps change nothing",
    async () => {
      const car = await cardOf(mohammed, 'VEHICLE_REGISTRATION');
      const since = Date.now();
      const ordered = await order(mohammed, car.cardId);
      expect(ordered.errors).toEqual([]);
      const delivery = ordered.delivery!;
      expect(delivery).toMatchObject({ cardType: 'VEHICLE_REGISTRATION', cardNumber: '730104521', plate: 'ABC1234', status: 'AWAITING_PAYMENT', address: 'Al Olaya, Riyadh 12211', orderedAt: null });
      expect(delivery.trackingNumber).toMatch(/^CD\d{10}$/);
      const bill = (await mohammed.ok(MyBillsDocument, {})).myBills.nodes.find((b) => b.number === delivery.billNumber)!;
      expect(bill.amount.halalas).toBe(1725);
      expect(bill.items.map((i) => i.code)).toEqual(['CARD_DELIVERY']);
      expect(await smsSaying(since, `Pay bill ${delivery.billNumber}, SAR 17.25`)).toContain(`Pay bill ${delivery.billNumber}, SAR 17.25`);
      // One open delivery per card.
      expect((await order(mohammed, car.cardId)).errors).toEqual([
        {
          code: 'DELIVERY_ALREADY_ORDERED',
          field: 'cardId',
          message: `A delivery of this card is already under way (tracking number ${delivery.trackingNumber}).`,
          params: [{ name: 'trackingNumber', value: delivery.trackingNumber }],
        },
      ]);
      // Before payment the carrier has nothing to print.
      expect(await post(step(delivery.trackingNumber, 'PRINTED'))).toEqual({ status: 409, body: { status: 'OUT_OF_ORDER' } });

      const paidAt = Date.now();
      const { payBill } = await mohammed.ok(PayBillDocument, { input: { billNumber: delivery.billNumber! } });
      expect(payBill.errors).toEqual([]);
      expect(await deliveryOf(mohammed, delivery.trackingNumber)).toMatchObject({ status: 'ORDERED', orderedAt: expect.any(String) });
      expect(await smsSaying(paidAt, 'went to the post')).toContain('went to the post');

      const printed = step(delivery.trackingNumber, 'PRINTED');
      expect(await post(printed, { secret: 'not-the-carrier-key-at-all-0123456789-000' })).toEqual({ status: 401, body: { status: 'BAD_SIGNATURE' } });
      expect(await post(printed, { timestamp: now() - 301 })).toEqual({ status: 401, body: { status: 'BAD_SIGNATURE' } });
      expect(await post(printed, { timestamp: now() + 3600 })).toEqual({ status: 401, body: { status: 'BAD_SIGNATURE' } });
      expect(await post(step(delivery.trackingNumber, 'ORDERED'))).toEqual({ status: 400, body: { status: 'MALFORMED' } });
      expect(await post(step('CD12', 'PRINTED'))).toEqual({ status: 400, body: { status: 'MALFORMED' } });
      expect(await post('{"trackingNumber":')).toEqual({ status: 400, body: { status: 'MALFORMED' } });
      expect(await post(step('CD0000000000', 'PRINTED'))).toEqual({ status: 404, body: { status: 'NOT_FOUND' } });
      expect(await post(step(delivery.trackingNumber, 'OUT_FOR_DELIVERY'))).toEqual({ status: 409, body: { status: 'OUT_OF_ORDER' } });
      expect(await deliveryOf(mohammed, delivery.trackingNumber)).toMatchObject({ status: 'ORDERED', printedAt: null });
      expect(t.logs.some((l) => l.includes('card delivery callback refused: bad or missing signature'))).toBe(true);

      // Signed with the key being rotated out, 299 s old: inside the window.
      let at = Date.now();
      expect(await post(printed, { secret: PREVIOUS, timestamp: now() - 299 })).toEqual({ status: 200, body: { status: 'RECORDED' } });
      expect(await smsSaying(at, 'is printed')).toContain('is printed');
      // The same report again, ten at once: recorded once.
      const replays = await Promise.all(Array.from({ length: 10 }, () => post(printed)));
      expect(replays.every((r) => r.status === 200 && r.body.status === 'ALREADY_RECORDED')).toBe(true);
      at = Date.now();
      expect(await post(step(delivery.trackingNumber, 'OUT_FOR_DELIVERY'))).toEqual({ status: 200, body: { status: 'RECORDED' } });
      expect(await smsSaying(at, 'out for delivery today to Al Olaya, Riyadh 12211')).toContain('out for delivery today to Al Olaya, Riyadh 12211');
      at = Date.now();
      expect(await post(step(delivery.trackingNumber, 'DELIVERED'))).toEqual({ status: 200, body: { status: 'RECORDED' } });
      expect(await smsSaying(at, 'was delivered')).toContain('was delivered');
      // A late report of a step already passed changes nothing.
      expect(await post(printed)).toEqual({ status: 200, body: { status: 'ALREADY_RECORDED' } });
      const done = await deliveryOf(mohammed, delivery.trackingNumber);
      expect(done).toMatchObject({ status: 'DELIVERED' });
      expect([done.orderedAt, done.printedAt, done.outForDeliveryAt, done.deliveredAt].every(Boolean)).toBe(true);
      // Delivered, the card can be ordered again (another copy).
      expect((await order(mohammed, car.cardId)).delivery!.status).toBe('AWAITING_PAYMENT');
    },
  );

  it.skipIf(!enabled)('a document only when a completed request issued it, in force, with a national address; never a card of someone else', async () => {
    const passport = await cardOf(mohammed, 'PASSPORT');
    expect((await order(mohammed, passport.cardId)).errors.map((e) => e.code)).toEqual(['NOT_ISSUED_BY_REQUEST']);
    // Renewed through the portal (free, completed at once): now it is delivered.
    expect((await mohammed.ok(RenewNationalIdDocument, {})).renewNationalId.errors).toEqual([]);
    const id = await cardOf(mohammed, 'NATIONAL_ID');
    const ordered = await order(mohammed, id.cardId);
    expect(ordered.errors).toEqual([]);
    expect(ordered.delivery).toMatchObject({ cardType: 'NATIONAL_ID', cardNumber: DEMO.MOHAMMED.nationalId, status: 'AWAITING_PAYMENT' });
    // Noura's national ID expired 30 days ago.
    const noura = await signedInAs(t, DEMO.NOURA);
    noura.language = 'en';
    const expired = await cardOf(noura, 'NATIONAL_ID', DEMO.NOURA.nationalId);
    expect((await order(noura, expired.cardId)).errors).toEqual([
      { code: 'CARD_NOT_IN_FORCE', field: 'cardId', message: 'This document is not in force (EXPIRED), so its card is not delivered.', params: [{ name: 'status', value: 'EXPIRED' }] },
    ]);
    // Another person's cards are not found; neither is anything that is not a card.
    const car = await cardOf(mohammed, 'VEHICLE_REGISTRATION');
    for (const cardId of [id.cardId, car.cardId, 'bm90LWFuLWlk']) expect((await order(fahd, cardId)).errors.map((e) => e.code)).toEqual(['CARD_NOT_FOUND']);
  });

  it.skipIf(!enabled)('the development button moves only your own paid delivery one step; the list is yours; an anonymous caller gets nothing', async () => {
    const car = await cardOf(fahd, 'VEHICLE_REGISTRATION', DEMO.FAHD.nationalId);
    const { delivery } = await order(fahd, car.cardId);
    const advance = (api: GraphQLClient, deliveryId: string) => api.ok(AdvanceCardDeliveryDocument, { input: { deliveryId } }).then((r) => r.advanceCardDeliveryInDevelopment);
    expect((await advance(fahd, delivery!.id)).errors).toEqual([
      { code: 'NOTHING_TO_ADVANCE', message: 'This delivery has no next step now (AWAITING_PAYMENT): it is paid first, and nothing follows delivery.' },
    ]);
    expect((await fahd.ok(PayBillDocument, { input: { billNumber: delivery!.billNumber! } })).payBill.errors).toEqual([]);
    // Not Mohammed's to move, nor to see.
    expect((await advance(mohammed, delivery!.id)).errors.map((e) => e.code)).toEqual(['DELIVERY_NOT_FOUND']);
    expect((await advance(mohammed, 'not-an-id')).errors.map((e) => e.code)).toEqual(['DELIVERY_NOT_FOUND']);
    expect((await mohammed.ok(MyCardDeliveriesDocument)).myCardDeliveries.some((d) => d.id === delivery!.id)).toBe(false);
    for (const status of ['PRINTED', 'OUT_FOR_DELIVERY', 'DELIVERED']) expect((await advance(fahd, delivery!.id)).delivery!.status).toBe(status);
    expect((await advance(fahd, delivery!.id)).errors.map((e) => e.code)).toEqual(['NOTHING_TO_ADVANCE']);
    const anonymous = t.client();
    for (const res of [
      await anonymous.request(OrderCardDeliveryDocument, { input: { cardId: car.cardId } }),
      await anonymous.request(AdvanceCardDeliveryDocument, { input: { deliveryId: delivery!.id } }),
      await anonymous.request(MyCardDeliveriesDocument, {}),
    ]) {
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it.skipIf(!enabled)('the development button is off where the carrier reports (CARD_DELIVERY_UPDATES=post); without carrier keys there is no callback route', async () => {
    const strict = await startTestApp({ database: kind, env: { CARD_DELIVERY_UPDATES: 'post' } });
    try {
      const api = await signedInAs(strict, DEMO.FAHD);
      const res = await api.request(AdvanceCardDeliveryDocument, { input: { deliveryId: '00000000-0000-0000-0000-000000000000' } });
      expect(res.errors?.[0].extensions?.code).toBe('NOT_ENABLED');
      const body = step('CD0000000000', 'PRINTED');
      const timestamp = String(Math.floor(strict.clock.now().getTime() / 1000));
      const posted = await fetch(`${strict.url}/agency/post/card-deliveries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-post-timestamp': timestamp, 'x-post-signature': `sha256=${signCallback(SECRET, timestamp, body)}` },
        body,
      });
      expect(posted.status).toBe(404);
    } finally {
      await strict.stop();
    }
  });

  it.skipIf(!enabled)('an order left unpaid past its bill is cancelled by the next order of the card, not before', async () => {
    const car = await cardOf(fahd, 'VEHICLE_REGISTRATION', DEMO.FAHD.nationalId);
    const first = (await order(fahd, car.cardId)).delivery!;
    const em = () => t.app.services.orm.em.fork();
    // Its bill's time as if three days had passed: a second before its end, then a second after.
    const dueIn = async (ms: number) => {
      const at = new Date(t.clock.now().getTime() + ms);
      await em().nativeUpdate(CardDelivery, { trackingNumber: first.trackingNumber }, { payBy: at });
      await em().nativeUpdate(Bill, { number: first.billNumber! }, { dueAt: at });
    };
    await dueIn(1000);
    expect((await order(fahd, car.cardId)).errors.map((e) => e.code)).toEqual(['DELIVERY_ALREADY_ORDERED']);
    await dueIn(-1000);
    const second = await order(fahd, car.cardId);
    expect(second.errors).toEqual([]);
    expect(second.delivery!.trackingNumber).not.toBe(first.trackingNumber);
    expect(await deliveryOf(fahd, first.trackingNumber)).toMatchObject({ status: 'CANCELLED' });
    expect((await fahd.ok(PayBillDocument, { input: { billNumber: first.billNumber! } })).payBill.errors.map((e) => e.code)).toEqual(['BILL_EXPIRED']);
  });
});
