import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/pagination';
import { UserError } from '../../shared/user-error';
import { Notification } from './notification.entity';

@ObjectType({ description: 'A notification and its place in the list.' })
export class NotificationEdge {
  @Field(() => String, { description: 'Pass as `after` to get the notifications older than this one.' })
  cursor!: string;

  @Field(() => Notification, { description: 'The notification.' })
  node!: Notification;
}

@ObjectType({ description: "A page of the signed-in person's notifications, newest first." })
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'The notifications of this page with their cursors.' })
  edges!: NotificationEdge[];

  @Field(() => [Notification], { description: 'The notifications of this page (the same as `edges.node`).' })
  nodes!: Notification[];

  @Field(() => PageInfo, { description: 'Whether older notifications follow.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many of all the person\'s notifications are unread (for a badge), whatever the page.' })
  unreadCount!: number;
}

@InputType({ description: 'Which notifications to mark read: some by id, or all.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'The notifications to mark read (at most 100). Ids that are not yours are ignored.' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Mark every unread notification read (then `ids` is not needed).' })
  all?: boolean | null;
}

@ObjectType({ description: 'The outcome of `markNotificationsRead`.' })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { nullable: true, description: 'How many notifications changed from unread to read.' })
  marked?: number;

  @Field(() => Int, { nullable: true, description: 'How many remain unread.' })
  unreadCount?: number;

  @Field(() => [UserError], { description: 'Why nothing was marked; empty on success.' })
  errors!: UserError[];
}
