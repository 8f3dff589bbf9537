import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../server/modules/identity';
import { NotificationKind } from '../server/modules/notifications';
import { MarkNotificationsReadDocument, NotificationsDocument } from './gql/graphql';
import { CITIZEN, register } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const OTHER = { nationalId: '1000000040', mobile: '+966500000006' };

describe.each(databases)('in-app notifications ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  const other = () => t.client();
  let otherApi: ReturnType<typeof other>;

  /** What a service does inside its transaction: record the notification, queue the SMS. */
  async function send(nationalId: string, n: number) {
    const { work, notifier, clock } = t.app.services;
    await work.begin().transaction(async (tx) => {
      const account = await tx.em.findOneOrFail(Account, { person: nationalId });
      await notifier.notify(tx, account, {
        kind: NotificationKind.BILL_ISSUED,
        title: { ar: 'فاتورة جديدة', en: 'New bill' },
        body: { ar: 'صدرت الفاتورة رقم {bill} بمبلغ {amount}.', en: 'Bill {bill} for {amount} was issued.' },
        params: { bill: `B-${n}` },
        localizedParams: { amount: { ar: '٤٠ ريال', en: 'SAR 40' } },
        reference: `B-${n}`,
        link: `/bills/B-${n}`,
        at: clock.now(),
      });
    });
  }

  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind });
    await register(t);
    otherApi = other();
    otherApi.language = 'en';
    await register(t, { nationalId: OTHER.nationalId, mobile: '0500000006', username: 'fahd.s', email: 'fahd@example.sa', emailConfirmation: 'fahd@example.sa', preferredLanguage: 'EN' }, otherApi);
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('records the notification in both languages and sends the SMS in the account language', async () => {
    const since = Date.now();
    await send(CITIZEN.nationalId, 1);
    await send(OTHER.nationalId, 2);
    const ar = await t.sms.waitFor(CITIZEN.mobile, since);
    expect(ar.locale).toBe('ar');
    expect(ar.text).toBe('فاتورة جديدة\nصدرت الفاتورة رقم B-1 بمبلغ ٤٠ ريال.');
    const en = await t.sms.waitFor(OTHER.mobile, since);
    expect(en.locale).toBe('en');
    expect(en.text).toBe('New bill\nBill B-2 for SAR 40 was issued.');

    const { notifications } = await t.api.ok(NotificationsDocument, {});
    expect(notifications.unreadCount).toBe(1);
    expect(notifications.edges).toHaveLength(1);
    expect(notifications.edges[0].node).toMatchObject({
      kind: 'BILL_ISSUED',
      title: 'فاتورة جديدة',
      titleEn: 'New bill',
      body: 'صدرت الفاتورة رقم B-1 بمبلغ ٤٠ ريال.',
      bodyEn: 'Bill B-1 for SAR 40 was issued.',
      reference: 'B-1',
      link: '/bills/B-1',
      read: false,
      readAt: null,
    });
    const theirs = await otherApi.ok(NotificationsDocument, {});
    expect(theirs.notifications.edges.map((e) => e.node.title)).toEqual(['New bill']);
  });

  it.skipIf(!enabled)('notifies a person by ID only when they have an account', async () => {
    const { work, notifier, clock } = t.app.services;
    const made = await work.begin().transaction(async (tx) => {
      const content = { kind: NotificationKind.DOCUMENT_EXPIRING, title: { ar: 'ت', en: 'T' }, body: { ar: 'ن', en: 'B' }, sms: false, at: clock.now() };
      // 2000000006 is in the demo registry but has not registered here.
      return [await notifier.notifyPerson(tx, CITIZEN.nationalId, content), await notifier.notifyPerson(tx, '2000000006', content)];
    });
    expect(made[0]).not.toBeNull();
    expect(made[1]).toBeNull();
    const { notifications } = await t.api.ok(NotificationsDocument, {});
    expect(notifications.unreadCount).toBe(2);
  });

  it.skipIf(!enabled)('pages newest first with cursors, and filters unread', async () => {
    for (let n = 3; n <= 7; n++) await send(CITIZEN.nationalId, n);
    const first = await t.api.ok(NotificationsDocument, { first: 3 });
    expect(first.notifications.edges.map((e) => e.node.reference)).toEqual(['B-7', 'B-6', 'B-5']);
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await t.api.ok(NotificationsDocument, { first: 3, after: first.notifications.pageInfo.endCursor });
    expect(second.notifications.edges.map((e) => e.node.reference)).toEqual(['B-4', 'B-3', null]);
    expect(second.notifications.pageInfo.hasNextPage).toBe(true);
    const last = await t.api.ok(NotificationsDocument, { first: 3, after: second.notifications.pageInfo.endCursor });
    expect(last.notifications.edges.map((e) => e.node.reference)).toEqual(['B-1']);
    expect(last.notifications.pageInfo.hasNextPage).toBe(false);
    // A cursor this server did not make is refused, naming the argument, rather than quietly
    // starting from the top (a client would show the first page again as if it were the next).
    for (const after of ['!!', Buffer.from('99999999999').toString('base64url')]) {
      const res = await t.api.request(NotificationsDocument, { first: 1, after });
      expect(res.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'CURSOR_INVALID', argument: 'after' })]);
    }
  });

  it.skipIf(!enabled)("marks chosen ones read, ignores other people's ids, then marks all", async () => {
    const mine = (await t.api.ok(NotificationsDocument, { first: 2 })).notifications.edges.map((e) => e.node.id);
    const theirs = (await otherApi.ok(NotificationsDocument, {})).notifications.edges.map((e) => e.node.id);

    const foreign = await t.api.ok(MarkNotificationsReadDocument, { input: { ids: theirs } });
    expect(foreign.markNotificationsRead).toMatchObject({ marked: 0, unreadCount: 7, errors: [] });
    expect((await otherApi.ok(NotificationsDocument, {})).notifications.unreadCount).toBe(1);

    const some = await t.api.ok(MarkNotificationsReadDocument, { input: { ids: [...mine, 'not-an-id', '99999999999', '2147483648'] } });
    expect(some.markNotificationsRead).toMatchObject({ marked: 2, unreadCount: 5, errors: [] });
    const unread = await t.api.ok(NotificationsDocument, { unreadOnly: true, first: 50 });
    expect(unread.notifications.edges.map((e) => e.node.id)).not.toContain(mine[0]);
    expect(unread.notifications.edges).toHaveLength(5);
    const read = (await t.api.ok(NotificationsDocument, { first: 1 })).notifications.edges[0].node;
    expect(read.read).toBe(true);
    expect(read.readAt).not.toBeNull();

    const all = await t.api.ok(MarkNotificationsReadDocument, { input: { all: true } });
    expect(all.markNotificationsRead).toMatchObject({ marked: 5, unreadCount: 0, errors: [] });
  });

  it.skipIf(!enabled)("refuses an empty selection with a message in the caller's language", async () => {
    const ar = await t.api.ok(MarkNotificationsReadDocument, { input: {} });
    expect(ar.markNotificationsRead.errors).toEqual([{ field: 'ids', code: 'NOTHING_TO_MARK', message: expect.stringContaining('اختر الإشعارات') }]);
    expect(ar.markNotificationsRead.marked).toBeNull();
    const en = await otherApi.ok(MarkNotificationsReadDocument, { input: { ids: [] } });
    expect(en.markNotificationsRead.errors).toEqual([{ field: 'ids', code: 'NOTHING_TO_MARK', message: expect.stringContaining('Choose the notifications') }]);
    const tooMany = await t.api.ok(MarkNotificationsReadDocument, { input: { ids: Array.from({ length: 101 }, (_, i) => String(i + 1)) } });
    expect(tooMany.markNotificationsRead.errors[0]).toMatchObject({ field: 'ids', code: 'TOO_MANY_NOTIFICATIONS', message: expect.stringContaining('100') });
  });

  it.skipIf(!enabled)('is not there for anonymous callers', async () => {
    const res = await t.client().request(NotificationsDocument, {});
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
