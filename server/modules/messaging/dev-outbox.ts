import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../shared/module';
import { OutboxMessage } from './outbox-message.entity';

/**
 * The recipient asked for: in a query string `+` means a space, so `?to=+9665…` arrives as
 * ` 9665…`; a leading space before digits is read back as the `+` it was. Anything that is not a
 * phone number or an e-mail address is no recipient (null).
 */
export function outboxRecipient(raw: string | undefined): string | null | undefined {
  if (raw === undefined || raw === '') return undefined;
  const to = /^ \d/.test(raw) ? `+${raw.slice(1)}` : raw.trim();
  return /^\+?\d{6,15}$/.test(to) || /^[^\s@\p{Cc}]{1,64}@[^\s@\p{Cc}]{1,255}$/u.test(to) ? to : null;
}

/**
 * The development stand-in for a phone and an inbox: the latest messages sent to a number or
 * address. Only outside production and only with the outbox gateway (nothing else stores messages).
 */
export function registerDevOutbox(http: FastifyInstance, { orm }: Deps<'orm'>): void {
  http.get<{ Querystring: { to?: string } }>('/dev/outbox', async (request, reply) => {
    const to = outboxRecipient(request.query.to);
    if (to === null) return reply.code(400).send({ error: 'to must be a mobile number (+9665…) or an e-mail address' });
    const messages = await orm.em.fork().find(OutboxMessage, to ? { recipient: to } : {}, { orderBy: { id: 'desc' }, limit: 50 });
    return messages.map(({ id, channel, recipient, subject, body, locale, createdAt }) => ({ id, channel, to: recipient, subject, body, locale, createdAt }));
  });
}
