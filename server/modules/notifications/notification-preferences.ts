import type { EntityManager } from '@mikro-orm/core';
import { UserInputError } from '../../shared/errors';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { NotificationPreference } from './notification-preference.entity';
import type { NotificationErrorCode } from './notifications.errors';
import { NotificationKind } from './notification-kind';
import { NotificationTopic } from './notification-topic';

/** The topic each kind of notification belongs to (exhaustive: a new kind must be placed). */
export const TOPIC_OF_KIND: Readonly<Record<NotificationKind, NotificationTopic>> = {
  [NotificationKind.REQUEST_SUBMITTED]: NotificationTopic.REQUESTS,
  [NotificationKind.REQUEST_COMPLETED]: NotificationTopic.REQUESTS,
  [NotificationKind.REQUEST_REJECTED]: NotificationTopic.REQUESTS,
  [NotificationKind.REQUEST_CANCELLED]: NotificationTopic.REQUESTS,
  [NotificationKind.BILL_ISSUED]: NotificationTopic.PAYMENTS,
  [NotificationKind.BILL_PAID]: NotificationTopic.PAYMENTS,
  [NotificationKind.BILL_REFUNDED]: NotificationTopic.PAYMENTS,
  // A sale is a transaction between two people, like a request; its bill's payment is told under payments.
  [NotificationKind.VEHICLE_SALE]: NotificationTopic.REQUESTS,
  [NotificationKind.AUTHORISATION]: NotificationTopic.REQUESTS,
  [NotificationKind.APPOINTMENT_BOOKED]: NotificationTopic.APPOINTMENTS,
  [NotificationKind.APPOINTMENT_RESCHEDULED]: NotificationTopic.APPOINTMENTS,
  [NotificationKind.APPOINTMENT_CANCELLED]: NotificationTopic.APPOINTMENTS,
  [NotificationKind.DOCUMENT_EXPIRING]: NotificationTopic.DOCUMENT_EXPIRY,
  // What happens to a document is told where its expiry is: the person chose how to hear about their documents.
  [NotificationKind.DOCUMENT_STATUS]: NotificationTopic.DOCUMENT_EXPIRY,
  [NotificationKind.VIOLATION]: NotificationTopic.VIOLATIONS,
};

export interface Channels {
  sms: boolean;
  email: boolean;
}

/**
 * Until a person chooses, everything goes by SMS as it always has, and nothing by e-mail (an
 * address nobody asked to receive news at stays quiet).
 */
export const DEFAULT_CHANNELS: Readonly<Channels> = { sms: true, email: false };

/** Every topic with its channels: what was stored, else the default. */
export function channelsByTopic(stored: readonly { topic: NotificationTopic; sms: boolean; email: boolean }[]): Record<NotificationTopic, Channels> {
  const result = Object.fromEntries(Object.values(NotificationTopic).map((topic) => [topic, { ...DEFAULT_CHANNELS }])) as Record<NotificationTopic, Channels>;
  for (const row of stored) result[row.topic] = { sms: row.sms, email: row.email };
  return result;
}

/**
 * Where a notification of `kind` goes besides the in-app list: the person's choice for its topic,
 * narrowed by the sender (an event that says "no SMS" never sends one) and by the address (no
 * e-mail to an address not yet confirmed: it may not be theirs).
 */
export function deliveryFor(kind: NotificationKind, chosen: Record<NotificationTopic, Channels>, sender: { sms?: boolean }, emailConfirmed: boolean): Channels {
  const channels = chosen[TOPIC_OF_KIND[kind]];
  return { sms: channels.sms && (sender.sms ?? true), email: channels.email && emailConfirmed };
}

/** The account's channels for every topic, in the topics' order. */
export async function notificationPreferences(em: EntityManager, accountId: string): Promise<{ topic: NotificationTopic; sms: boolean; email: boolean }[]> {
  const chosen = channelsByTopic(await em.find(NotificationPreference, { account: accountId }));
  return Object.values(NotificationTopic).map((topic) => ({ topic, ...chosen[topic] }));
}

/**
 * Stores the channels given for some topics (the others keep theirs), in one transaction. A topic
 * given twice is refused rather than guessed at.
 */
export async function updateNotificationPreferences(work: UnitOfWork, accountId: string, given: readonly { topic: NotificationTopic; sms: boolean; email: boolean }[], now: Date): Promise<void> {
  if (!given.length) throw new UserInputError<NotificationErrorCode>([{ field: 'preferences', code: 'NOTHING_TO_SAVE' }]);
  const seen = new Set<NotificationTopic>();
  const duplicates = given.flatMap((p, i) => (seen.has(p.topic) ? [i] : (seen.add(p.topic), [])));
  if (duplicates.length) throw new UserInputError<NotificationErrorCode>(duplicates.map((i) => ({ field: `preferences.${i}.topic`, code: 'TOPIC_TWICE' })));
  await work.transaction(async (tx) => {
    for (const p of given) {
      await tx.em.upsert(NotificationPreference, { account: accountId, topic: p.topic, sms: p.sms, email: p.email, updatedAt: now });
    }
  });
}
