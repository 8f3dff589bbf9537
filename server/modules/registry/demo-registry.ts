import { Readable } from 'node:stream';
import { EntityManager } from '@mikro-orm/core';
import { riyadhDate } from '../../shared/clock';
import { addDays } from '../../shared/dates';
import { parseMobile } from '../../shared/normalize';
import { DOCUMENT_COLUMNS, OPTIONAL_VEHICLE_COLUMNS, VEHICLE_COLUMNS, VIOLATION_COLUMNS } from './holding-rows';
import { Person } from './person.entity';
import { OPTIONAL_PERSON_COLUMNS, PERSON_COLUMNS } from './person-row';
import { syntheticPortrait } from './portrait';
import { importDocuments, ImportReport, importPersons, importVehicles, importViolations } from './registry-import';

/**
 * The demo registry, in the import format itself so that it goes through the same checks as any
 * import. Documented in docs/demo-data.md (IDs, mobiles, what each person is for). Deterministic,
 * except that dates a rule depends on are relative to the day of seeding — `{D+40}` is 40 days
 * after it — so "expires in 40 days" stays true whenever the portal is first started. The minor's
 * birth date is kept 16 years and 2 months before that day, so the "under 17" case stays under 17.
 * The trailing `relation_to_head` names how each dependant stands to their head of family or sponsor;
 * Vijay's sponsor is an establishment (`sponsor_establishment_id`). Turki, Mohammed's brother, is an adult
 * of his own household: someone Mohammed can authorise (docs/demo-data.md, "granting an authorisation").
 */
const DEMO_PERSONS = `${[...PERSON_COLUMNS, ...OPTIONAL_PERSON_COLUMNS].join(',')}
1000000008,محمد,عبدالله,سعد,القحطاني,Mohammed,Abdullah,Saad,Alqahtani,1985-03-12,M,SAU,0500000001,false,Riyadh,Al Olaya,12211,,true,false,false,{D-60},{D+300}
2000000006,راجيش,كومار,راماسوامي,ناير,Rajesh,Kumar,Ramaswamy,Nair,1990-07-01,M,IND,0500000002,false,Jeddah,Al Rawdah,23432,1000000008,,,,,,,DOMESTIC_WORKER
1000000016,سارة,محمد,عبدالله,القحطاني,Sara,Mohammed,Abdullah,Alqahtani,{MINOR_DOB},F,SAU,0500000003,false,Riyadh,Al Olaya,12211,1000000008,,,,,,,DAUGHTER
1000000024,عبدالله,سعد,فهد,القحطاني,Abdullah,Saad,Fahd,Alqahtani,1950-01-20,M,SAU,0500000004,true,Riyadh,Al Olaya,12211,
1000000032,نورة,خالد,إبراهيم,العتيبي,Noura,Khalid,Ibrahim,Alotaibi,1992-11-05,F,SAU,0500000005;+966550000005;966590000005,false,Dammam,Al Faisaliyah,32272,,true,true,false,2023-01-10,
1000000040,فهد,ناصر,علي,الشمري,Fahd,Nasser,Ali,Alshammari,1978-05-30,M,SAU,0500000006,false,Riyadh,Al Malqa,13521,,true,false,false,{D-30},{D+200}
2000000014,ماريا,سانتوس,خوسيه,ريس,Maria,Santos,Jose,Reyes,1988-02-14,F,PHL,0500000007,false,Riyadh,Al Malqa,13521,1000000040,,,,,,,DOMESTIC_WORKER
1000000057,خالد,سالم,محمد,الحربي,Khalid,Salem,Mohammed,Alharbi,1980-09-09,M,SAU,0500000101,false,Riyadh,Al Yasmin,13325,,true,false,true,{D-20},{D+300}
1000000065,ليلى,أحمد,حسن,الزهراني,Layla,Ahmed,Hassan,Alzahrani,1995-04-18,F,SAU,0500000102,false,Jeddah,Al Safa,23451,,true,false,false,{D-10},
2000000022,عمر,فاروق,حسن,السيد,Omar,Farouk,Hassan,Elsayed,1982-12-01,M,EGY,0500000103,false,Jeddah,Al Hamra,23212,1000000032,true,false,false,,{D+100},,SPONSORED_WORKER
2000000030,فاطمة,محمود,علي,عبدالعزيز,Fatima,Mahmoud,Ali,Abdelaziz,1986-06-21,F,EGY,0500000104,false,Jeddah,Al Hamra,23212,2000000022,,,,,,,SPOUSE
2000000048,يوسف,عمر,فاروق,السيد,Youssef,Omar,Farouk,Elsayed,2015-03-03,M,EGY,,false,Jeddah,Al Hamra,23212,2000000022,false,,,,,,SON
2000000055,علي,رضا,أحمد,خان,Ali,Raza,Ahmed,Khan,1991-08-14,M,PAK,0500000105,false,Riyadh,Al Malqa,13521,1000000040,,,,,,,DOMESTIC_WORKER
1000000305,هند,فهد,صالح,الشهري,Hind,Fahad,Saleh,Alshehri,1990-04-22,F,SAU,0500000008,false,Riyadh,Al Olaya,12211,1000000008,,,,,,,SPOUSE
1000000313,عبدالعزيز,محمد,عبدالله,القحطاني,Abdulaziz,Mohammed,Abdullah,Alqahtani,2016-09-10,M,SAU,,false,Riyadh,Al Olaya,12211,1000000008,,,,,,,SON
2000000303,كريم,رحمن,عبدول,ميا,Karim,Rahman,Abdul,Mia,1993-02-10,M,BGD,0500000106,false,Riyadh,Al Olaya,12211,1000000008,,,,,,,SPONSORED_WORKER
2000000311,فيجاي,أناند,سوريش,بيلاي,Vijay,Anand,Suresh,Pillai,1987-10-03,M,IND,0500000107,false,Dammam,Al Faisaliyah,32272,,,,,,,,,7001234567
1000000321,تركي,عبدالله,سعد,القحطاني,Turki,Abdullah,Saad,Alqahtani,1988-08-08,M,SAU,0500000009,false,Riyadh,Al Olaya,12211,,true,false,false,,
`;

