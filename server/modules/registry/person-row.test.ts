import { describe, expect, it } from 'vitest';
import { checkPersonHeader, MAX_PHOTO_CHARS, OPTIONAL_PERSON_COLUMNS, parsePersonRow, PERSON_COLUMNS, PersonRecord } from './person-row';
import { Gender, PersonKind, RelationKind } from './person.entity';

const TODAY = '2026-11-25';
const row = (overrides: PersonRecord = {}): PersonRecord => ({
  national_id: '1000000008',
  first_name_ar: 'محمد',
  father_name_ar: 'عبدالله',
  grandfather_name_ar: 'سعد',
  family_name_ar: 'القحطاني',
  first_name_en: 'Mohammed',
  father_name_en: 'Abdullah',
  grandfather_name_en: 'Saad',
  family_name_en: 'Alqahtani',
  date_of_birth: '1985-03-12',
  gender: 'M',
  nationality: 'SAU',
  mobiles: '0500000001',
  deceased: 'false',
  city: 'Riyadh',
  district: 'Al Olaya',
  postal_code: '12211',
  head_of_family_id: '',
  ...overrides,
});
const errorOf = (overrides: PersonRecord) => {
  const parsed = parsePersonRow(row(overrides), TODAY);
  return 'error' in parsed ? parsed.error : null;
};

