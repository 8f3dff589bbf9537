import { Readable } from 'node:stream';
import { EntityManager } from '@mikro-orm/core';
import { Office } from './appointment.entity';
import { importOffices } from './office-import';
import { OFFICE_COLUMNS } from './office-row';

/**
 * The demo offices (README, docs/demo-data.md), in the offices.csv format itself, so that they go
 * through the same import as an operator's file: one office of each kind in Riyadh, Jeddah and
 * Dammam, open Sunday to Thursday 08:00–14:00 in 30-minute slots of 3 seats, so a full slot is easy
 * to reach by hand. Also a worked example of the format.
 */
export const DEMO_OFFICES_CSV = `${OFFICE_COLUMNS.join(',')}
RUH-PASSPORTS-1,PASSPORTS,Riyadh,الرياض,إدارة الجوازات — الرياض,Passports Office — Riyadh,حي العليا، الرياض,"Al Olaya, Riyadh",08:00,14:00,30,3,sun;mon;tue;wed;thu
RUH-CIVIL_AFFAIRS-1,CIVIL_AFFAIRS,Riyadh,الرياض,مكتب الأحوال المدنية — الرياض,Civil Affairs Office — Riyadh,حي العليا، الرياض,"Al Olaya, Riyadh",08:00,14:00,30,3,sun;mon;tue;wed;thu
RUH-TRAFFIC-1,TRAFFIC,Riyadh,الرياض,إدارة المرور — الرياض,Traffic Department — Riyadh,حي العليا، الرياض,"Al Olaya, Riyadh",08:00,14:00,30,3,sun;mon;tue;wed;thu
JED-PASSPORTS-1,PASSPORTS,Jeddah,جدة,إدارة الجوازات — جدة,Passports Office — Jeddah,حي الروضة، جدة,"Al Rawdah, Jeddah",08:00,14:00,30,3,sun;mon;tue;wed;thu
JED-CIVIL_AFFAIRS-1,CIVIL_AFFAIRS,Jeddah,جدة,مكتب الأحوال المدنية — جدة,Civil Affairs Office — Jeddah,حي الروضة، جدة,"Al Rawdah, Jeddah",08:00,14:00,30,3,sun;mon;tue;wed;thu
JED-TRAFFIC-1,TRAFFIC,Jeddah,جدة,إدارة المرور — جدة,Traffic Department — Jeddah,حي الروضة، جدة,"Al Rawdah, Jeddah",08:00,14:00,30,3,sun;mon;tue;wed;thu
DMM-PASSPORTS-1,PASSPORTS,Dammam,الدمام,إدارة الجوازات — الدمام,Passports Office — Dammam,حي الفيصلية، الدمام,"Al Faisaliyah, Dammam",08:00,14:00,30,3,sun;mon;tue;wed;thu
DMM-CIVIL_AFFAIRS-1,CIVIL_AFFAIRS,Dammam,الدمام,مكتب الأحوال المدنية — الدمام,Civil Affairs Office — Dammam,حي الفيصلية، الدمام,"Al Faisaliyah, Dammam",08:00,14:00,30,3,sun;mon;tue;wed;thu
DMM-TRAFFIC-1,TRAFFIC,Dammam,الدمام,إدارة المرور — الدمام,Traffic Department — Dammam,حي الفيصلية، الدمام,"Al Faisaliyah, Dammam",08:00,14:00,30,3,sun;mon;tue;wed;thu
`;

/**
 * Loads the demo offices into a database that has no office yet, through `importOffices`; returns
 * how many it added (0 when offices are already there: imported ones are never mixed with the demo's).
 */
export async function seedDemoOffices(em: EntityManager): Promise<number> {
  if ((await em.count(Office, {})) > 0) return 0;
  const report = await importOffices(em, Readable.from([DEMO_OFFICES_CSV]));
  if (report.rejected.length) throw new Error(`demo offices refused: ${JSON.stringify(report.rejected)}`);
  return report.added;
}
