import { registerEnumType } from 'type-graphql';
import type { Localized } from '../../shared/i18n';
import { AppointmentServiceCode, OfficeCategory } from './appointment.entity';

export interface AppointmentServiceDefinition {
  code: AppointmentServiceCode;
  category: OfficeCategory;
  name: Localized;
  /** How long the visit takes; informational. */
  description: Localized;
}

/**
 * The services people book office visits for, one per `AppointmentServiceCode` (a missing one does
 * not compile). A fixed list until the catalogue (SPEC §4) carries them: each code is the catalogue
 * code of the e-service the visit is for, so the catalogue can later mark its entries "by
 * appointment at a {category} office" and this list can read from it.
 */
export const APPOINTMENT_SERVICE_DEFINITIONS: Record<AppointmentServiceCode, Omit<AppointmentServiceDefinition, 'code'>> = {
  PASSPORT_ISSUANCE: {
    category: OfficeCategory.PASSPORTS,
    name: { ar: 'إصدار جواز سفر أو تجديده (حضورياً)', en: 'Passport issue or renewal (in person)' },
    description: { ar: 'لمن يلزمه الحضور: أول جواز، أو تحديث الصورة أو البصمة.', en: 'For those who must attend: a first passport, or a new photo or fingerprints.' },
  },
  RESIDENT_AFFAIRS: {
    category: OfficeCategory.PASSPORTS,
    name: { ar: 'شؤون المقيمين (الإقامة والتأشيرات)', en: 'Resident affairs (iqama and visas)' },
    description: { ar: 'مراجعة ما لا يُنجز إلكترونياً في الإقامات والتأشيرات.', en: 'Iqama and visa matters that cannot be completed online.' },
  },
  NATIONAL_ID_ISSUANCE: {
    category: OfficeCategory.CIVIL_AFFAIRS,
    name: { ar: 'إصدار الهوية الوطنية أو تجديدها (حضورياً)', en: 'National ID issue or renewal (in person)' },
    description: { ar: 'أول هوية، أو تحديث الصورة، أو بدل فاقد.', en: 'A first ID card, a new photo, or a replacement for a lost card.' },
  },
  FAMILY_RECORD: {
    category: OfficeCategory.CIVIL_AFFAIRS,
    name: { ar: 'سجل الأسرة والمواليد', en: 'Family record and births' },
    description: { ar: 'إضافة مولود أو تحديث سجل الأسرة.', en: 'Registering a birth or updating the family record.' },
  },
  DRIVING_LICENCE_ISSUANCE: {
    category: OfficeCategory.TRAFFIC,
    name: { ar: 'إصدار رخصة القيادة', en: 'Driving licence issue' },
    description: { ar: 'الاختبار والإصدار لأول مرة.', en: 'The test and a first licence.' },
  },
  VEHICLE_SERVICES: {
    category: OfficeCategory.TRAFFIC,
    name: { ar: 'خدمات المركبات', en: 'Vehicle services' },
    description: { ar: 'نقل الملكية واللوحات وما لا يُنجز إلكترونياً.', en: 'Ownership transfer, plates and what cannot be done online.' },
  },
  VIOLATION_REVIEW: {
    category: OfficeCategory.TRAFFIC,
    name: { ar: 'مراجعة المخالفات المرورية', en: 'Traffic violation review' },
    description: { ar: 'مراجعة اعتراض على مخالفة.', en: 'Review of an objection to a violation.' },
  },
};

export const APPOINTMENT_SERVICES: readonly AppointmentServiceDefinition[] = Object.entries(APPOINTMENT_SERVICE_DEFINITIONS).map(([code, definition]) => ({
  code: code as AppointmentServiceCode,
  ...definition,
}));

registerEnumType(AppointmentServiceCode, {
  name: 'AppointmentServiceCode',
  description: 'A service people book an office visit for (see `appointmentServices`).',
  valuesConfig: Object.fromEntries(APPOINTMENT_SERVICES.map((s) => [s.code, { description: `${s.name.en}.` }])),
});

const BY_CODE = new Map<string, AppointmentServiceDefinition>(APPOINTMENT_SERVICES.map((s) => [s.code, s]));

export function appointmentService(code: string): AppointmentServiceDefinition | undefined {
  return BY_CODE.get(code);
}
