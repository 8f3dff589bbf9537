import { Redis } from 'ioredis';
import type { Logger } from 'pino';

const SESSION_ENDED = 'absher:session-ended';

/**
 * What instances must tell each other at once. With Redis: a publisher and a subscriber
 * connection (a subscribed connection can do nothing else). Without: one process, nothing to say.
 */
export class Bus {
  private constructor(
    readonly redis: Redis | null,
    private readonly subscriber: Redis | null,
  ) {}

  static async connect(redisUrl: string | undefined, log: Logger): Promise<Bus> {
    if (!redisUrl) return new Bus(null, null);
    const options = { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: true };
    const redis = new Redis(redisUrl, options);
    const subscriber = new Redis(redisUrl, options);
    for (const client of [redis, subscriber]) client.on('error', (error: Error) => log.warn({ err: error.message }, 'redis connection problem'));
    await Promise.all([redis.connect(), subscriber.connect()]);
    return new Bus(redis, subscriber);
  }

  publishSessionEnded(sessionId: string): void {
    void this.redis?.publish(SESSION_ENDED, sessionId).catch(() => undefined);
  }

  async onSessionEnded(listener: (sessionId: string) => void): Promise<void> {
    if (!this.subscriber) return;
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel === SESSION_ENDED) listener(message);
    });
    await this.subscriber.subscribe(SESSION_ENDED);
  }

  async close(): Promise<void> {
    await Promise.all([this.redis?.quit(), this.subscriber?.quit()].filter(Boolean));
  }
}
