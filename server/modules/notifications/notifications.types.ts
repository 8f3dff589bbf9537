import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Cost } from '../../shared/cost';
import { NotificationTopic } from './notification-topic';
import { PageInfo } from '../../shared/connection';
import { NotificationErrors, type NotificationError } from './notifications.errors';
import { Notification } from './notification.entity';

@ObjectType({ description: 'One notification and its cursor.' })
export class NotificationEdge {
  @Field(() => String, { description: 'Where this notification stands: pass as `after` (or `before`) to page from it.' })
  cursor!: string;

  @Field(() => Notification, { description: 'The notification.' })
  node!: Notification;
}

/** A connection like every other list's, with the unread count beside it (for the badge). */
@ObjectType({ description: "A page of the signed-in person's notifications, newest first, with the unread count (Relay connection)." })
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'The notifications of this page with their cursors.' })
  edges!: NotificationEdge[];

  @Field(() => [Notification], { description: 'The notifications of this page (the same as `edges { node }`).' })
  nodes!: Notification[];

  @Field(() => PageInfo, { description: 'Whether there is more either way, and the cursors to ask for it.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many of all the person's notifications are unread (for a badge), whatever the page." })
  unreadCount!: number;
}

@InputType({ description: 'Which notifications to mark read: some by id, or all.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'The notifications to mark read, by `id` (at most 100). Ids that are not yours are ignored.' })
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

  @Field(() => [NotificationErrors.type], { description: 'Why nothing was marked; empty on success.' })
  errors!: NotificationError[];
}

const ALWAYS_SMS = 'Log-in and verification codes, and warnings about your account’s security, always go by SMS to your registered mobile, whatever is chosen here.';

@ObjectType({ description: `Where one topic of notifications reaches you besides the portal's own list. ${ALWAYS_SMS}` })
export class NotificationPreference {
  @Field(() => NotificationTopic, { description: 'Which notifications.' })
  topic!: NotificationTopic;

  @Field(() => Boolean, { description: 'Also by SMS to your registered mobile (the default: yes).' })
  sms!: boolean;

  @Field(() => Boolean, { description: 'Also by e-mail (the default: no). Sent only once your e-mail address is confirmed.' })
  email!: boolean;
}

@ObjectType({ description: `Your notification preferences: every topic with its channels. ${ALWAYS_SMS}` })
export class NotificationPreferences {
  @Cost({ listOf: Object.keys(NotificationTopic).length })
  @Field(() => [NotificationPreference], { description: 'Every topic, in a fixed order, with its channels (the defaults until you choose).' })
  topics!: NotificationPreference[];
}

@InputType({ description: 'The channels for one topic of notifications.' })
export class NotificationPreferenceInput {
  @Field(() => NotificationTopic, { description: 'Which notifications.' })
  topic!: NotificationTopic;

  @Field(() => Boolean, { description: 'Also by SMS.' })
  sms!: boolean;

  @Field(() => Boolean, { description: 'Also by e-mail (once your address is confirmed).' })
  email!: boolean;
}

@InputType({ description: 'New channels for some topics; the topics left out keep theirs.' })
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], { description: 'At least one topic, each at most once.' })
  preferences!: NotificationPreferenceInput[];
}

@ObjectType({ description: 'The outcome of `updateNotificationPreferences`.' })
export class UpdateNotificationPreferencesPayload {
  @Field(() => NotificationPreferences, { nullable: true, description: 'Your preferences as now stored; null when refused.' })
  preferences?: NotificationPreferences | null;

  @Field(() => [NotificationErrors.type], { description: 'Why nothing was saved; empty on success.' })
  errors!: NotificationError[];
}
