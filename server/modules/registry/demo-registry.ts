import { Readable } from 'node:stream';
import { EntityManager } from '@mikro-orm/core';
import { riyadhDate } from '../../shared/clock';
import { Person } from './person.entity';
import { PERSON_COLUMNS } from './person-row';
import { importPersons } from './registry-import';

/**
 * The demo registry, in the import format itself so that it goes through the same checks as any
 * import. Documented in the README (IDs, mobiles, what each person is for). Deterministic, except
 * that the minor's birth date is kept 16 years and 2 months before the day of seeding, so the
 * "under 17" case stays under 17 whenever the portal is first started.
 */
const DEMO_PERSONS = `${PERSON_COLUMNS.join(',')}
1000000008,محمد,عبدالله,سعد,القحطاني,Mohammed,Abdullah,Saad,Alqahtani,1985-03-12,M,SAU,0500000001,false,Riyadh,Al Olaya,12211,
2000000006,راجيش,كومار,راماسوامي,ناير,Rajesh,Kumar,Ramaswamy,Nair,1990-07-01,M,IND,0500000002,false,Jeddah,Al Rawdah,23432,1000000008
1000000016,سارة,محمد,عبدالله,القحطاني,Sara,Mohammed,Abdullah,Alqahtani,{MINOR_DOB},F,SAU,0500000003,false,Riyadh,Al Olaya,12211,1000000008
1000000024,عبدالله,سعد,فهد,القحطاني,Abdullah,Saad,Fahd,Alqahtani,1950-01-20,M,SAU,0500000004,true,Riyadh,Al Olaya,12211,
1000000032,نورة,خالد,إبراهيم,العتيبي,Noura,Khalid,Ibrahim,Alotaibi,1992-11-05,F,SAU,0500000005;+966550000005;966590000005,false,Dammam,Al Faisaliyah,32272,
1000000040,فهد,ناصر,علي,الشمري,Fahd,Nasser,Ali,Alshammari,1978-05-30,M,SAU,0500000006,false,Riyadh,Al Malqa,13521,
2000000014,ماريا,سانتوس,خوسيه,ريس,Maria,Santos,Jose,Reyes,1988-02-14,F,PHL,0500000007,false,Riyadh,Al Malqa,13521,1000000040
`;

/** Loads the demo registry into an empty one; returns how many people it added (0 if not empty). */
export async function seedDemoRegistry(em: EntityManager, today = riyadhDate(new Date())): Promise<number> {
  if ((await em.count(Person, {})) > 0) return 0;
  const minorDob = `${Number(today.slice(0, 4)) - 16}-${today.slice(5, 7)}-01`;
  const csv = DEMO_PERSONS.replace('{MINOR_DOB}', shiftMonths(minorDob, -2));
  const report = await importPersons(em, Readable.from([csv]), today);
  if (report.rejected.length) throw new Error(`demo registry rows refused: ${JSON.stringify(report.rejected)}`);
  return report.imported;
}

function shiftMonths(isoDate: string, months: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
