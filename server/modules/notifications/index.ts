import type { ExpiryReminders } from './expiry-reminders';
import type { Notifier } from './notifier';

export { notifications } from './notifications.module';
export { NotificationKind } from './notification-kind';
export { Notification } from './notification.entity';
export type { NotificationContent, Notifier } from './notifier';
export { DOCUMENT_NAMES, reminderTexts } from './expiry-reminders';

declare module '../../shared/module' {
  interface Registry {
    notifier: Notifier;
    reminders: ExpiryReminders;
  }
}