describe('checkPersonHeader', () => {
  it('accepts the contract header, with or without the optional columns', () => {
    expect(checkPersonHeader([...PERSON_COLUMNS])).toBeNull();
    expect(checkPersonHeader([...PERSON_COLUMNS, ...OPTIONAL_PERSON_COLUMNS])).toBeNull();
  });
  it('refuses columns out of order, missing or unknown', () => {
    const swapped = [...PERSON_COLUMNS] as string[];
    [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
    expect(checkPersonHeader(swapped)).toMatch(/column 2 must be "first_name_ar"/);
    expect(checkPersonHeader(PERSON_COLUMNS.slice(0, -1))).toMatch(/column 18 must be "head_of_family_id"/);
    expect(checkPersonHeader([...PERSON_COLUMNS, 'shoe_size'])).toBe('unknown column(s): shoe_size');
  });
});

describe('parsePersonRow', () => {
  it('turns a good row into a person', () => {
    const parsed = parsePersonRow(row({ mobiles: '0500000001; +966550000005;966500000001', gender: 'f', nationality: 'sau' }), TODAY);
    expect('person' in parsed && parsed.person).toMatchObject({
      nationalId: '1000000008',
      kind: PersonKind.CITIZEN,
      firstNameEn: 'Mohammed',
      dateOfBirth: '1985-03-12',
      gender: Gender.FEMALE,
      nationality: 'SAU',
      mobiles: ['+966500000001', '+966550000005'],
      deceased: false,
      postalCode: '12211',
      headOfFamilyId: null,
      insideKingdom: true,
      travelBan: false,
    });
  });

  it('knows a resident by the first digit and accepts Arabic-Indic digits in IDs', () => {
    const parsed = parsePersonRow(row({ national_id: '٢٠٠٠٠٠٠٠٠٦', head_of_family_id: '١٠٠٠٠٠٠٠٠٨' }), TODAY);
    expect('person' in parsed && parsed.person).toMatchObject({ nationalId: '2000000006', kind: PersonKind.RESIDENT, headOfFamilyId: '1000000008' });
  });

  it('reads the deceased flag and the optional columns', () => {
    const parsed = parsePersonRow(row({ deceased: 'TRUE', travel_ban: 'true', inside_kingdom: 'false', photo_taken_on: '2026-06-01' }), TODAY);
    expect('person' in parsed && parsed.person).toMatchObject({ deceased: true, travelBan: true, insideKingdom: false, photoTakenOn: '2026-06-01' });
  });

  it('says why a row is refused', () => {
    expect(errorOf({ national_id: '1000000000' })).toMatch(/national_id "1000000000" is not a valid ID/);
    expect(errorOf({ family_name_en: '  ' })).toBe('family_name_en is empty');
    expect(errorOf({ first_name_ar: 'x'.repeat(101) })).toBe('first_name_ar is longer than 100 characters');
    expect(errorOf({ date_of_birth: '1985-02-30' })).toMatch(/date_of_birth "1985-02-30"/);
    expect(errorOf({ date_of_birth: '12/03/1985' })).toMatch(/date_of_birth/);
    expect(errorOf({ date_of_birth: '2026-11-26' })).toMatch(/not a past date/);
    expect(errorOf({ gender: 'X' })).toBe('gender "X" must be M or F');
    expect(errorOf({ nationality: 'SA' })).toMatch(/ISO 3166 alpha-3/);
    expect(errorOf({ mobiles: '0500000001;0400000001' })).toBe('mobile "0400000001" is not a Saudi mobile number');
    expect(errorOf({ deceased: 'yes' })).toBe('deceased "yes" must be true or false');
    expect(errorOf({ postal_code: '1221' })).toBe('postal_code "1221" must be 5 digits');
    expect(errorOf({ head_of_family_id: '1000000009' })).toMatch(/head_of_family_id "1000000009" is not a valid ID/);
    expect(errorOf({ head_of_family_id: '1000000008' })).toBe('head_of_family_id is the person themself');
    expect(errorOf({ medical_check_valid_until: 'soon' })).toMatch(/medical_check_valid_until/);
  });

  it('records how a dependant stands to their head of family or sponsor, and refuses a relation that cannot be', () => {
    const wife = parsePersonRow(row({ national_id: '1000000305', gender: 'F', head_of_family_id: '1000000008', relation_to_head: 'spouse' }), TODAY);
    expect('person' in wife && wife.person).toMatchObject({ headOfFamilyId: '1000000008', relationToHead: RelationKind.SPOUSE, sponsorEstablishmentId: null });
    const worker = parsePersonRow(row({ national_id: '2000000006', head_of_family_id: '1000000008', relation_to_head: 'DOMESTIC_WORKER' }), TODAY);
    expect('person' in worker && worker.person.relationToHead).toBe(RelationKind.DOMESTIC_WORKER);
    // Absent, the relation is unknown (an older file): the link alone still makes a dependant.
    const linkOnly = parsePersonRow(row({ national_id: '1000000016', head_of_family_id: '1000000008' }), TODAY);
    expect('person' in linkOnly && linkOnly.person.relationToHead).toBeNull();
    expect(errorOf({ national_id: '1000000016', head_of_family_id: '1000000008', relation_to_head: 'COUSIN' })).toMatch(/relation_to_head "COUSIN" must be one of SPOUSE, SON, DAUGHTER/);
    expect(errorOf({ relation_to_head: 'SON' })).toBe('relation_to_head needs a head_of_family_id (the person it is a relation to)');
    expect(errorOf({ national_id: '1000000016', head_of_family_id: '1000000008', relation_to_head: 'DAUGHTER' })).toBe('relation_to_head DAUGHTER does not match gender M');
    expect(errorOf({ national_id: '1000000016', gender: 'F', head_of_family_id: '1000000008', relation_to_head: 'MOTHER' })).toBeNull();
    expect(errorOf({ national_id: '1000000016', head_of_family_id: '1000000008', relation_to_head: 'SPONSORED_WORKER' })).toBe('relation_to_head SPONSORED_WORKER is for residents (an iqama number)');
  });

  it("takes a resident's sponsor as a person or an establishment, never both", () => {
    const parsed = parsePersonRow(row({ national_id: '2000000311', sponsor_establishment_id: '٧٠٠١٢٣٤٥٦٧' }), TODAY);
    expect('person' in parsed && parsed.person).toMatchObject({ kind: PersonKind.RESIDENT, headOfFamilyId: null, sponsorEstablishmentId: '7001234567' });
    expect(errorOf({ national_id: '2000000311', sponsor_establishment_id: '1001234567' })).toMatch(/must be an establishment's unified number \(10 digits starting with 7\)/);
    expect(errorOf({ national_id: '2000000311', sponsor_establishment_id: '700123456' })).toMatch(/unified number/);
    expect(errorOf({ sponsor_establishment_id: '7001234567' })).toBe('sponsor_establishment_id is for residents (an iqama number)');
    expect(errorOf({ national_id: '2000000311', head_of_family_id: '1000000008', sponsor_establishment_id: '7001234567' })).toMatch(/one sponsor/);
  });

  it('takes a photo as an image data URL, and nothing else', () => {
    const png = `data:image/png;base64,${Buffer.from('png bytes').toString('base64')}`;
    const parsed = parsePersonRow(row({ photo: png }), TODAY);
    expect('person' in parsed && parsed.person.photo).toBe(png);
    const refused = 'photo must be a data:image/png, jpeg, webp or svg+xml URL in base64';
    for (const photo of ['https://example.com/a.png', 'data:text/html;base64,PGI+', 'data:image/svg+xml,<svg onload=alert(1)>', 'data:image/png;base64,@@@']) {
      expect(errorOf({ photo })).toBe(refused);
    }
    expect(errorOf({ photo: `data:image/png;base64,${'A'.repeat(MAX_PHOTO_CHARS)}` })).toBe(`photo is longer than ${MAX_PHOTO_CHARS} characters`);
    const empty = parsePersonRow(row({ photo: '' }), TODAY);
    expect('person' in empty && empty.person.photo).toBeNull();
  });

  it('takes empty optional values as absent', () => {
    const parsed = parsePersonRow(row({ mobiles: '', city: '', district: '', postal_code: '', deceased: '' }), TODAY);
    expect('person' in parsed && parsed.person).toMatchObject({ mobiles: [], city: null, district: null, postalCode: null, deceased: false });
  });

  it('accepts a birth date of today', () => {
    expect(errorOf({ date_of_birth: TODAY })).toBeNull();
  });
});
