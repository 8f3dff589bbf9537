import { maskNationalId, normalizeDigits } from '../../shared/normalize';

export const DIGITAL_ID_TYPE = 'digital-id+jwt';
export const DIGITAL_ID_AUDIENCE = 'absher-digital-id';
/** Short-lived: the card on the phone renews itself; a screenshot stops working within minutes. */
export const DIGITAL_ID_TTL_SECONDS = 5 * 60;

/** What a checker reads from a digital ID: enough to recognise the holder, nothing to harvest. */
export interface DigitalIdClaims {
  name_ar: string;
  name_en: string;
  /** `1•••••••08`: the full number is not in the token (see `id_hash`). */
  id_masked: string;
  /**
   * HMAC (the server's secret) of `id_salt:nationalId`. A plain hash would not do: with the first
   * and last digits shown and the check digit, about a million candidates remain, which a laptop
   * tries in a second. Keyed, only the server can confirm a number (`verifyDigitalId(nationalId:)`,
   * a few tries per token); the random salt keeps tokens of one person unlinkable by this claim.
   */
  id_hash: string;
  id_salt: string;
  kind: 'CITIZEN' | 'RESIDENT';
  nationality: string;
  birthdate: string;
  gender: 'MALE' | 'FEMALE';
  /** The identity document behind it (NATIONAL_ID or IQAMA), when the registry has one. */
  doc_type: string | null;
  doc_issued_on: string | null;
  doc_expires_on: string | null;
}

export interface HolderFacts {
  nationalId: string;
  nameAr: string;
  nameEn: string;
  kind: 'CITIZEN' | 'RESIDENT';
  nationality: string;
  dateOfBirth: string;
  gender: 'MALE' | 'FEMALE';
  document: { type: string; issuedOn: string; expiresOn: string } | null;
}

/** The server's keyed hash (`KeyedHasher`), under one purpose so that it serves nothing else. */
export interface IdHasher {
  digest(purpose: string, value: string): string;
  matches(purpose: string, value: string, stored: string): boolean;
}
const PURPOSE = 'digital-id';

export function digitalIdClaims(holder: HolderFacts, salt: string, hasher: IdHasher): DigitalIdClaims {
  return {
    name_ar: holder.nameAr,
    name_en: holder.nameEn,
    id_masked: maskNationalId(holder.nationalId),
    id_hash: hasher.digest(PURPOSE, `${salt}:${holder.nationalId}`),
    id_salt: salt,
    kind: holder.kind,
    nationality: holder.nationality,
    birthdate: holder.dateOfBirth,
    gender: holder.gender,
    doc_type: holder.document?.type ?? null,
    doc_issued_on: holder.document?.issuedOn ?? null,
    doc_expires_on: holder.document?.expiresOn ?? null,
  };
}

/** Whether the number a checker typed (any digits, Arabic-Indic too) is the one the token was made for. */
export function nationalIdMatches(claims: Pick<DigitalIdClaims, 'id_hash' | 'id_salt'>, typed: string, hasher: IdHasher): boolean {
  const digits = normalizeDigits(typed).replace(/\D/g, '');
  return hasher.matches(PURPOSE, `${claims.id_salt}:${digits}`, claims.id_hash);
}

/** Reads the claims back from a verified payload; null when any is missing or of the wrong shape. */
export function readClaims(payload: Record<string, unknown>): DigitalIdClaims | null {
  const str = (k: string) => (typeof payload[k] === 'string' ? (payload[k] as string) : null);
  const optional = (k: string) => (payload[k] === null || typeof payload[k] === 'string' ? ((payload[k] as string | null) ?? null) : undefined);
  const kind = str('kind');
  const gender = str('gender');
  const required = ['name_ar', 'name_en', 'id_masked', 'id_hash', 'id_salt', 'nationality', 'birthdate'].map(str);
  const docs = ['doc_type', 'doc_issued_on', 'doc_expires_on'].map(optional);
  if (required.some((v) => v === null) || docs.some((v) => v === undefined)) return null;
  if ((kind !== 'CITIZEN' && kind !== 'RESIDENT') || (gender !== 'MALE' && gender !== 'FEMALE')) return null;
  const [name_ar, name_en, id_masked, id_hash, id_salt, nationality, birthdate] = required as string[];
  const [doc_type, doc_issued_on, doc_expires_on] = docs as (string | null)[];
  return { name_ar, name_en, id_masked, id_hash, id_salt, kind, nationality, birthdate, gender, doc_type, doc_issued_on, doc_expires_on };
}