const DEMO_DOCUMENTS = `${DOCUMENT_COLUMNS.join(',')}
1000000008,NATIONAL_ID,1000000008,2016-05-01,{D+120},
1000000008,DRIVING_LICENCE,1000000008,2016-05-01,{D+40},
1000000008,PASSPORT,W12345678,2021-02-01,{D+900},
2000000006,IQAMA,2000000006,2024-01-01,{D+200},
2000000006,PASSPORT,M9876543,2019-03-01,2029-02-28,
1000000016,PASSPORT,W23456789,2021-01-01,{D+60},
1000000016,NATIONAL_ID,1000000016,2025-01-01,2035-01-01,
1000000024,NATIONAL_ID,1000000024,2005-01-01,2015-01-01,
1000000032,NATIONAL_ID,1000000032,2016-01-01,{D-30},
1000000032,PASSPORT,W34567890,2020-06-01,2027-06-01,
1000000040,NATIONAL_ID,1000000040,2020-01-01,2030-01-01,
1000000040,DRIVING_LICENCE,1000000040,2015-01-01,{D-100},
2000000014,IQAMA,2000000014,2024-01-01,{D+20},
2000000014,PASSPORT,P1234567,2020-01-01,2030-01-01,
1000000057,NATIONAL_ID,1000000057,2020-01-01,2030-01-01,
1000000057,DRIVING_LICENCE,1000000057,2016-01-01,{D+30},
1000000065,NATIONAL_ID,1000000065,2016-01-01,{D-30},
1000000065,DRIVING_LICENCE,1000000065,2020-01-01,2030-01-01,
2000000022,IQAMA,2000000022,2024-01-01,{D+300},
2000000022,PASSPORT,A1112223,2020-01-01,2030-01-01,
2000000030,IQAMA,2000000030,2024-01-01,{D+20},
2000000030,PASSPORT,A2223334,2016-01-01,{D-15},
2000000048,IQAMA,2000000048,2024-01-01,{D+200},
2000000055,IQAMA,2000000055,2023-01-01,{D-10},
2000000055,PASSPORT,BX4445556,2020-01-01,2030-01-01,
1000000305,NATIONAL_ID,1000000305,2021-01-01,2031-01-01,
1000000305,PASSPORT,W56789012,2022-01-01,{D+700},
1000000313,PASSPORT,W67890123,2022-01-01,{D+150},
2000000303,IQAMA,2000000303,2025-01-01,{D+45},
2000000303,PASSPORT,EB1234567,2021-05-01,2031-05-01,
2000000311,IQAMA,2000000311,2025-01-01,{D+250},
2000000311,PASSPORT,Z7654321,2022-01-01,2032-01-01,
1000000321,NATIONAL_ID,1000000321,2022-01-01,2032-01-01,
1000000321,DRIVING_LICENCE,1000000321,2021-01-01,2031-01-01,
`;

