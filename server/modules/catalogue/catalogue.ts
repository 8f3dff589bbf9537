import { registerEnumType } from 'type-graphql';
import type { Localized } from '../../shared/i18n';
import { PersonKind } from '../registry';
import { EXIT_REENTRY_MONTHS, IQAMA_YEARS, LICENCE_YEARS, PASSPORT_YEARS, REGISTRATION_YEARS, VISA_EXTENSION_MONTHS } from './periods';

export enum ServiceCategoryCode {
  PASSPORTS = 'PASSPORTS',
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  TRAFFIC = 'TRAFFIC',
  APPOINTMENTS = 'APPOINTMENTS',
  FAMILY = 'FAMILY',
}
registerEnumType(ServiceCategoryCode, {
  name: 'ServiceCategoryCode',
  description: 'A group of e-services, as on the portal home page.',
  valuesConfig: {
    PASSPORTS: { description: 'Passports, visas and residents (the General Directorate of Passports).' },
    CIVIL_AFFAIRS: { description: 'National ID and civil records (the Agency of Civil Affairs).' },
    TRAFFIC: { description: 'Licences, vehicles and violations (the General Department of Traffic).' },
    APPOINTMENTS: {
      description:
        'Office visits by appointment at passports, civil affairs and traffic offices: its services are `appointmentServices` (booked with `bookAppointment` at an office of `offices`), not `services`, which lists the e-services submitted online as requests.',
    },
    FAMILY: { description: 'Services done for dependents: family members and sponsored workers.' },
  },
});

export enum ServiceCode {
  RENEW_NATIONAL_ID = 'RENEW_NATIONAL_ID',
  REPLACE_DOCUMENT = 'REPLACE_DOCUMENT',
  RENEW_PASSPORT = 'RENEW_PASSPORT',
  EXIT_REENTRY_VISA = 'EXIT_REENTRY_VISA',
  EXTEND_EXIT_REENTRY_VISA = 'EXTEND_EXIT_REENTRY_VISA',
  FINAL_EXIT_VISA = 'FINAL_EXIT_VISA',
  RENEW_IQAMA = 'RENEW_IQAMA',
  RENEW_DRIVING_LICENCE = 'RENEW_DRIVING_LICENCE',
  RENEW_VEHICLE_REGISTRATION = 'RENEW_VEHICLE_REGISTRATION',
  PAY_VIOLATIONS = 'PAY_VIOLATIONS',
  DISPUTE_VIOLATION = 'DISPUTE_VIOLATION',
  AUTHORIZE_DRIVER = 'AUTHORIZE_DRIVER',
}
registerEnumType(ServiceCode, { name: 'ServiceCode', description: 'A stable identifier of an e-service.' });

/** One value a constrained input accepts, and how it reads. */
export interface AllowedValueDefinition {
  value: string;
  label: Localized;
}

export interface ServiceInputDefinition {
  name: string;
  type: string;
  required: boolean;
  label: Localized;
  /** The only values it accepts, in the order to offer them; absent when any value of its type may be given. */
  allowedValues?: AllowedValueDefinition[];
}

export interface ServiceDefinition {
  code: ServiceCode;
  category: ServiceCategoryCode;
  name: Localized;
  description: Localized;
  fee: Localized;
  /** Whom it may be for: the kinds of beneficiary (citizen, resident). */
  audience: PersonKind[];
  /** Minimum age of the beneficiary on the day of submission. */
  minimumAge: number;
  forSelf: boolean;
  forDependents: boolean;
  /**
   * For self only when no sponsor or head of family is on record (a sponsored resident's residence
   * matters are done by the sponsor): the rule says why; this keeps such a person off the list of
   * people the service is offered for.
   */
  selfOnlyUnsponsored?: boolean;
  inputs: ServiceInputDefinition[];
}

const range = (r: { min: number; max: number }) => Array.from({ length: r.max - r.min + 1 }, (_, i) => r.min + i);

/** "2 years" / «سنتان»: Arabic counts agree with the number (dual, 3–10 plural, 11+ singular accusative). */
function count(n: number, unit: { one: Localized; two: string; few: string; many: string }): Localized {
  const ar = n === 1 ? unit.one.ar : n === 2 ? unit.two : n <= 10 ? `${n} ${unit.few}` : `${n} ${unit.many}`;
  return { ar, en: n === 1 ? unit.one.en : `${n} ${unit.one.en.replace(/^1 /, '')}s` };
}
const YEAR = { one: { ar: 'سنة واحدة', en: '1 year' }, two: 'سنتان', few: 'سنوات', many: 'سنة' };
const MONTH = { one: { ar: 'شهر واحد', en: '1 month' }, two: 'شهران', few: 'أشهر', many: 'شهراً' };
const periods = (values: readonly number[], unit: typeof YEAR): AllowedValueDefinition[] => values.map((n) => ({ value: String(n), label: count(n, unit) }));

