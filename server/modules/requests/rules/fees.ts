import { daysBetween } from '../../../shared/dates';
import { ServiceCode } from '../../catalogue/catalogue';
import { EXIT_REENTRY_MONTHS, IQAMA_YEARS, LICENCE_YEARS, PASSPORT_YEARS, REGISTRATION_YEARS, VISA_EXTENSION_MONTHS } from '../../catalogue/periods';
import { FAMILY_RELATIONS, PersonKind, RelationKind } from '../../registry/person.entity';
import type { FeeItem, PersonFacts, ViolationFacts } from './facts';

/**
 * The published fees, one pure function per service, in integer halalas (SAR 1 = 100 halalas).
 * Each returns the bill's lines; an empty list means the service is free. Where SPEC is silent the
 * figure chosen is the one published by the ministry at the time of writing (see the README).
 */
export const SAR = 100;

const line = (code: string, labelAr: string, labelEn: string, sar: number): FeeItem => ({ code, labelAr, labelEn, halalas: Math.round(sar * SAR) });

/** Days a document is past its expiry on `today` (0 when still valid). */
function daysLate(expiresOn: string | null | undefined, today: string): number {
  return expiresOn ? Math.max(0, daysBetween(expiresOn, today)) : 0;
}

/** National ID renewal is free; SAR 100 late fine once the card has expired. */
export function renewNationalIdFee(expiresOn: string | null | undefined, today: string): FeeItem[] {
  return daysLate(expiresOn, today) > 0 ? [line('LATE_FINE', 'غرامة تأخير تجديد الهوية', 'Late renewal fine', 100)] : [];
}

/** Passport: SAR 300 for 5 years, SAR 600 for 10 years. */
export function renewPassportFee(years: number): FeeItem[] {
  return [line('PASSPORT_FEE', `رسوم جواز سفر لمدة ${years} سنوات`, `Passport fee, ${years} years`, years === 10 ? 600 : 300)];
}

/**
 * Exit re-entry visa: SAR 200 covers the first 2 months; each further month is SAR 100 for a
 * single-entry visa and SAR 200 for a multiple-entry one.
 */
export function exitReentryVisaFee(entryType: 'SINGLE' | 'MULTIPLE', months: number): FeeItem[] {
  const items = [line('VISA_BASE', 'رسوم تأشيرة خروج وعودة (أول شهرين)', 'Exit re-entry visa (first 2 months)', 200)];
  const extra = Math.max(0, months - 2);
  if (extra > 0) {
    const perMonth = entryType === 'MULTIPLE' ? 200 : 100;
    items.push(line('VISA_EXTRA_MONTHS', `${extra} شهر إضافي × ${perMonth} ريال`, `${extra} further month(s) × SAR ${perMonth}`, extra * perMonth));
  }
  return items;
}

/**
 * Extending an exit re-entry visa (Jawazat fee schedule, as for the visa's months after its first two):
 * SAR 100 a month single, SAR 200 a month multiple. While the resident is outside the Kingdom only the
 * sponsor extends it, at twice that (decision, see CHANGELOG: the portal's figure until the directorate
 * publishes its own for extensions from abroad).
 */
export const VISA_EXTENSION_MONTHLY_SAR = { SINGLE: 100, MULTIPLE: 200 } as const;
export const VISA_EXTENSION_ABROAD_FACTOR = 2;

export function extendExitReentryVisaFee(entryType: 'SINGLE' | 'MULTIPLE', months: number, abroad: boolean): FeeItem[] {
  const perMonth = VISA_EXTENSION_MONTHLY_SAR[entryType] * (abroad ? VISA_EXTENSION_ABROAD_FACTOR : 1);
  return [
    abroad
      ? line('VISA_EXTENSION_ABROAD', `تمديد التأشيرة من خارج المملكة: ${months} شهر × ${perMonth} ريال`, `Visa extension from abroad: ${months} month(s) × SAR ${perMonth}`, months * perMonth)
      : line('VISA_EXTENSION', `تمديد التأشيرة: ${months} شهر × ${perMonth} ريال`, `Visa extension: ${months} month(s) × SAR ${perMonth}`, months * perMonth),
  ];
}

