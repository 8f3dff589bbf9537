import { describe, expect, it } from 'vitest';
import { checkOfficeHeader, OFFICE_COLUMNS, parseOfficeRow, parseWorkingDays } from './office-row';

const GOOD = {
  office_id: 'KHB-TRAFFIC-2',
  kind: 'traffic',
  city_en: 'Al Khobar',
  city_ar: 'الخبر',
  name_ar: 'إدارة المرور — الخبر',
  name_en: 'Traffic Department — Al Khobar',
  address_ar: 'حي العقربية، الخبر',
  address_en: 'Al Aqrabiyah, Al Khobar',
  opens_at: '07:30',
  closes_at: '12:30',
  slot_minutes: '20',
  slot_capacity: '4',
  working_days: 'sun;mon;tue;wed;thu',
};
const problemsOf = (changes: Partial<typeof GOOD>) => {
  const parsed = parseOfficeRow({ ...GOOD, ...changes });
  return 'problems' in parsed ? parsed.problems.map((p) => p.field) : [];
};

describe('offices.csv rows', () => {
  it('reads a good row into the office it describes', () => {
    expect(parseOfficeRow(GOOD)).toEqual({
      office: {
        id: 'KHB-TRAFFIC-2',
        category: 'TRAFFIC',
        city: 'Al Khobar',
        cityAr: 'الخبر',
        nameAr: 'إدارة المرور — الخبر',
        nameEn: 'Traffic Department — Al Khobar',
        addressAr: 'حي العقربية، الخبر',
        addressEn: 'Al Aqrabiyah, Al Khobar',
        opensAt: '07:30',
        closesAt: '12:30',
        slotMinutes: 20,
        slotCapacity: 4,
        workingDays: [0, 1, 2, 3, 4],
      },
    });
  });

  it('takes the header exactly, in order', () => {
    expect(checkOfficeHeader([...OFFICE_COLUMNS])).toBeNull();
    expect(checkOfficeHeader(['office_id', 'city_en'])).toBe('column 2 must be "kind" (found "city_en")');
    expect(checkOfficeHeader([...OFFICE_COLUMNS, 'services'])).toBe('unknown column(s): services');
  });

  it('reads working days as numbers (0 = Sunday) or English short names, in any order, once each', () => {
    expect(parseWorkingDays('4;0;2')).toEqual([0, 2, 4]);
    expect(parseWorkingDays('SUN;Mon;sun')).toEqual([0, 1]);
    expect(parseWorkingDays('sat')).toEqual([6]);
    expect(parseWorkingDays('')).toBeNull();
    expect(parseWorkingDays('7')).toBeNull();
    expect(parseWorkingDays('sunday')).toBeNull();
  });

  it('names the column of every problem, all of them at once', () => {
    expect(problemsOf({ office_id: '', kind: 'POLICE', name_en: ' ', slot_capacity: '0' })).toEqual(['office_id', 'kind', 'name_en', 'slot_capacity']);
    expect(problemsOf({ office_id: '-RUH' })).toEqual(['office_id']);
    expect(problemsOf({ office_id: 'A'.repeat(41) })).toEqual(['office_id']);
    expect(problemsOf({ office_id: 'A'.repeat(40) })).toEqual([]);
    expect(problemsOf({ city_ar: 'م'.repeat(61) })).toEqual(['city_ar']);
  });

  it('holds times to HH:MM with the closing after the opening', () => {
    expect(problemsOf({ opens_at: '7:30' })).toEqual(['opens_at']);
    expect(problemsOf({ closes_at: '24:00' })).toEqual(['closes_at']);
    expect(problemsOf({ closes_at: '07:30' })).toEqual(['closes_at']);
    expect(problemsOf({ closes_at: '07:31', slot_minutes: '5' })).toEqual(['slot_minutes']);
    expect(problemsOf({ closes_at: '07:35', slot_minutes: '5' })).toEqual([]);
  });

  it('holds slot length and capacity to whole numbers within their bounds', () => {
    expect(problemsOf({ slot_minutes: '4' })).toEqual(['slot_minutes']);
    expect(problemsOf({ slot_minutes: '5' })).toEqual([]);
    // 07:30–12:30 is 300 minutes: one slot of 300 fits, one of 301 does not.
    expect(problemsOf({ slot_minutes: '300' })).toEqual([]);
    expect(problemsOf({ slot_minutes: '301' })).toEqual(['slot_minutes']);
    expect(problemsOf({ opens_at: '00:00', closes_at: '23:59', slot_minutes: '480' })).toEqual([]);
    expect(problemsOf({ opens_at: '00:00', closes_at: '23:59', slot_minutes: '481' })).toEqual(['slot_minutes']);
    expect(problemsOf({ slot_capacity: '500' })).toEqual([]);
    expect(problemsOf({ slot_capacity: '501' })).toEqual(['slot_capacity']);
    expect(problemsOf({ slot_capacity: '2.5' })).toEqual(['slot_capacity']);
  });
});
