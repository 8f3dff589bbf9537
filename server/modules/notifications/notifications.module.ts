import { defineModule } from '../../shared/module';
import { DocumentReminder } from './document-reminder.entity';
import { EXPIRY_REMINDER_INTERVAL_MS, ExpiryReminders } from './expiry-reminders';
import { Notification } from './notification.entity';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationsResolver } from './notifications.resolver';
import { notificationsByIds } from './notifications.service';
import { Notifier } from './notifier';

/** What the portal tells a signed-in person: in-app notifications (also by SMS) and expiry reminders. */
export const notifications = defineModule({
  name: 'notifications',
  entities: [Notification, DocumentReminder, NotificationPreference],
  needs: ['work', 'clock', 'log', 'messenger', 'ids', 'config'],
  provide: (deps) => {
    const notifier = new Notifier(deps);
    return { notifier, reminders: new ExpiryReminders({ ...deps, notifier }) };
  },
  resolvers: [NotificationsResolver],
  nodes: () => ({
    Notification: (ctx, ids) => (ctx.actor ? notificationsByIds(ctx.work.em, ctx.actor.accountId, ids) : Promise.resolve(ids.map(() => null))),
  }),
  // Reminders of expiring documents (SPEC §5): hourly; tests call `reminders.runOnce()`.
  jobs: ({ reminders }) => [{ name: 'expiry-reminders', everyMs: EXPIRY_REMINDER_INTERVAL_MS, run: () => reminders.runOnce().then(() => undefined) }],
});