/** Why a card is replaced. */
export type ReplacementCause = 'LOST' | 'DAMAGED';

/**
 * Replacing a card, by how many times this person's card of this type was replaced before for the
 * same cause. National ID (Civil Status Law, executive regulations): damaged, free the first time and
 * SAR 100 after; lost, SAR 100 the first time, SAR 300 the second, SAR 1,000 from the third. Iqama
 * (Jawazat fee schedule): lost, SAR 500 the first time and SAR 1,000 after; damaged, SAR 500. Driving
 * licence (Traffic Law fee schedule): lost or damaged, SAR 100.
 */
export const REPLACEMENT_FEES_SAR = {
  NATIONAL_ID: { LOST: [100, 300, 1000], DAMAGED: [0, 100] },
  IQAMA: { LOST: [500, 1000], DAMAGED: [500] },
  DRIVING_LICENCE: { LOST: [100], DAMAGED: [100] },
} as const;
export type ReplaceableDocument = keyof typeof REPLACEMENT_FEES_SAR;

export function replaceDocumentFee(type: ReplaceableDocument, cause: ReplacementCause, earlier: number): FeeItem[] {
  const scale = REPLACEMENT_FEES_SAR[type][cause];
  const sar = scale[Math.min(earlier, scale.length - 1)];
  const [ar, en] = cause === 'LOST' ? ['بدل فاقد', 'Replacement of a lost card'] : ['بدل تالف', 'Replacement of a damaged card'];
  return sar ? [line(`REPLACEMENT_${cause}`, `${ar} (المرة ${earlier + 1})`, `${en} (time ${earlier + 1})`, sar)] : [];
}

/** Final exit visa: free. */
export function finalExitVisaFee(): FeeItem[] {
  return [];
}

/**
 * What an iqama renewal charges on top of the iqama itself, from how its holder stands to the one who
 * renews it (see `iqamaCharges`).
 */
export interface IqamaCharges {
  /** The holder is family of a resident (spouse, child, parent): the dependants' levy. */
  dependantsLevy?: boolean;
  /** The holder is a sponsored worker (not a domestic worker): the work-permit fee and the expat levy. */
  workPermit?: boolean;
}

/** Iqama fee: SAR 650 a year. Source: General Directorate of Passports (Jawazat), published fee for issuing or renewing an iqama (SPEC §4). */
export const IQAMA_FEE_SAR_PER_YEAR = 650;
/** Late renewal fine: SAR 500 for a first delay. Source: Jawazat, published fine for renewing an iqama after it expired. */
export const IQAMA_LATE_FINE_SAR = 500;
/**
 * Dependants' levy (المقابل المالي على المرافقين): SAR 400 a month for each dependant of an expatriate,
 * paid on the dependant's iqama renewal for the period renewed. Source: Ministry of Finance, fee
 * schedule announced with the 2017 budget (SAR 100 a month from July 2017, rising SAR 100 each July
 * to SAR 400 from July 2020), collected by Jawazat. A citizen's foreign family does not pay it.
 */
export const DEPENDANTS_LEVY_SAR_PER_MONTH = 400;
/**
 * Expat levy on a work permit (المقابل المالي على العمالة الوافدة): SAR 800 a month for each
 * expatriate worker from 1 January 2020. Source: Ministry of Human Resources and Social Development
 * (MHRSD), schedule approved by the Council of Ministers in 2017 (SAR 700 only where an establishment's
 * Saudi employees outnumber its expatriates; a person sponsoring a worker has none, so SAR 800).
 * Domestic workers are exempt.
 */
