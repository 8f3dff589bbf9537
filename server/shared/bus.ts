import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** Every channel is `absher:<name>` on Redis; one pattern subscription hears them all. */
const PREFIX = 'absher:';
const SESSION_ENDED = 'session-ended';

/**
 * What instances must tell each other at once, on named channels. `publish` delivers to this
 * instance's listeners at once and, with Redis, to every instance (this one hears its own message
 * again: listeners are idempotent — they forget things). With Redis: a publisher and a subscriber
 * connection (a subscribed connection can do nothing else), subscribed before the app serves.
 * Without: one process, the local delivery is all there is.
 */
export class Bus {
  private readonly listeners = new Map<string, ((message: string) => void)[]>();

  private constructor(
    readonly redis: Redis | null,
    private readonly subscriber: Redis | null,
  ) {
    subscriber?.on('pmessage', (_pattern: string, channel: string, message: string) => {
      if (channel.startsWith(PREFIX)) this.deliver(channel.slice(PREFIX.length), message);
    });
  }

  static async connect(redisUrl: string | undefined, log: Logger): Promise<Bus> {
    if (!redisUrl) return new Bus(null, null);
    const options = { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: true };
    const redis = new Redis(redisUrl, options);
    const subscriber = new Redis(redisUrl, options);
    for (const client of [redis, subscriber]) client.on('error', (error: Error) => log.warn({ err: error.message }, 'redis connection problem'));
    await Promise.all([redis.connect(), subscriber.connect()]);
    await subscriber.psubscribe(`${PREFIX}*`);
    return new Bus(redis, subscriber);
  }

  /** Tells this instance's listeners of `channel` at once, and every instance through Redis. */
  publish(channel: string, message: string): void {
    this.deliver(channel, message);
    void this.redis?.publish(PREFIX + channel, message).catch(() => undefined);
  }

  /** Called with every message on `channel`, from this instance or another. */
  subscribe(channel: string, listener: (message: string) => void): void {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  }

  publishSessionEnded(sessionId: string): void {
    this.publish(SESSION_ENDED, sessionId);
  }

  /** Called with every session an instance ends, this one included. */
  onSessionEnded(listener: (sessionId: string) => void): void {
    this.subscribe(SESSION_ENDED, listener);
  }

  private deliver(channel: string, message: string): void {
    for (const listener of this.listeners.get(channel) ?? []) listener(message);
  }

  async close(): Promise<void> {
    await Promise.all([this.redis?.quit(), this.subscriber?.quit()].filter(Boolean));
  }
}
