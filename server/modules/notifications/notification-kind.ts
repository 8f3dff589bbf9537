import { registerEnumType } from 'type-graphql';

/** What a notification is about. Clients may pick an icon by it; the text is in the notification. */
export enum NotificationKind {
  REQUEST_SUBMITTED = 'REQUEST_SUBMITTED',
  REQUEST_COMPLETED = 'REQUEST_COMPLETED',
  REQUEST_REJECTED = 'REQUEST_REJECTED',
  REQUEST_CANCELLED = 'REQUEST_CANCELLED',
  BILL_ISSUED = 'BILL_ISSUED',
  BILL_PAID = 'BILL_PAID',
  BILL_REFUNDED = 'BILL_REFUNDED',
  APPOINTMENT_BOOKED = 'APPOINTMENT_BOOKED',
  APPOINTMENT_RESCHEDULED = 'APPOINTMENT_RESCHEDULED',
  APPOINTMENT_CANCELLED = 'APPOINTMENT_CANCELLED',
  DOCUMENT_EXPIRING = 'DOCUMENT_EXPIRING',
  VIOLATION = 'VIOLATION',
  VEHICLE_SALE = 'VEHICLE_SALE',
  DOCUMENT_STATUS = 'DOCUMENT_STATUS',
  AUTHORISATION = 'AUTHORISATION',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    REQUEST_SUBMITTED: { description: 'A service request was submitted.' },
    REQUEST_COMPLETED: { description: 'A service request was completed and its result issued.' },
    REQUEST_REJECTED: { description: 'A service request was rejected.' },
    REQUEST_CANCELLED: { description: 'A service request was cancelled.' },
    BILL_ISSUED: { description: 'A bill was issued and awaits payment.' },
    BILL_PAID: { description: 'A bill was paid.' },
    BILL_REFUNDED: { description: 'A paid bill is being refunded, or its refund was sent.' },
    APPOINTMENT_BOOKED: { description: 'An appointment was booked.' },
    APPOINTMENT_RESCHEDULED: { description: 'An appointment was moved to another time.' },
    APPOINTMENT_CANCELLED: { description: 'An appointment was cancelled.' },
    DOCUMENT_EXPIRING: { description: 'A document is about to expire.' },
    DOCUMENT_STATUS: {
      description: 'Something about a document: reported lost or stolen (and so no longer proves anything), or its card’s postal delivery (ordered, printed, out for delivery, delivered).',
    },
    VIOLATION: { description: 'Something about a traffic violation (paid, disputed, …).' },
    AUTHORISATION: { description: 'Something about an authorisation you gave or received (given, accepted, declined, revoked, used to act for you).' },
    VEHICLE_SALE: { description: 'Something about a vehicle sale you are part of (offered, accepted, cancelled, completed, refused).' },
  },
});