export const EXPAT_LEVY_SAR_PER_MONTH = 800;
/** Work-permit fee: SAR 100 a year for issuing or renewing a work permit. Source: MHRSD (Labour Law, art. 33). Domestic workers are exempt. */
export const WORK_PERMIT_FEE_SAR_PER_YEAR = 100;

/**
 * Iqama renewal: SAR 650 a year; the dependants' levy for a resident's family and the work-permit
 * fee with the expat levy for a sponsored worker, each for the years renewed (domestic workers pay
 * neither); SAR 500 late fine once the iqama has expired. Figures and sources above.
 */
export function renewIqamaFee(years: number, expiresOn: string | null | undefined, today: string, charges: IqamaCharges = {}): FeeItem[] {
  const items = [line('IQAMA_FEE', `رسوم إقامة لمدة ${years} سنة × ${IQAMA_FEE_SAR_PER_YEAR} ريال`, `Iqama fee, ${years} year(s) × SAR ${IQAMA_FEE_SAR_PER_YEAR}`, IQAMA_FEE_SAR_PER_YEAR * years)];
  const months = 12 * years;
  if (charges.dependantsLevy) {
    items.push(
      line(
        'DEPENDANTS_LEVY',
        `المقابل المالي على المرافقين: ${months} شهراً × ${DEPENDANTS_LEVY_SAR_PER_MONTH} ريال`,
        `Dependants' levy, ${months} months × SAR ${DEPENDANTS_LEVY_SAR_PER_MONTH}`,
        DEPENDANTS_LEVY_SAR_PER_MONTH * months,
      ),
    );
  }
  if (charges.workPermit) {
    items.push(
      line(
        'WORK_PERMIT_FEE',
        `رسوم رخصة العمل لمدة ${years} سنة × ${WORK_PERMIT_FEE_SAR_PER_YEAR} ريال`,
        `Work permit fee, ${years} year(s) × SAR ${WORK_PERMIT_FEE_SAR_PER_YEAR}`,
        WORK_PERMIT_FEE_SAR_PER_YEAR * years,
      ),
      line(
        'EXPAT_LEVY',
        `المقابل المالي على العمالة الوافدة: ${months} شهراً × ${EXPAT_LEVY_SAR_PER_MONTH} ريال`,
        `Expat levy, ${months} months × SAR ${EXPAT_LEVY_SAR_PER_MONTH}`,
        EXPAT_LEVY_SAR_PER_MONTH * months,
      ),
    );
  }
  if (daysLate(expiresOn, today) > 0) items.push(line('LATE_FINE', 'غرامة تأخير تجديد الإقامة', 'Late iqama renewal fine', IQAMA_LATE_FINE_SAR));
  return items;
}

/**
 * Which charges an iqama renewal carries, from how its holder stands to the one who renews it (their
 * head of family or sponsor): the relation the registry records, else — a registry loaded without
 * relations — family when of the sponsor's nationality, a worker otherwise. Family pays the
 * dependants' levy when the head of family is a resident (an expatriate); a sponsored worker pays the
 * work-permit fee and expat levy; a domestic worker is exempt from both, and so is a worker whose
 * kind is not recorded, since a person (not an establishment) sponsors domestic workers.
 */
export function iqamaCharges(head: Pick<PersonFacts, 'kind' | 'nationality'>, holder: Pick<PersonFacts, 'relationToHead' | 'nationality'>): IqamaCharges {
  const relation = holder.relationToHead ?? null;
  const family = relation ? FAMILY_RELATIONS.includes(relation) : !!holder.nationality && holder.nationality === head.nationality;
  return { dependantsLevy: family && head.kind === PersonKind.RESIDENT, workPermit: relation === RelationKind.SPONSORED_WORKER };
}

/** Driving licence: SAR 40 a year, and the traffic late fee. */
export function renewDrivingLicenceFee(years: number, expiresOn: string | null | undefined, today: string): FeeItem[] {
  return [line('LICENCE_FEE', `رسوم رخصة قيادة لمدة ${years} سنوات × 40 ريال`, `Driving licence fee, ${years} years × SAR 40`, 40 * years), ...trafficLateFee(expiresOn, today)];
}

