import { EntityManager } from '@mikro-orm/core';
import { Office, OfficeCategory } from './appointment.entity';

const CITIES = [
  { city: 'Riyadh', cityAr: 'الرياض', code: 'RUH', district: { ar: 'حي العليا', en: 'Al Olaya' } },
  { city: 'Jeddah', cityAr: 'جدة', code: 'JED', district: { ar: 'حي الروضة', en: 'Al Rawdah' } },
  { city: 'Dammam', cityAr: 'الدمام', code: 'DMM', district: { ar: 'حي الفيصلية', en: 'Al Faisaliyah' } },
];

const KINDS = [
  { category: OfficeCategory.PASSPORTS, ar: 'إدارة الجوازات', en: 'Passports Office' },
  { category: OfficeCategory.CIVIL_AFFAIRS, ar: 'مكتب الأحوال المدنية', en: 'Civil Affairs Office' },
  { category: OfficeCategory.TRAFFIC, ar: 'إدارة المرور', en: 'Traffic Department' },
];

/**
 * The demo offices (README): one of each kind in Riyadh, Jeddah and Dammam, open Sunday to
 * Thursday 08:00–14:00 in 30-minute slots of 3 seats, so a full slot is easy to reach by hand.
 */
export function demoOffices(): Office[] {
  return CITIES.flatMap((c) =>
    KINDS.map((k) =>
      Object.assign(new Office(), {
        id: `${c.code}-${k.category}-1`,
        category: k.category,
        city: c.city,
        cityAr: c.cityAr,
        nameAr: `${k.ar} — ${c.cityAr}`,
        nameEn: `${k.en} — ${c.city}`,
        addressAr: `${c.district.ar}، ${c.cityAr}`,
        addressEn: `${c.district.en}, ${c.city}`,
        opensAt: '08:00',
        closesAt: '14:00',
        slotMinutes: 30,
        slotCapacity: 3,
        workingDays: [0, 1, 2, 3, 4],
      }),
    ),
  );
}

/** Adds the demo offices that are missing (by code); returns how many it added. Safe on every start. */
export async function seedDemoOffices(em: EntityManager): Promise<number> {
  const offices = demoOffices();
  const existing = new Set((await em.find(Office, { id: { $in: offices.map((o) => o.id) } }, { fields: ['id'] })).map((o) => o.id));
  const missing = offices.filter((o) => !existing.has(o.id));
  if (missing.length) await em.insertMany(Office, missing);
  return missing.length;
}
