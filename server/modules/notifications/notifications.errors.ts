import type { Localized } from '../../shared/i18n';

/** Codes and messages of the notifications module; merged into `UserErrorCode`. */
export const notificationMessages = {
  NOTHING_TO_MARK: {
    ar: 'اختر الإشعارات التي تريد تعليمها كمقروءة، أو اختر تعليمها كلها.',
    en: 'Choose the notifications to mark as read, or choose to mark all of them.',
  },
  TOO_MANY_NOTIFICATIONS: {
    ar: 'يمكن تعليم {max} إشعاراً على الأكثر في كل مرة. اختر عدداً أقل أو علّمها كلها.',
    en: 'At most {max} notifications can be marked at a time. Choose fewer, or mark all of them.',
  },
} satisfies Record<string, Localized>;

export type NotificationErrorCode = keyof typeof notificationMessages;
