import type { Messenger } from './messenger';

export { messaging } from './messaging.module';
export type { Email, Messenger, Sms } from './messenger';
export { signWebhook } from './messenger';
export { Channel, OutboxMessage } from './outbox-message.entity';

declare module '../../shared/module' {
  interface Registry {
    messenger: Messenger;
  }
}
