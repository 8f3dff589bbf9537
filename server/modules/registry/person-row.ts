import { normalizeDigits, parseMobile, parseNationalId } from '../../shared/normalize';
import { Gender, kindOfId, Person, PersonKind, RelationKind, WORKER_RELATIONS } from './person.entity';

/** The persons.csv contract (README): these columns, in this order; the optional ones may be absent. */
export const PERSON_COLUMNS = [
  'national_id',
  'first_name_ar',
  'father_name_ar',
  'grandfather_name_ar',
  'family_name_ar',
  'first_name_en',
  'father_name_en',
  'grandfather_name_en',
  'family_name_en',
  'date_of_birth',
  'gender',
  'nationality',
  'mobiles',
  'deceased',
  'city',
  'district',
  'postal_code',
  'head_of_family_id',
] as const;
export const OPTIONAL_PERSON_COLUMNS = [
  'inside_kingdom',
  'travel_ban',
  'services_suspended',
  'photo_taken_on',
  'medical_check_valid_until',
  'photo',
  'relation_to_head',
  'sponsor_establishment_id',
] as const;

/** An establishment's unified national number (الرقم الوطني الموحد للمنشأة): 10 digits starting with 7. */
const ESTABLISHMENT_ID = /^7\d{9}$/;

/** The gender a relation implies, where it implies one. */
const RELATION_GENDER: Partial<Record<RelationKind, 'M' | 'F'>> = {
  [RelationKind.SON]: 'M',
  [RelationKind.DAUGHTER]: 'F',
  [RelationKind.FATHER]: 'M',
  [RelationKind.MOTHER]: 'F',
};

/** The image kinds a registry photo may be in, as `data:` URLs; the size keeps a page of people light. */
const PHOTO = /^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;
export const MAX_PHOTO_CHARS = 150_000;

export type PersonRecord = Record<string, string | undefined>;
export type PersonData = Omit<Person, 'fullNameAr' | 'fullNameEn'>;

