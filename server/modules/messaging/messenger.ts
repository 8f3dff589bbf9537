import type { EntityManager } from '@mikro-orm/core';
import nodemailer from 'nodemailer';
import type { Clock } from '../../shared/clock';
import { hmac } from '../../shared/crypto';
import { Language } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import type { Transaction } from '../../shared/unit-of-work';
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
  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }
  async send(email: Email): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: email.to, subject: email.subject, text: email.text });
  }
}

/**
 * Sends SMS and e-mail. Inside a user action they are queued on its transaction and leave only once
 * it has committed: a refused or failed action sends nothing. A failed send is logged, never fatal
 * to the action (it has committed).
 */
export class Messenger {
  private readonly smsGateway: SmsGateway;
  private readonly emailGateway: EmailGateway;

  constructor(private readonly deps: Deps<'config' | 'orm' | 'clock' | 'effects'>) {
    const { config } = deps;
    const outbox = new OutboxGateway(deps.orm.em, deps.clock, config.env === 'development');
    this.smsGateway = config.sms.gateway === 'webhook' ? new WebhookSmsGateway(config.sms.url, config.sms.secret) : outbox;
    this.emailGateway = config.email.transport === 'smtp' ? new SmtpGateway(config.email.url, config.email.from) : outbox;
  }

  /** Sends `sms` once `tx` has committed. */
  sms(tx: Transaction, sms: Sms): void {
    tx.afterCommit(() => this.smsGateway.send(sms));
  }

  /** Sends `email` once `tx` has committed. */
  email(tx: Transaction, email: Email): void {
    tx.afterCommit(() => this.emailGateway.send(email));
  }

  /** Sends at once, outside any transaction (a notice that must go whatever the action does next). */
  sendNow(message: Sms | Email): void {
    this.deps.effects.run([() => ('subject' in message ? this.emailGateway.send(message) : this.smsGateway.send(message))]);
  }
}
