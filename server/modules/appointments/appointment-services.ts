import type { Localized } from '../../shared/i18n';
import { OfficeCategory } from './appointment.entity';

export interface AppointmentServiceDefinition {
  code: string;
  category: OfficeCategory;
  name: Localized;
  /** How long the visit takes; informational. */
  description: Localized;
}

/**
 * The services people book office visits for. A fixed list until the catalogue (SPEC §4) carries
 * them: each code is the catalogue code of the e-service the visit is for, so the catalogue can
 * later mark its entries "by appointment at a {category} office" and this list can read from it.
 */
export const APPOINTMENT_SERVICES: readonly AppointmentServiceDefinition[] = [
  {
    code: 'PASSPORT_ISSUANCE',
    category: OfficeCategory.PASSPORTS,
    name: { ar: 'إصدار جواز سفر أو تجديده (حضورياً)', en: 'Passport issue or renewal (in person)' },
    description: { ar: 'لمن يلزمه الحضور: أول جواز، أو تحديث الصورة أو البصمة.', en: 'For those who must attend: a first passport, or a new photo or fingerprints.' },
  },
  {
    code: 'RESIDENT_AFFAIRS',
    category: OfficeCategory.PASSPORTS,
    name: { ar: 'شؤون المقيمين (الإقامة والتأشيرات)', en: 'Resident affairs (iqama and visas)' },
    description: { ar: 'مراجعة ما لا يُنجز إلكترونياً في الإقامات والتأشيرات.', en: 'Iqama and visa matters that cannot be completed online.' },
  },
  {
    code: 'NATIONAL_ID_ISSUANCE',
    category: OfficeCategory.CIVIL_AFFAIRS,
    name: { ar: 'إصدار الهوية الوطنية أو تجديدها (حضورياً)', en: 'National ID issue or renewal (in person)' },
    description: { ar: 'أول هوية، أو تحديث الصورة، أو بدل فاقد.', en: 'A first ID card, a new photo, or a replacement for a lost card.' },
  },
  {
    code: 'FAMILY_RECORD',
    category: OfficeCategory.CIVIL_AFFAIRS,
    name: { ar: 'سجل الأسرة والمواليد', en: 'Family record and births' },
    description: { ar: 'إضافة مولود أو تحديث سجل الأسرة.', en: 'Registering a birth or updating the family record.' },
  },
  {
    code: 'DRIVING_LICENCE_ISSUANCE',
    category: OfficeCategory.TRAFFIC,
    name: { ar: 'إصدار رخصة القيادة', en: 'Driving licence issue' },
    description: { ar: 'الاختبار والإصدار لأول مرة.', en: 'The test and a first licence.' },
  },
  {
    code: 'VEHICLE_SERVICES',
    category: OfficeCategory.TRAFFIC,
    name: { ar: 'خدمات المركبات', en: 'Vehicle services' },
    description: { ar: 'نقل الملكية واللوحات وما لا يُنجز إلكترونياً.', en: 'Ownership transfer, plates and what cannot be done online.' },
  },
  {
    code: 'VIOLATION_REVIEW',
    category: OfficeCategory.TRAFFIC,
    name: { ar: 'مراجعة المخالفات المرورية', en: 'Traffic violation review' },
    description: { ar: 'مراجعة اعتراض على مخالفة.', en: 'Review of an objection to a violation.' },
  },
];

const BY_CODE = new Map(APPOINTMENT_SERVICES.map((s) => [s.code, s]));

export function appointmentService(code: string): AppointmentServiceDefinition | undefined {
  return BY_CODE.get(code);
}