/** Why a header cannot be imported, or null when it can. */
export function checkPersonHeader(header: string[]): string | null {
  const required = PERSON_COLUMNS as readonly string[];
  const optional = OPTIONAL_PERSON_COLUMNS as readonly string[];
  for (let i = 0; i < required.length; i++) {
    if (header[i] !== required[i]) return `column ${i + 1} must be "${required[i]}" (found "${header[i] ?? ''}")`;
  }
  const unknown = header.slice(required.length).filter((c) => !optional.includes(c));
  return unknown.length ? `unknown column(s): ${unknown.join(', ')}` : null;
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** One CSV row to a registry person, or the reason it is refused. */
export function parsePersonRow(row: PersonRecord, today: string): { person: PersonData } | { error: string } {
  const v = (name: string) => (row[name] ?? '').trim();
  const nationalId = parseNationalId(v('national_id'));
  if (!nationalId) return { error: `national_id "${v('national_id')}" is not a valid ID (10 digits, starts with 1 or 2, Luhn check)` };
  for (const name of PERSON_COLUMNS.slice(1, 9)) {
    if (!v(name)) return { error: `${name} is empty` };
    if (v(name).length > 100) return { error: `${name} is longer than 100 characters` };
  }
  const dateOfBirth = v('date_of_birth');
  if (!isDate(dateOfBirth) || dateOfBirth > today) return { error: `date_of_birth "${dateOfBirth}" is not a past date in YYYY-MM-DD` };
  const gender = v('gender').toUpperCase();
  if (gender !== 'M' && gender !== 'F') return { error: `gender "${v('gender')}" must be M or F` };
  const nationality = v('nationality').toUpperCase();
  if (!/^[A-Z]{3}$/.test(nationality)) return { error: `nationality "${v('nationality')}" must be an ISO 3166 alpha-3 code` };
  const mobiles: string[] = [];
  for (const raw of v('mobiles')
    .split(';')
    .map((m) => m.trim())
    .filter(Boolean)) {
    const mobile = parseMobile(raw);
    if (!mobile) return { error: `mobile "${raw}" is not a Saudi mobile number` };
    if (!mobiles.includes(mobile)) mobiles.push(mobile);
  }
  const flags: Record<string, boolean> = {};
  for (const [name, fallback] of [
    ['deceased', false],
    ['inside_kingdom', true],
    ['travel_ban', false],
    ['services_suspended', false],
  ] as const) {
    const raw = v(name).toLowerCase();
    if (raw !== '' && raw !== 'true' && raw !== 'false') return { error: `${name} "${v(name)}" must be true or false` };
    flags[name] = raw === '' ? fallback : raw === 'true';
  }
  const dates: Record<string, string | null> = {};
  for (const name of ['photo_taken_on', 'medical_check_valid_until'] as const) {
    if (v(name) && !isDate(v(name))) return { error: `${name} "${v(name)}" must be a date in YYYY-MM-DD` };
    dates[name] = v(name) || null;
  }
  const photo = v('photo') || null;
  if (photo && photo.length > MAX_PHOTO_CHARS) return { error: `photo is longer than ${MAX_PHOTO_CHARS} characters` };
  if (photo && !PHOTO.test(photo)) return { error: 'photo must be a data:image/png, jpeg, webp or svg+xml URL in base64' };
  const postalCode = normalizePostal(v('postal_code'));
  if (postalCode === undefined) return { error: `postal_code "${v('postal_code')}" must be 5 digits` };
  let headOfFamilyId: string | null = null;
  if (v('head_of_family_id')) {
    headOfFamilyId = parseNationalId(v('head_of_family_id'));
    if (!headOfFamilyId) return { error: `head_of_family_id "${v('head_of_family_id')}" is not a valid ID` };
    if (headOfFamilyId === nationalId) return { error: 'head_of_family_id is the person themself' };
  }
  let relationToHead: RelationKind | null = null;
  if (v('relation_to_head')) {
    const raw = v('relation_to_head').toUpperCase();
    if (!(Object.values(RelationKind) as string[]).includes(raw)) return { error: `relation_to_head "${v('relation_to_head')}" must be one of ${Object.values(RelationKind).join(', ')}` };
    relationToHead = raw as RelationKind;
    if (!headOfFamilyId) return { error: 'relation_to_head needs a head_of_family_id (the person it is a relation to)' };
    if (RELATION_GENDER[relationToHead] && RELATION_GENDER[relationToHead] !== gender) return { error: `relation_to_head ${relationToHead} does not match gender ${gender}` };
    if (WORKER_RELATIONS.includes(relationToHead) && kindOfId(nationalId) !== PersonKind.RESIDENT) return { error: `relation_to_head ${relationToHead} is for residents (an iqama number)` };
  }
  let sponsorEstablishmentId: string | null = null;
  if (v('sponsor_establishment_id')) {
    sponsorEstablishmentId = normalizeDigits(v('sponsor_establishment_id'));
    if (!ESTABLISHMENT_ID.test(sponsorEstablishmentId))
      return { error: `sponsor_establishment_id "${v('sponsor_establishment_id')}" must be an establishment's unified number (10 digits starting with 7)` };
    if (kindOfId(nationalId) !== PersonKind.RESIDENT) return { error: 'sponsor_establishment_id is for residents (an iqama number)' };
    if (headOfFamilyId) return { error: 'a resident has one sponsor: head_of_family_id (a person) or sponsor_establishment_id (an establishment), not both' };
  }
  return {
    person: {
      nationalId,
      kind: kindOfId(nationalId),
      firstNameAr: v('first_name_ar'),
      fatherNameAr: v('father_name_ar'),
      grandfatherNameAr: v('grandfather_name_ar'),
      familyNameAr: v('family_name_ar'),
      firstNameEn: v('first_name_en'),
      fatherNameEn: v('father_name_en'),
      grandfatherNameEn: v('grandfather_name_en'),
      familyNameEn: v('family_name_en'),
      dateOfBirth,
      gender: gender === 'M' ? Gender.MALE : Gender.FEMALE,
      nationality,
      mobiles,
      deceased: flags.deceased,
      city: v('city') || null,
      district: v('district') || null,
      postalCode,
      headOfFamilyId,
      relationToHead,
      sponsorEstablishmentId,
      insideKingdom: flags.inside_kingdom,
      travelBan: flags.travel_ban,
      servicesSuspended: flags.services_suspended,
      photoTakenOn: dates.photo_taken_on,
      medicalCheckValidUntil: dates.medical_check_valid_until,
      photo,
    },
  };
}

function normalizePostal(raw: string): string | null | undefined {
  if (!raw) return null;
  return /^\d{5}$/.test(raw) ? raw : undefined;
}
