import { registerEnumType } from 'type-graphql';
import { daysBetween } from '../../shared/dates';

/**
 * Where a document stands. The registry records what happened to a document (VALID until it is
 * reported LOST, REPLACED by a new one, or CANCELLED); EXPIRING and EXPIRED follow from its dates
 * on the day asked, so they are never stored and never go stale.
 */
export enum DocumentStatus {
  VALID = 'VALID',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
  LOST = 'LOST',
  REPLACED = 'REPLACED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(DocumentStatus, {
  name: 'DocumentStatus',
  description: 'Where a document stands today: usable (VALID, EXPIRING), run out (EXPIRED), or ended by an event (LOST, REPLACED, CANCELLED).',
  valuesConfig: {
    VALID: { description: 'In force, more than 90 days from expiry.' },
    EXPIRING: { description: 'In force, and expires within 90 days: time to renew.' },
    EXPIRED: { description: 'Its expiry date has passed.' },
    LOST: { description: 'Reported lost or stolen: it no longer proves anything, and a replacement can be requested.' },
    REPLACED: { description: 'A newer document was issued in its place.' },
    CANCELLED: { description: 'Cancelled before its expiry (for example an exit re-entry visa cancelled before use).' },
  },
});

/** What the registry records (and a registry import may bring); the other statuses follow from dates. */
export const RECORDED_DOCUMENT_STATUSES = [DocumentStatus.VALID, DocumentStatus.LOST, DocumentStatus.REPLACED, DocumentStatus.CANCELLED] as const;
export type RecordedDocumentStatus = (typeof RECORDED_DOCUMENT_STATUSES)[number];

/** How near its expiry a document is EXPIRING: the portal shows it as due for renewal from then. */
export const EXPIRING_WITHIN_DAYS = 90;

/** The status of a document recorded as `recorded`, expiring on `expiresOn`, on the day `today` (both YYYY-MM-DD, Riyadh). */
export function documentStatusOn(recorded: RecordedDocumentStatus, expiresOn: string, today: string): DocumentStatus {
  if (recorded !== DocumentStatus.VALID) return recorded;
  const daysLeft = daysBetween(today, expiresOn);
  if (daysLeft < 0) return DocumentStatus.EXPIRED;
  return daysLeft <= EXPIRING_WITHIN_DAYS ? DocumentStatus.EXPIRING : DocumentStatus.VALID;
}

/** Whether a document proves what it says today: in force and not ended by an event. */
export function documentInForce(recorded: RecordedDocumentStatus, expiresOn: string, today: string): boolean {
  const status = documentStatusOn(recorded, expiresOn, today);
  return status === DocumentStatus.VALID || status === DocumentStatus.EXPIRING;
}
