import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Language } from '../../shared/i18n';
import { attempt } from '../../shared/user-error';
import { Notification } from './notification.entity';
import { listNotifications, markNotificationsRead } from './notifications.service';
import { MarkNotificationsReadInput, MarkNotificationsReadPayload, NotificationConnection } from './notifications.types';

@Resolver(() => Notification)
export class NotificationsResolver {
  @Query(() => NotificationConnection, { description: "The signed-in person's notifications, newest first, with the unread count." })
  async notifications(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only unread notifications.' }) unreadOnly: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<NotificationConnection> {
    const page = await listNotifications(ctx.em, ctx.auth!.accountId, { first, after, unreadOnly });
    return {
      edges: page.items.map((node, i) => ({ node, cursor: page.cursors[i] })),
      nodes: page.items,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
      unreadCount: page.unreadCount,
    };
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Marks some of your notifications (by id), or all of them, read.' })
  markNotificationsRead(@Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput, @Ctx() ctx: Context): Promise<MarkNotificationsReadPayload> {
    return attempt(ctx.lang, () => markNotificationsRead(ctx.em, ctx.auth!.accountId, input, ctx.services.clock.now()));
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
