import { EntityManager } from '@mikro-orm/core';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import { Config } from '../../config';
import { Clock } from '../../shared/clock';
import { hmac } from '../../shared/crypto';
import { Language } from '../../shared/i18n';
import { Channel, OutboxMessage } from './outbox-message.entity';

export interface Sms {
  to: string;
  text: string;
  language: Language;
}

export interface Email {
  to: string;
  subject: string;
  text: string;
  language: Language;
}

/** Messages a user action wants sent. They leave only after its transaction commits. */
export class Deliveries {
  readonly sms: Sms[] = [];
  readonly email: Email[] = [];
}

export interface SmsGateway {
  send(sms: Sms): Promise<void>;
}
export interface EmailGateway {
  send(email: Email): Promise<void>;
}

const localeOf = (language: Language) => (language === Language.EN ? 'en' : 'ar');

class OutboxGateway implements SmsGateway, EmailGateway {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly echo: boolean,
  ) {}
  async send(message: Sms | Email): Promise<void> {
    const email = 'subject' in message;
    await this.em.fork().insert(OutboxMessage, {
      channel: email ? Channel.EMAIL : Channel.SMS,
      recipient: message.to,
      subject: email ? message.subject : null,
      body: message.text,
      locale: localeOf(message.language),
      createdAt: this.clock.now(),
    });
    // The issue asks for the outbox on the console in development, so a developer can log in
    // without a phone. Never in test or production: those logs must hold no codes.
    if (this.echo) process.stdout.write(`[outbox ${email ? 'e-mail' : 'SMS'} → ${message.to}] ${message.text}\n`);
  }
}

/**
 * The production SMS path: POST `{to, text, locale}` to the operator's webhook, signed with
 * HMAC-SHA256 over `timestamp.body` so the receiver can reject forgeries and replays.
 */
export class WebhookSmsGateway implements SmsGateway {
  constructor(
    private readonly url: string,
    private readonly secret: string,
    private readonly retries = 3,
    private readonly timeoutMs = 5000,
  ) {}
  async send(sms: Sms): Promise<void> {
    const body = JSON.stringify({ to: sms.to, text: sms.text, locale: localeOf(sms.language) });
    let lastError: unknown;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      const timestamp = String(Math.floor(Date.now() / 1000));
      try {
        const res = await fetch(this.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-absher-timestamp': timestamp,
            'x-absher-signature': `sha256=${signWebhook(this.secret, timestamp, body)}`,
          },
          body,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        if (res.ok) return;
        lastError = new Error(`SMS webhook answered ${res.status}`);
        if (res.status < 500 && res.status !== 429) break;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }
}

/** HMAC-SHA256 (hex) of `timestamp.body`: what `x-absher-signature` carries after `sha256=`. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return Buffer.from(hmac(secret, `${timestamp}.${body}`), 'base64url').toString('hex');
}

class SmtpGateway implements EmailGateway {
  private readonly transport;
  constructor(url: string, private readonly from: string) {
    this.transport = nodemailer.createTransport(url);
  }
  async send(email: Email): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: email.to, subject: email.subject, text: email.text });
  }
}

/** Sends what user actions queued, after they commit; a failed send is logged, never fatal to the action. */
export class Notifier {
  private readonly smsGateway: SmsGateway;
  private readonly emailGateway: EmailGateway;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(config: Config, rootEm: EntityManager, clock: Clock, private readonly log: Logger) {
    const outbox = new OutboxGateway(rootEm, clock, config.env === 'development');
    this.smsGateway = config.sms.gateway === 'webhook' ? new WebhookSmsGateway(config.sms.url, config.sms.secret) : outbox;
    this.emailGateway = config.email.transport === 'smtp' ? new SmtpGateway(config.email.url, config.email.from) : outbox;
  }

  /** Runs `work` in one transaction and sends its messages once it has committed. */
  async transaction<T>(em: EntityManager, work: (tx: EntityManager, out: Deliveries) => Promise<T>): Promise<T> {
    const out = new Deliveries();
    const result = await em.transactional((tx) => work(tx, out));
    this.dispatch(out);
    return result;
  }

  dispatch(out: Deliveries): void {
    for (const sms of out.sms) this.track(this.smsGateway.send(sms), 'sms');
    for (const email of out.email) this.track(this.emailGateway.send(email), 'email');
  }

  /** Resolves once every message handed over so far has been delivered or has failed. */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private track(sending: Promise<void>, channel: string): void {
    const p = sending
      .catch((error: unknown) => this.log.error({ channel, err: error instanceof Error ? error.message : String(error) }, 'message delivery failed'))
      .finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }
}
