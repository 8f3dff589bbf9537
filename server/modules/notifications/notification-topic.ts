import { registerEnumType } from 'type-graphql';

/** What a person chooses channels for: notifications grouped the way people think of them. */
export enum NotificationTopic {
  REQUESTS = 'REQUESTS',
  PAYMENTS = 'PAYMENTS',
  APPOINTMENTS = 'APPOINTMENTS',
  DOCUMENT_EXPIRY = 'DOCUMENT_EXPIRY',
  VIOLATIONS = 'VIOLATIONS',
}
registerEnumType(NotificationTopic, {
  name: 'NotificationTopic',
  description: 'A group of notifications whose channels (SMS, e-mail) a person chooses together.',
  valuesConfig: {
    REQUESTS: { description: 'Your e-service requests: submitted, completed, rejected, cancelled.' },
    PAYMENTS: { description: 'Bills issued and paid.' },
    APPOINTMENTS: { description: 'Appointments booked, moved and cancelled.' },
    DOCUMENT_EXPIRY: { description: 'Your documents and your family’s: reminders before they expire, and loss reports.' },
    VIOLATIONS: { description: 'Traffic violations: paid, disputed.' },
  },
});
