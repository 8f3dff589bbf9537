import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface ReceivedSms {
  to: string;
  text: string;
  locale: string;
  receivedAt: number;
}

/**
 * A real HTTP receiver standing in for the SMS operator: it checks the webhook's signature the
 * way an operator would, and keeps what it accepted for the tests to read.
 */
export class SmsReceiver {
  readonly messages: ReceivedSms[] = [];
  readonly rejected: string[] = [];
  private server?: Server;
  private waiters: (() => void)[] = [];
  url = '';

  constructor(readonly secret: string) {}

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const body = await readBody(req);
      const timestamp = String(req.headers['x-absher-timestamp'] ?? '');
      const signature = String(req.headers['x-absher-signature'] ?? '');
      const expected = `sha256=${createHmac('sha256', this.secret).update(`${timestamp}.${body}`).digest('hex')}`;
      const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
      if (!fresh || signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
        this.rejected.push(body);
        res.writeHead(401).end();
        return;
      }
      const { to, text, locale } = JSON.parse(body) as ReceivedSms;
      this.messages.push({ to, text, locale, receivedAt: Date.now() });
      for (const wake of this.waiters.splice(0)) wake();
      res.writeHead(202).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/sms`;
    return this;
  }

  /** The next message to `to` that arrives after `since` (default: any not yet seen by this call's predicate). */
  async waitFor(to: string, since = 0, timeoutMs = 5000): Promise<ReceivedSms> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((m) => m.to === to && m.receivedAt >= since);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no SMS to ${to} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Every message to `to`, once at least `count` have arrived (delivery runs after the answer). */
  async allTo(to: string, count: number, timeoutMs = 5000): Promise<ReceivedSms[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.filter((m) => m.to === to);
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`${found.length} of ${count} SMS to ${to} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** The 6-digit code of the latest message to `to` received at or after `since`. */
  async codeFor(to: string, since = 0): Promise<string> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const latest = [...this.messages].reverse().find((m) => m.to === to && m.receivedAt >= since);
      const code = latest && /\b(\d{6})\b/.exec(latest.text)?.[1];
      if (code) return code;
      if (Date.now() > deadline) throw new Error(`no code SMS to ${to}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
