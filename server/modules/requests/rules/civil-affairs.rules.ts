import { DocumentType } from '../../registry/holdings.entity';
import { PersonKind } from '../../registry/person.entity';
import { addMonths, addYears, daysBetween } from '../../../shared/dates';
import { commonChecks, currentDocument, Facts, Reasons, RENEWAL_WINDOW_DAYS, renewalOpensOn, Verdict } from './facts';
import { renewNationalIdFee } from './fees';

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
  else if (daysBetween(today, card.expiresOn) > RENEWAL_WINDOW_DAYS) reasons.add('', 'TOO_EARLY_TO_RENEW', { renewFrom: renewalOpensOn(card.expiresOn) });
  if (!beneficiary.photoTakenOn || beneficiary.photoTakenOn < addMonths(today, -6)) reasons.add('', 'PHOTO_OUTDATED');
  if (!beneficiary.city || !DELIVERY_CITIES.includes(beneficiary.city) || !beneficiary.postalCode) reasons.add('', 'ADDRESS_NOT_DELIVERABLE');
  return { errors: reasons.list, fee: renewNationalIdFee(card?.expiresOn, today) };
}

/** A renewed card: issued today, valid 10 years. */
export function renewedNationalId(today: string): { issuedOn: string; expiresOn: string } {
  return { issuedOn: today, expiresOn: addYears(today, NATIONAL_ID_YEARS) };
}
