import { Readable } from 'node:stream';
import { riyadhDate } from '../../shared/clock';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { importPersons, importVehicles, Person, PERSON_COLUMNS, relativeDates, VEHICLE_COLUMNS, withPortraits } from '../registry';

/**
 * The demo of a vehicle sale (docs/demo-data.md, "Selling a car"): Saud owns a car with nothing
 * against it, Hessa will buy it. Brought in through the registry's import, like the rest of the demo
 * registry, and only into a registry that does not have them yet. Rows are built by the import's own
 * column names, so a column it gains later stays empty here.
 */
export const DEMO_SELLER = { nationalId: '1100000015', mobile: '0500000201', nameEn: 'Saud Fahad Turki Aldosari' };
export const DEMO_BUYER = { nationalId: '1100000023', mobile: '0500000202', nameEn: 'Hessa Ibrahim Saleh Almutairi' };
export const DEMO_SALE_PLATE = 'RUH5050';

const PEOPLE = [
  {
    national_id: DEMO_SELLER.nationalId,
    first_name_ar: 'سعود',
    father_name_ar: 'فهد',
    grandfather_name_ar: 'تركي',
    family_name_ar: 'الدوسري',
    first_name_en: 'Saud',
    father_name_en: 'Fahad',
    grandfather_name_en: 'Turki',
    family_name_en: 'Aldosari',
    date_of_birth: '1983-10-02',
    gender: 'M',
    nationality: 'SAU',
    mobiles: DEMO_SELLER.mobile,
    deceased: 'false',
    city: 'Riyadh',
    district: 'Al Nakheel',
    postal_code: '12382',
  },
  {
    national_id: DEMO_BUYER.nationalId,
    first_name_ar: 'حصة',
    father_name_ar: 'إبراهيم',
    grandfather_name_ar: 'صالح',
    family_name_ar: 'المطيري',
    first_name_en: 'Hessa',
    father_name_en: 'Ibrahim',
    grandfather_name_en: 'Saleh',
    family_name_en: 'Almutairi',
    date_of_birth: '1994-06-17',
    gender: 'F',
    nationality: 'SAU',
    mobiles: DEMO_BUYER.mobile,
    deceased: 'false',
    city: 'Riyadh',
    district: 'Al Narjis',
    postal_code: '13327',
  },
];

const VEHICLES = [
  {
    plate: DEMO_SALE_PLATE,
    owner_id: DEMO_SELLER.nationalId,
    make: 'Toyota',
    model: 'Land Cruiser',
    year: '2021',
    registration_expires_on: '{D+250}',
    insurance_expires_on: '{D+180}',
    inspection_expires_on: '{D+200}',
  },
];

function csv(columns: readonly string[], rows: Record<string, string>[]): string {
  return `${columns.join(',')}\n${rows.map((r) => columns.map((c) => r[c] ?? '').join(',')).join('\n')}\n`;
}

/** Adds the two people and the car; the number of people added (null when they were there already). */
export async function seedDemoSale(work: UnitOfWork, now: Date): Promise<Record<string, number> | null> {
  if (await work.em.count(Person, { nationalId: DEMO_SELLER.nationalId })) return null;
  const today = riyadhDate(now);
  const people = await importPersons(work.em, Readable.from([withPortraits(csv([...PERSON_COLUMNS, 'photo'], PEOPLE), today)]), today);
  const vehicles = await importVehicles(work.em, Readable.from([relativeDates(csv(VEHICLE_COLUMNS, VEHICLES), today)]), today);
  const refused = [...people.rejected, ...vehicles.rejected];
  if (refused.length) throw new Error(`demo sale rows refused: ${JSON.stringify(refused)}`);
  return { people: people.imported, vehicles: vehicles.imported };
}
