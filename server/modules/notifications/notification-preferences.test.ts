import { describe, expect, it } from 'vitest';
import { NotificationKind } from './notification-kind';
import { channelsByTopic, deliveryFor, TOPIC_OF_KIND } from './notification-preferences';
import { NotificationTopic } from './notification-topic';

describe('notification preferences', () => {
  it('fills every topic with the defaults — SMS yes, e-mail no — until the person chooses', () => {
    const chosen = channelsByTopic([{ topic: NotificationTopic.PAYMENTS, sms: false, email: true }]);
    expect(Object.keys(chosen)).toEqual(Object.values(NotificationTopic));
    expect(chosen.PAYMENTS).toEqual({ sms: false, email: true });
    expect(chosen.REQUESTS).toEqual({ sms: true, email: false });
    expect(chosen.DOCUMENT_EXPIRY).toEqual({ sms: true, email: false });
  });

  it('places every kind of notification in a topic', () => {
    expect(Object.keys(TOPIC_OF_KIND).sort()).toEqual(Object.values(NotificationKind).sort());
    expect(TOPIC_OF_KIND.BILL_PAID).toBe('PAYMENTS');
    expect(TOPIC_OF_KIND.APPOINTMENT_RESCHEDULED).toBe('APPOINTMENTS');
  });

  it('sends as chosen for the kind’s topic, never by SMS when the sender says so, and e-mail only to a confirmed address', () => {
    const chosen = channelsByTopic([
      { topic: NotificationTopic.REQUESTS, sms: false, email: true },
      { topic: NotificationTopic.PAYMENTS, sms: true, email: true },
    ]);
    expect(deliveryFor(NotificationKind.REQUEST_COMPLETED, chosen, {}, true)).toEqual({ sms: false, email: true });
    expect(deliveryFor(NotificationKind.REQUEST_COMPLETED, chosen, {}, false)).toEqual({ sms: false, email: false });
    expect(deliveryFor(NotificationKind.BILL_ISSUED, chosen, {}, true)).toEqual({ sms: true, email: true });
    expect(deliveryFor(NotificationKind.BILL_PAID, chosen, { sms: false }, true)).toEqual({ sms: false, email: true });
    expect(deliveryFor(NotificationKind.DOCUMENT_EXPIRING, chosen, {}, true)).toEqual({ sms: true, email: false });
  });
});
