import { defineErrors } from '../../shared/user-error';
import type { Localized } from '../../shared/i18n';

/** Codes and messages of the notifications module. */
export const notificationMessages = {
  NOTHING_TO_MARK: {
    ar: 'اختر الإشعارات التي تريد تعليمها كمقروءة، أو اختر تعليمها كلها.',
    en: 'Choose the notifications to mark as read, or choose to mark all of them.',
  },
  TOO_MANY_NOTIFICATIONS: {
    ar: 'يمكن تعليم {max} إشعاراً على الأكثر في كل مرة. اختر عدداً أقل أو علّمها كلها.',
    en: 'At most {max} notifications can be marked at a time. Choose fewer, or mark all of them.',
  },
  NOTHING_TO_SAVE: {
    ar: 'اختر القنوات لنوع واحد من الإشعارات على الأقل.',
    en: 'Choose the channels for at least one kind of notification.',
  },
  TOPIC_TWICE: {
    ar: 'هذا النوع من الإشعارات مذكور أكثر من مرة. اختر القنوات له مرة واحدة.',
    en: 'This kind of notification is listed more than once. Choose its channels once.',
  },
} satisfies Record<string, Localized>;

export type NotificationErrorCode = keyof typeof notificationMessages;

export const NotificationErrors = defineErrors('NotificationError', notificationMessages, 'Why marking notifications read, or saving notification preferences, was refused.');
export type NotificationError = ReturnType<typeof NotificationErrors.localize>[number];