const DEMO_VEHICLES = `${[...VEHICLE_COLUMNS, ...OPTIONAL_VEHICLE_COLUMNS].join(',')}
ABC1234,1000000008,Toyota,Camry,2020,{D+30},{D+200},{D+150},,730104521,{D-700}
XYZ5678,1000000040,Hyundai,Elantra,2019,{D+45},{D-5},{D+100},,730208834,{D-320}
KSA2024,1000000040,Nissan,Patrol,2022,{D+300},{D+300},{D+300},,730315067,{D-65}
EGY1122,2000000022,Kia,Rio,2018,{D+90},{D+90},{D-1},,730401290,{D-640}
`;

const DEMO_VIOLATIONS = `${VIOLATION_COLUMNS.join(',')}
2026000001,1000000008,ABC1234,{D-10},300,false,SPEEDING,طريق الملك فهد، الرياض,"King Fahd Road, Riyadh"
2025000002,1000000008,ABC1234,2025-03-15,150,true,PARKING,شارع التحلية، جدة,"Tahlia Street, Jeddah"
2026000003,1000000040,XYZ5678,{D-45},500,false,RED_LIGHT,طريق الملك عبدالعزيز، الرياض,"King Abdulaziz Road, Riyadh"
2026000004,2000000055,,{D-20},150,false,MOBILE_PHONE,طريق الأمير محمد بن فهد، الدمام,"Prince Mohammed bin Fahd Road, Dammam"
2026000005,1000000057,,{D-5},1000,false,NO_SEATBELT,طريق مكة المكرمة، الرياض,"Makkah Road, Riyadh"
`;

/** A person of the demo registry as the development tools list them (the explorer's demo sign-in, the development SSO provider). */
export interface DemoPerson {
  nationalId: string;
  nameAr: string;
  nameEn: string;
  /** The first mobile the registry links to the person, in E.164; null when none. */
  mobile: string | null;
}

/** The demo registry's people, in its order, read from the very rows the seed imports. */
export function demoPeople(): DemoPerson[] {
  const [header, ...rows] = DEMO_PERSONS.trim().split('\n');
  const columns = header.split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    const cell = (name: string) => cells[columns.indexOf(name)] ?? '';
    const name = (lang: 'ar' | 'en') =>
      ['first', 'father', 'grandfather', 'family']
        .map((part) => cell(`${part}_name_${lang}`))
        .filter(Boolean)
        .join(' ');
    const first = cell('mobiles').split(';')[0];
    return { nationalId: cell('national_id'), nameAr: name('ar'), nameEn: name('en'), mobile: first ? parseMobile(first) : null };
  });
}

/** Replaces `{D+n}` / `{D-n}` with the date n days after / before `today`. */
export function relativeDates(text: string, today: string): string {
  return text.replace(/\{D([+-]\d+)\}/g, (_m, n: string) => addDays(today, Number(n)));
}

/** Loads the demo registry (people and their holdings) into an empty one; returns how many people it added (0 if not empty). */
export async function seedDemoRegistry(em: EntityManager, today = riyadhDate(new Date())): Promise<number> {
  if ((await em.count(Person, {})) > 0) return 0;
  const minorDob = `${Number(today.slice(0, 4)) - 16}-${today.slice(5, 7)}-01`;
  const filled = (csv: string) => relativeDates(csv, today).replace('{MINOR_DOB}', shiftMonths(minorDob, -2));
  const fill = (csv: string) => Readable.from([filled(csv)]);
  const check = (name: string, report: ImportReport) => {
    if (report.rejected.length) throw new Error(`demo ${name} rows refused: ${JSON.stringify(report.rejected)}`);
    return report.imported;
  };
  const people = check('registry', await importPersons(em, Readable.from([withPortraits(filled(DEMO_PERSONS), today)]), today));
  check('documents', await importDocuments(em, fill(DEMO_DOCUMENTS), today));
  check('vehicles', await importVehicles(em, fill(DEMO_VEHICLES), today));
  check('violations', await importViolations(em, fill(DEMO_VIOLATIONS), today));
  return people;
}

/**
 * The demo persons' rows with a `photo` cell each: a synthetic portrait drawn from the row itself
 * (see portrait.ts), so the demo exercises the import's photo column like any registry file.
 */
export function withPortraits(csv: string, today: string): string {
  const [header, ...rows] = csv.trim().split('\n');
  const columns = header.split(',');
  const photoAt = columns.indexOf('photo');
  return [
    header,
    ...rows.map((row) => {
      const cells = row.split(',');
      const cell = (name: string) => cells[columns.indexOf(name)];
      const age = yearsBetween(cell('date_of_birth'), today);
      const photo = syntheticPortrait({ nationalId: cell('national_id'), gender: cell('gender') === 'F' ? 'F' : 'M', nationality: cell('nationality'), age });
      while (cells.length < photoAt) cells.push('');
      cells[photoAt] = `"${photo}"`;
      return cells.join(',');
    }),
  ].join('\n');
}

function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

function shiftMonths(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
