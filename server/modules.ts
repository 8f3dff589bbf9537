/**
 * The one list of the app's parts: every entity and every resolver is named here and nowhere
 * else, so the ORM, the schema and the migration generator always agree.
 */
import { AuditEvent } from './modules/audit/audit-event.entity';
import { Appointment, AppointmentSlot, Office } from './modules/appointments/appointment.entity';
import { AppointmentsResolver } from './modules/appointments/appointments.resolver';
import { DigitalIdResolver } from './modules/digital-id/digital-id.resolver';
import { DocumentReminder } from './modules/notifications/document-reminder.entity';
import { Account, LoginSession, RefreshToken } from './modules/identity/account.entity';
import { CaptchaCode, Challenge } from './modules/identity/challenge.entity';
import { AccountCareResolver } from './modules/identity/account-care.resolver';
import { AccountResolver, IdentityResolver } from './modules/identity/identity.resolver';
import { Notification } from './modules/notifications/notification.entity';
import { NotificationsResolver } from './modules/notifications/notifications.resolver';
import { OutboxMessage } from './modules/notifications/outbox-message.entity';
import { PersonDocument, Vehicle, Violation } from './modules/registry/holdings.entity';
import { Person } from './modules/registry/person.entity';
import { Bill } from './modules/payments/bill.entity';
import { ServiceRequest } from './modules/requests/service-request.entity';
import { CatalogueResolver } from './modules/catalogue/catalogue.resolver';
import { PaymentsResolver } from './modules/payments/payments.resolver';
import { RequestsResolver } from './modules/requests/requests.resolver';
import { DocumentResolver, HoldingsResolver, ViolationResolver } from './modules/registry/holdings.resolver';
import { SsoLink } from './modules/sso/sso-link.entity';
import { SsoAccountResolver, SsoResolver } from './modules/sso/sso.resolver';

export const entities = [Person, Account, LoginSession, RefreshToken, Challenge, CaptchaCode, OutboxMessage, AuditEvent, Notification, PersonDocument, Vehicle, Violation, ServiceRequest, Bill, Office, AppointmentSlot, Appointment, DocumentReminder, SsoLink];

export const resolvers = [IdentityResolver, AccountResolver, AccountCareResolver, NotificationsResolver, AppointmentsResolver, DigitalIdResolver, CatalogueResolver, RequestsResolver, PaymentsResolver, HoldingsResolver, DocumentResolver, ViolationResolver, SsoResolver, SsoAccountResolver] as const;

/**
 * The root fields anyone may call without a session. Every other query and mutation is refused
 * with UNAUTHENTICATED before it runs (default deny); a test walks the schema to prove it.
 */
export const publicOperations: ReadonlySet<string> = new Set([
  '__typename',
  '__schema',
  '__type',
  'authOptions',
  'me',
  'newCaptcha',
  'register',
  'verifyRegistration',
  'login',
  'verifyLogin',
  'resendCode',
  'refreshSession',
  'logout',
  'confirmEmail',
  'requestPasswordReset',
  'resetPassword',
  'confirmEmailChange',
  'verifyDigitalId',
  'serviceCategories',
  'services',
  'service',
  'ssoLoginUrl',
  'ssoPending',
  'completeSsoRegistration',
  'linkSso',
]);
