import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, pageRequest, toConnection } from '../../shared/connection';
import { Access, Actor } from '../../shared/access';
import type { Context } from '../../shared/context';
import { Cost, COST } from '../../shared/cost';
import { Language } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import { Notification } from './notification.entity';
import { NotificationErrors } from './notifications.errors';
import { listNotifications, markNotificationsRead, notificationCursor, notificationPosition } from './notifications.service';
import { notificationPreferences, updateNotificationPreferences } from './notification-preferences';
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  NotificationConnection,
  NotificationPreferences,
  UpdateNotificationPreferencesInput,
  UpdateNotificationPreferencesPayload,
} from './notifications.types';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly deps: Deps<'clock' | 'ids'>) {}

  @Access('signedIn')
  @Cost(2 * COST.statement)
  @Query(() => NotificationConnection, { description: "The signed-in person's notifications, newest first, with the unread count." })
  async notifications(
    @Actor() actor: Actor,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only unread notifications.' }) unreadOnly: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<NotificationConnection> {
    const page = pageRequest(args, notificationCursor, ctx.lang);
    const { rows, unreadCount } = await listNotifications(ctx.work.em, actor.accountId, unreadOnly ?? false, page);
    // Added to the page itself: its edges are a getter that a spread would leave behind.
    return Object.assign(toConnection(rows, page, notificationPosition, notificationCursor), { unreadCount });
  }

  @Access('signedIn')
  @Mutation(() => MarkNotificationsReadPayload, { description: 'Marks some of your notifications (by `id`), or all of them, read.' })
  markNotificationsRead(@Actor() actor: Actor, @Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput, @Ctx() ctx: Context): Promise<MarkNotificationsReadPayload> {
    // Global IDs (or, as before them, the plain numbers); anything else names no notification of anyone's.
    const ids = input.ids?.map((id) => {
      const decoded = this.deps.ids.decode(id);
      const key = decoded?.type === 'Notification' ? decoded.key : id;
      return /^\d{1,10}$/.test(key) && Number(key) <= 2_147_483_647 ? Number(key) : 0;
    });
    return NotificationErrors.attempt(ctx.lang, () => markNotificationsRead(ctx.work.em, actor.accountId, { ids: ids ?? null, all: input.all }, this.deps.clock.now()));
  }

  @Access('signedIn')
  @Cost(COST.statement)
  @Query(() => NotificationPreferences, { description: 'Which of your notifications also reach you by SMS and which by e-mail.' })
  async myNotificationPreferences(@Actor() actor: Actor, @Ctx() ctx: Context): Promise<NotificationPreferences> {
    return { topics: await notificationPreferences(ctx.work.em, actor.accountId) };
  }

  @Access('signedIn')
  @Mutation(() => UpdateNotificationPreferencesPayload, {
    description: 'Chooses, per topic, whether your notifications also go by SMS and by e-mail. Codes and security warnings always go by SMS.',
  })
  updateNotificationPreferences(
    @Actor() actor: Actor,
    @Arg('input', () => UpdateNotificationPreferencesInput) input: UpdateNotificationPreferencesInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateNotificationPreferencesPayload> {
    return NotificationErrors.attempt(ctx.lang, async () => {
      await updateNotificationPreferences(ctx.work, actor.accountId, input.preferences, this.deps.clock.now());
      return { preferences: { topics: await notificationPreferences(ctx.work.em, actor.accountId) } };
    });
  }

  @FieldResolver(() => ID, { description: 'The global ID (`Node`): what `markNotificationsRead` takes.' })
  id(@Root() n: Notification): string {
    return this.deps.ids.plain('Notification', n.id);
  }

  @FieldResolver(() => String, { description: "Title in the caller's language." })
  title(@Root() n: Notification, @Ctx() ctx: Context): string {
    return ctx.lang === Language.EN ? n.titleEn : n.titleAr;
  }

  @FieldResolver(() => String, { description: "Text in the caller's language." })
  body(@Root() n: Notification, @Ctx() ctx: Context): string {
    return ctx.lang === Language.EN ? n.bodyEn : n.bodyAr;
  }
}