/** Vehicle registration: SAR 100 a year; the traffic late fee as for a licence (60 days' grace, then SAR 100 per started year). */
export function renewVehicleRegistrationFee(years: number, expiresOn: string | null | undefined, today: string): FeeItem[] {
  return [line('REGISTRATION_FEE', `رسوم تجديد الاستمارة لمدة ${years} سنة × 100 ريال`, `Registration fee, ${years} year(s) × SAR 100`, 100 * years), ...trafficLateFee(expiresOn, today)];
}

const TRAFFIC_GRACE_DAYS = 60;

/**
 * The General Department of Traffic's late fee for a licence or a vehicle registration renewed
 * late: none within 60 days of expiry (the published grace), then SAR 100 for each started year
 * of delay, counted from the expiry date as the licence's fee always was.
 */
function trafficLateFee(expiresOn: string | null | undefined, today: string): FeeItem[] {
  const late = daysLate(expiresOn, today);
  if (late <= TRAFFIC_GRACE_DAYS) return [];
  const lateYears = Math.ceil(late / 365);
  return [line('LATE_FEE', `غرامة تأخير ${lateYears} سنة × 100 ريال`, `Late fee, ${lateYears} year(s) × SAR 100`, 100 * lateYears)];
}

/** Paying violations: one line per violation, its amount as issued. */
export function payViolationsFee(violations: Pick<ViolationFacts, 'number' | 'amountHalalas'>[]): FeeItem[] {
  return violations.map((v) => ({ code: 'VIOLATION', labelAr: `مخالفة رقم ${v.number}`, labelEn: `Violation ${v.number}`, halalas: v.amountHalalas }));
}

/** Disputing a violation and authorising a driver are free. */
export function freeOfCharge(): FeeItem[] {
  return [];
}

export function total(items: FeeItem[]): number {
  return items.reduce((sum, item) => sum + item.halalas, 0);
}

/**
 * The lowest fee of a service as published, in halalas: its shortest period, for someone with
 * nothing overdue (late fines come on top); 0 when free; null when the amount is what the person
 * chooses to pay (violations). Computed by the same fee functions a bill uses.
 */
export function feeFrom(code: ServiceCode): number | null {
  const onTime = null;
  switch (code) {
    case ServiceCode.RENEW_NATIONAL_ID:
      return total(renewNationalIdFee(onTime, ''));
    case ServiceCode.RENEW_PASSPORT:
      return total(renewPassportFee(Math.min(...PASSPORT_YEARS)));
    case ServiceCode.EXIT_REENTRY_VISA:
      return total(exitReentryVisaFee('SINGLE', EXIT_REENTRY_MONTHS.min));
    case ServiceCode.EXTEND_EXIT_REENTRY_VISA:
      return total(extendExitReentryVisaFee('SINGLE', VISA_EXTENSION_MONTHS.min, false));
    case ServiceCode.REPLACE_DOCUMENT:
      // The first replacement of a damaged national ID is free.
      return total(replaceDocumentFee('NATIONAL_ID', 'DAMAGED', 0));
    case ServiceCode.FINAL_EXIT_VISA:
      return total(finalExitVisaFee());
    case ServiceCode.RENEW_IQAMA:
      return total(renewIqamaFee(IQAMA_YEARS.min, onTime, ''));
    case ServiceCode.RENEW_DRIVING_LICENCE:
      return total(renewDrivingLicenceFee(Math.min(...LICENCE_YEARS), onTime, ''));
    case ServiceCode.RENEW_VEHICLE_REGISTRATION:
      return total(renewVehicleRegistrationFee(REGISTRATION_YEARS.min, onTime, ''));
    case ServiceCode.PAY_VIOLATIONS:
      return null;
    case ServiceCode.DISPUTE_VIOLATION:
    case ServiceCode.AUTHORIZE_DRIVER:
      return 0;
  }
}