const beneficiaryInput: ServiceInputDefinition = {
  name: 'beneficiaryNationalId',
  type: 'String',
  required: true,
  label: { ar: 'رقم هوية المستفيد (أنت أو أحد التابعين)', en: 'Beneficiary ID (you or a dependent)' },
};

/** The e-services, as code: what the home page lists and what `eligibility` and the mutations check. */
export const CATALOGUE: readonly ServiceDefinition[] = [
  {
    code: ServiceCode.RENEW_NATIONAL_ID,
    category: ServiceCategoryCode.CIVIL_AFFAIRS,
    name: { ar: 'تجديد الهوية الوطنية', en: 'Renew national ID' },
    description: {
      ar: 'تجديد بطاقة الهوية الوطنية قبل انتهائها بـ 180 يوماً أو بعده، وتوصيلها إلى العنوان الوطني. يلزم وجود صورة حديثة (خلال 6 أشهر).',
      en: 'Renew the national ID card from 180 days before it expires, delivered to your national address. A photo taken within 6 months must be on file.',
    },
    fee: { ar: 'مجاناً؛ غرامة 100 ريال إذا كانت الهوية منتهية.', en: 'Free; SAR 100 fine if the card has expired.' },
    audience: [PersonKind.CITIZEN],
    minimumAge: 15,
    forSelf: true,
    forDependents: true,
    inputs: [{ ...beneficiaryInput, required: false, label: { ar: 'رقم هوية المستفيد (اتركه فارغاً لنفسك)', en: 'Beneficiary ID (empty for yourself)' } }],
  },
  {
    code: ServiceCode.REPLACE_DOCUMENT,
    category: ServiceCategoryCode.CIVIL_AFFAIRS,
    name: { ar: 'بدل فاقد أو تالف', en: 'Replace a lost or damaged card' },
    description: {
      ar: 'بدل للهوية الوطنية أو الإقامة أو رخصة القيادة، لك أو لأحد التابعين. يُبلَّغ عن الفقد أولاً من صفحة الوثائق؛ وتُجدَّد الوثيقة المنتهية بدلاً من استبدالها. الرقم وتاريخ الانتهاء لا يتغيران.',
      en: 'A replacement national ID, iqama or driving licence, for yourself or a dependent. Report a lost card first, from the documents page; an expired one is renewed instead. Its number and expiry stay the same.',
    },
    fee: {
      ar: 'الهوية: التالف مجاناً أول مرة ثم 100 ريال، والفاقد 100 ثم 300 ثم 1,000 ريال (اللائحة التنفيذية لنظام الأحوال المدنية). الإقامة: الفاقد 500 ثم 1,000 ريال، والتالف 500 ريال (الجوازات). الرخصة: 100 ريال (المرور).',
      en: 'National ID: damaged free the first time then SAR 100; lost SAR 100, then 300, then 1,000 (Civil Status Law regulations). Iqama: lost SAR 500 then 1,000; damaged SAR 500 (Jawazat). Driving licence: SAR 100 (Traffic).',
    },
    audience: [PersonKind.CITIZEN, PersonKind.RESIDENT],
    minimumAge: 0,
    forSelf: true,
    forDependents: true,
    inputs: [
      { ...beneficiaryInput, required: false, label: { ar: 'رقم هوية صاحب الوثيقة (اتركه فارغاً لنفسك)', en: 'Holder’s ID (empty for yourself)' } },
      {
        name: 'documentType',
        type: 'DocumentType',
        required: true,
        label: { ar: 'الوثيقة', en: 'Which card' },
        allowedValues: [
          { value: 'NATIONAL_ID', label: { ar: 'الهوية الوطنية', en: 'National ID' } },
          { value: 'IQAMA', label: { ar: 'الإقامة', en: 'Iqama' } },
          { value: 'DRIVING_LICENCE', label: { ar: 'رخصة القيادة', en: 'Driving licence' } },
        ],
      },
      {
        name: 'cause',
        type: 'ReplacementCause',
        required: true,
        label: { ar: 'السبب', en: 'Why' },
        allowedValues: [
          { value: 'LOST', label: { ar: 'فاقد (مبلَّغ عنه)', en: 'Lost (reported)' } },
          { value: 'DAMAGED', label: { ar: 'تالف', en: 'Damaged' } },
        ],
      },
    ],
  },
  {
    code: ServiceCode.RENEW_PASSPORT,
    category: ServiceCategoryCode.PASSPORTS,
    name: { ar: 'إصدار أو تجديد جواز السفر', en: 'Issue or renew passport' },
    description: {
      ar: 'إصدار جواز سفر سعودي أو تجديده لك أو لأحد التابعين. لا يصدر مع وجود منع سفر، ويلزم وجود التابع دون 15 سنة داخل المملكة.',
      en: 'Issue or renew a Saudi passport for yourself or a dependent. Not with a travel ban; a dependent under 15 must be inside the Kingdom.',
    },
    fee: { ar: '300 ريال لخمس سنوات، 600 ريال لعشر سنوات (عشر سنوات من عمر 21).', en: 'SAR 300 for 5 years, SAR 600 for 10 years (10 years from age 21).' },
    audience: [PersonKind.CITIZEN],
    minimumAge: 0,
    forSelf: true,
    forDependents: true,
    inputs: [beneficiaryInput, { name: 'years', type: 'Int', required: true, label: { ar: 'المدة: 5 أو 10 سنوات', en: 'Validity: 5 or 10 years' }, allowedValues: periods(PASSPORT_YEARS, YEAR) }],
  },
  {
    code: ServiceCode.EXIT_REENTRY_VISA,
    category: ServiceCategoryCode.PASSPORTS,
    name: { ar: 'إصدار تأشيرة خروج وعودة', en: 'Issue exit re-entry visa' },
    description: {
      ar: 'تأشيرة خروج وعودة لمقيم (أنت أو تابع أو عامل) إقامته سارية وهو داخل المملكة.',
      en: 'An exit re-entry visa for a resident (yourself, a dependent or a worker) whose iqama is valid and who is inside the Kingdom.',
    },
    fee: {
      ar: '200 ريال لأول شهرين، ثم 100 ريال لكل شهر إضافي (متعددة: 200 ريال لكل شهر إضافي).',
      en: 'SAR 200 for the first 2 months, then SAR 100 a month (multiple entry: SAR 200 a month).',
    },
    audience: [PersonKind.RESIDENT],
    minimumAge: 0,
    forSelf: true,
    forDependents: true,
    inputs: [
      beneficiaryInput,
      {
        name: 'entryType',
        type: 'EntryType',
        required: true,
        label: { ar: 'نوع التأشيرة: مفردة أو متعددة', en: 'Single or multiple entry' },
        allowedValues: [
          { value: 'SINGLE', label: { ar: 'مفردة', en: 'Single' } },
          { value: 'MULTIPLE', label: { ar: 'متعددة', en: 'Multiple' } },
        ],
      },
      { name: 'months', type: 'Int', required: true, label: { ar: 'المدة بالأشهر (2–12)', en: 'Months (2–12)' }, allowedValues: periods(range(EXIT_REENTRY_MONTHS), MONTH) },
    ],
  },
  {
    code: ServiceCode.EXTEND_EXIT_REENTRY_VISA,
    category: ServiceCategoryCode.PASSPORTS,
    name: { ar: 'تمديد تأشيرة الخروج والعودة', en: 'Extend exit re-entry visa' },
    description: {
      ar: 'تمديد تأشيرة خروج وعودة سارية بالأشهر، على ألا تتجاوز نهاية الإقامة. إذا كان المقيم خارج المملكة فيمددها صاحب العمل أو رب الأسرة فقط.',
      en: 'Extend a valid exit re-entry visa by months, never past the end of the iqama. While the resident is outside the Kingdom, only the sponsor extends it.',
    },
    fee: {
      ar: '100 ريال لكل شهر (متعددة: 200 ريال)، وضعف ذلك إذا كان المقيم خارج المملكة.',
      en: 'SAR 100 a month (multiple entry: SAR 200); twice that while the resident is outside the Kingdom.',
    },
    audience: [PersonKind.RESIDENT],
    minimumAge: 0,
    forSelf: true,
    forDependents: true,
    inputs: [
      beneficiaryInput,
      {
        name: 'months',
        type: 'Int',
        required: true,
        label: { ar: `أشهر التمديد (${VISA_EXTENSION_MONTHS.min}–${VISA_EXTENSION_MONTHS.max})`, en: `Months to add (${VISA_EXTENSION_MONTHS.min}–${VISA_EXTENSION_MONTHS.max})` },
        allowedValues: periods(range(VISA_EXTENSION_MONTHS), MONTH),
      },
    ],
  },
  {
    code: ServiceCode.FINAL_EXIT_VISA,
    category: ServiceCategoryCode.PASSPORTS,
    name: { ar: 'إصدار تأشيرة خروج نهائي', en: 'Issue final exit visa' },
    description: {
      ar: 'تأشيرة خروج نهائي لمقيم: الجواز والإقامة ساريان، ولا مخالفات غير مسددة، ولا مركبة مسجلة باسمه. يصدرها الكفيل لمكفوله؛ ولا يصدرها المقيم لنفسه إلا إذا لم يكن له كفيل مسجل.',
      en: 'A final exit visa for a resident: passport and iqama valid, no unpaid violations, no vehicle registered in their name. The sponsor issues it for the resident he sponsors; a resident issues his own only when no sponsor is on record.',
    },
    fee: { ar: 'مجاناً.', en: 'Free.' },
    audience: [PersonKind.RESIDENT],
    minimumAge: 0,
    forSelf: true,
    forDependents: true,
    selfOnlyUnsponsored: true,
    inputs: [beneficiaryInput],
  },
  {
    code: ServiceCode.RENEW_IQAMA,
    category: ServiceCategoryCode.FAMILY,
    name: { ar: 'تجديد الإقامة', en: 'Renew iqama' },
    description: {
      ar: 'تجديد إقامة تابع أو عامل مقيم على كفالتك، بلا مخالفات غير مسددة عليه.',
      en: 'Renew the iqama of a resident dependent or worker you sponsor, with no unpaid violations.',
    },
    fee: {
      ar: '650 ريالاً لكل سنة؛ ولأفراد أسرة المقيم المقابل المالي على المرافقين 400 ريال شهرياً؛ وللعامل المكفول غير المنزلي رسوم رخصة العمل 100 ريال سنوياً والمقابل المالي 800 ريال شهرياً (العمالة المنزلية معفاة)؛ غرامة 500 ريال إذا كانت منتهية.',
      en: "SAR 650 a year; for a resident's family, the dependants' levy of SAR 400 a month; for a sponsored (non-domestic) worker, the SAR 100 a year work permit and SAR 800 a month expat levy (domestic workers exempt); SAR 500 fine if it has expired.",
    },
    audience: [PersonKind.RESIDENT],
    minimumAge: 0,
    forSelf: false,
    forDependents: true,
    inputs: [beneficiaryInput, { name: 'years', type: 'Int', required: true, label: { ar: 'المدة: 1 أو 2 سنة', en: 'Years: 1 or 2' }, allowedValues: periods(range(IQAMA_YEARS), YEAR) }],
  },
  {
    code: ServiceCode.RENEW_DRIVING_LICENCE,
    category: ServiceCategoryCode.TRAFFIC,
    name: { ar: 'تجديد رخصة القيادة', en: 'Renew driving licence' },
    description: {
      ar: 'تجديد رخصتك قبل انتهائها بأقل من 180 يوماً أو بعده: المخالفات مسددة، والفحص الطبي ساري، والخدمات غير موقوفة.',
      en: 'Renew your licence when under 180 days remain or after expiry: violations paid, a valid medical check, services not suspended.',
    },
    fee: { ar: '40 ريالاً لكل سنة (2 أو 5 أو 10 سنوات)؛ 100 ريال لكل سنة تأخير بعد 60 يوماً من الانتهاء.', en: 'SAR 40 a year (2, 5 or 10 years); SAR 100 per year late once 60 days past expiry.' },
    audience: [PersonKind.CITIZEN, PersonKind.RESIDENT],
    minimumAge: 18,
    forSelf: true,
    forDependents: false,
    inputs: [{ name: 'years', type: 'Int', required: true, label: { ar: 'المدة: 2 أو 5 أو 10 سنوات', en: 'Years: 2, 5 or 10' }, allowedValues: periods(LICENCE_YEARS, YEAR) }],
  },
  {
    code: ServiceCode.RENEW_VEHICLE_REGISTRATION,
    category: ServiceCategoryCode.TRAFFIC,
    name: { ar: 'تجديد رخصة سير المركبة (الاستمارة)', en: 'Renew vehicle registration' },
    description: {
      ar: 'تجديد استمارة مركبتك: تأمين ساري، وفحص دوري ساري، ولا مخالفات غير مسددة عليها، وقبل انتهائها بأقل من 180 يوماً.',
      en: 'Renew your vehicle registration: valid insurance and periodic inspection, no unpaid violations on it, under 180 days left.',
    },
    fee: { ar: '100 ريال لكل سنة (1–3 سنوات)؛ 100 ريال لكل سنة تأخير بعد 60 يوماً من الانتهاء.', en: 'SAR 100 a year (1–3 years); SAR 100 per year late once 60 days past expiry.' },
    audience: [PersonKind.CITIZEN, PersonKind.RESIDENT],
    minimumAge: 0,
    forSelf: true,
    forDependents: false,
    inputs: [
      { name: 'plate', type: 'String', required: true, label: { ar: 'رقم اللوحة', en: 'Plate' } },
      { name: 'years', type: 'Int', required: true, label: { ar: 'المدة: 1–3 سنوات', en: 'Years: 1–3' }, allowedValues: periods(range(REGISTRATION_YEARS), YEAR) },
    ],
  },
  {
    code: ServiceCode.PAY_VIOLATIONS,
    category: ServiceCategoryCode.TRAFFIC,
    name: { ar: 'سداد المخالفات المرورية', en: 'Pay traffic violations' },
    description: { ar: 'فاتورة واحدة لما تختاره من مخالفاتك غير المسددة.', en: 'One bill for the unpaid violations you choose.' },
    fee: { ar: 'مبلغ المخالفات المختارة.', en: 'The amount of the chosen violations.' },
    audience: [PersonKind.CITIZEN, PersonKind.RESIDENT],
    minimumAge: 0,
    forSelf: true,
    forDependents: false,
    inputs: [{ name: 'violationNumbers', type: '[String!]', required: true, label: { ar: 'أرقام المخالفات', en: 'Violation numbers' } }],
  },
  {
    code: ServiceCode.DISPUTE_VIOLATION,
    category: ServiceCategoryCode.TRAFFIC,
    name: { ar: 'الاعتراض على مخالفة', en: 'Dispute a violation' },
    description: { ar: 'اعتراض على مخالفة خلال 30 يوماً منها؛ اعتراض واحد قائم في كل مرة.', en: 'Object to a violation within 30 days of it; one open dispute at a time.' },
    fee: { ar: 'مجاناً.', en: 'Free.' },
    audience: [PersonKind.CITIZEN, PersonKind.RESIDENT],
    minimumAge: 0,
    forSelf: true,
    forDependents: false,
    inputs: [
      { name: 'violationNumber', type: 'String', required: true, label: { ar: 'رقم المخالفة', en: 'Violation number' } },
      { name: 'reason', type: 'String', required: true, label: { ar: 'سبب الاعتراض', en: 'Reason' } },
    ],
  },
  {
    code: ServiceCode.AUTHORIZE_DRIVER,
    category: ServiceCategoryCode.TRAFFIC,
    name: { ar: 'تفويض قيادة مركبة', en: 'Authorise a driver' },
    description: {
      ar: 'تفويض شخص يحمل رخصة سارية بقيادة مركبتك حتى تاريخ محدد؛ سائق مفوض واحد لكل مركبة، والاستمارة والتأمين ساريان.',
      en: 'Authorise a licensed person to drive your vehicle until a date; one authorised driver per vehicle; registration and insurance valid.',
    },
    fee: { ar: 'مجاناً.', en: 'Free.' },
    audience: [PersonKind.CITIZEN, PersonKind.RESIDENT],
    minimumAge: 0,
    forSelf: true,
    forDependents: false,
    inputs: [
      { name: 'plate', type: 'String', required: true, label: { ar: 'رقم اللوحة', en: 'Plate' } },
      { name: 'driverNationalId', type: 'String', required: true, label: { ar: 'هوية السائق', en: "Driver's ID" } },
      { name: 'until', type: 'LocalDate', required: true, label: { ar: 'حتى تاريخ', en: 'Until' } },
    ],
  },
];

export const CATEGORY_NAMES: Record<ServiceCategoryCode, Localized> = {
  PASSPORTS: { ar: 'الجوازات', en: 'Passports' },
  CIVIL_AFFAIRS: { ar: 'الأحوال المدنية', en: 'Civil Affairs' },
  TRAFFIC: { ar: 'المرور', en: 'Traffic' },
  APPOINTMENTS: { ar: 'المواعيد', en: 'Appointments' },
  FAMILY: { ar: 'الأسرة والعمالة', en: 'Family and workers' },
};

export function serviceDefinition(code: string): ServiceDefinition | null {
  return CATALOGUE.find((s) => s.code === code) ?? null;
}

/** Services of a category (all when null) whose name or description contains `search` in either language, case-insensitively. */
export function findServices(category: ServiceCategoryCode | null | undefined, search: string | null | undefined): ServiceDefinition[] {
  const needle = search?.trim().toLowerCase() ?? '';
  return CATALOGUE.filter((s) => (!category || s.category === category) && (!needle || [s.name.ar, s.name.en, s.description.ar, s.description.en].some((text) => text.toLowerCase().includes(needle))));
}
