import { DocumentType } from '../../registry/holdings.entity';
import { PersonKind } from '../../registry/person.entity';
import { addMonths, addYears, daysBetween } from '../../../shared/dates';
import { commonChecks, currentDocument, Facts, inForce, Reasons, RENEWAL_WINDOW_DAYS, renewalOpensOn, reportedLost, Verdict } from './facts';
import { REPLACEMENT_FEES_SAR, replaceDocumentFee, renewNationalIdFee, type ReplaceableDocument, type ReplacementCause } from './fees';

/** A renewed national ID card is valid this many years. */
export const NATIONAL_ID_YEARS = 10;

/**
 * The cities the card courier delivers to (the national address must be in one of them and have
 * a postal code). Elsewhere the card is collected at an office, which this portal cannot book for it.
 */
export const DELIVERY_CITIES = [
  'Riyadh',
  'Jeddah',
  'Makkah',
  'Madinah',
  'Dammam',
  'Khobar',
  'Dhahran',
  'Taif',
  'Tabuk',
  'Abha',
  'Buraidah',
  'Hail',
  'Jazan',
  'Najran',
  'Al Ahsa',
  'Jubail',
  'Yanbu',
  'Khamis Mushait',
  'Al Kharj',
];

/** Renew national ID (citizens): from 180 days before expiry, photo within 6 months, address in the delivery area. */
export function renewNationalIdRules(facts: Facts): Verdict {
  const reasons = new Reasons();
  const { beneficiary, today } = facts;
  commonChecks(facts, reasons);
  if (beneficiary.kind !== PersonKind.CITIZEN) reasons.add('', 'NOT_ELIGIBLE');
  const card = currentDocument(facts.documents, DocumentType.NATIONAL_ID);
  if (!card) reasons.add('', 'DOCUMENT_MISSING');
  else if (reportedLost(card)) reasons.add('', 'REPLACE_LOST_INSTEAD');
  else if (daysBetween(today, card.expiresOn) > RENEWAL_WINDOW_DAYS) reasons.add('', 'TOO_EARLY_TO_RENEW', { renewFrom: renewalOpensOn(card.expiresOn) });
  if (!beneficiary.photoTakenOn || beneficiary.photoTakenOn < addMonths(today, -6)) reasons.add('', 'PHOTO_OUTDATED');
  if (!beneficiary.city || !DELIVERY_CITIES.includes(beneficiary.city) || !beneficiary.postalCode) reasons.add('', 'ADDRESS_NOT_DELIVERABLE');
  return { errors: reasons.list, fee: renewNationalIdFee(card?.expiresOn, today) };
}

/** A renewed card: issued today, valid 10 years. */
export function renewedNationalId(today: string): { issuedOn: string; expiresOn: string } {
  return { issuedOn: today, expiresOn: addYears(today, NATIONAL_ID_YEARS) };
}

export interface ReplaceDocumentInput {
  documentType: string;
  cause: string;
  /** How many times this card was replaced before for the same cause (counted from completed requests). */
  earlier: number;
}

const REPLACEABLE = Object.keys(REPLACEMENT_FEES_SAR) as ReplaceableDocument[];
const CAUSES: ReplacementCause[] = ['LOST', 'DAMAGED'];

/**
 * Replacing a card (citizens' national ID, residents' iqama, anyone's driving licence; self or
 * dependent): a lost one must have been reported lost first, a damaged one must still be in force
 * (an expired one is renewed instead). The fee grows with earlier replacements (fees.ts).
 */
export function replaceDocumentRules(facts: Facts, input: ReplaceDocumentInput): Verdict {
  const reasons = new Reasons();
  const { beneficiary, today } = facts;
  commonChecks(facts, reasons);
  const type = REPLACEABLE.find((t) => t === input.documentType);
  const cause = CAUSES.find((c) => c === input.cause);
  if (!type) reasons.add('documentType', 'INVALID_CHOICE', { allowed: REPLACEABLE.join(', ') });
  if (!cause) reasons.add('cause', 'INVALID_CHOICE', { allowed: CAUSES.join(', ') });
  if (type && cause) {
    const citizenCard = type === DocumentType.NATIONAL_ID;
    if ((citizenCard && beneficiary.kind !== PersonKind.CITIZEN) || (type === DocumentType.IQAMA && beneficiary.kind !== PersonKind.RESIDENT)) reasons.add('documentType', 'NOT_ELIGIBLE');
    else {
      const card = currentDocument(facts.documents, type as DocumentType);
      if (!card) reasons.add('documentType', 'DOCUMENT_MISSING');
      else if (cause === 'LOST' && !reportedLost(card)) reasons.add('cause', 'NOT_REPORTED_LOST');
      // A card reported lost is replaced as lost (it is not at hand to be seen damaged).
      else if (cause === 'DAMAGED' && reportedLost(card)) reasons.add('cause', 'INVALID_CHOICE', { allowed: 'LOST' });
      else if (cause === 'DAMAGED' && !inForce(card, today)) reasons.add('cause', 'EXPIRED_RENEW_INSTEAD');
    }
  }
  return { errors: reasons.list, fee: type && cause ? replaceDocumentFee(type, cause, input.earlier) : [] };
}
