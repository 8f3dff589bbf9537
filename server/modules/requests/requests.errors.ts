import { registerEnumType } from 'type-graphql';
import { defineErrors } from '../../shared/user-error';
import { PLACEHOLDER, type Localized } from '../../shared/i18n';
import type { RuleCode } from './rules/facts';

/**
 * Why an e-service was refused, and what to do about it, in both languages. Every rule code of
 * the rule functions must be here (`satisfies` makes a missing one a compile error).
 */
export const requestMessages = {
  NOT_ELIGIBLE: {
    ar: 'هذه الخدمة غير متاحة لهذا المستفيد (تحقق من فئة الخدمة: مواطن أو مقيم، لنفسك أو لتابع). اختر الخدمة المناسبة أو المستفيد الصحيح.',
    en: 'This service is not available for this beneficiary (check who it is for: citizen or resident, yourself or a dependent). Choose the right service or beneficiary.',
  },
  SPONSOR_ISSUES_FINAL_EXIT: {
    ar: 'تأشيرة الخروج النهائي للمقيم المكفول يصدرها الكفيل من حسابه. اطلب من كفيلك إصدارها.',
    en: "A final exit visa for a sponsored resident is issued by the sponsor, from the sponsor's account. Ask your sponsor to issue it.",
  },
  NOT_YOUR_DEPENDENT: {
    ar: 'هذا الشخص ليس من التابعين المسجلين لك. اختر نفسك أو أحد التابعين الظاهرين في قائمة التابعين.',
    en: 'This person is not one of your registered dependents. Choose yourself or someone from your list of dependents.',
  },
  TOO_EARLY_TO_RENEW: {
    ar: 'لم يحن موعد التجديد بعد. يمكنك التجديد ابتداءً من {renewFrom}.',
    en: 'It is too early to renew. You can renew from {renewFrom}.',
  },
  UNPAID_VIOLATIONS: {
    ar: 'توجد مخالفات مرورية غير مسددة ({count}). سدّدها من خدمة المخالفات ثم أعد المحاولة.',
    en: 'There are unpaid traffic violations ({count}). Pay them from the violations service, then try again.',
  },
  MEDICAL_CHECK_MISSING: {
    ar: 'لا يوجد فحص طبي ساري المفعول. أجرِ الفحص الطبي في أحد المراكز المعتمدة ثم أعد المحاولة.',
    en: 'There is no valid medical check on file. Have the medical check done at an approved centre, then try again.',
  },
  INSURANCE_EXPIRED: {
    ar: 'تأمين المركبة منتهٍ. جدّد التأمين لدى شركة التأمين ثم أعد المحاولة.',
    en: "The vehicle's insurance has expired. Renew it with an insurer, then try again.",
  },
  INSPECTION_EXPIRED: {
    ar: 'الفحص الدوري للمركبة منتهٍ. أجرِ الفحص الدوري ثم أعد المحاولة.',
    en: "The vehicle's periodic inspection has expired. Have it inspected, then try again.",
  },
  REGISTRATION_EXPIRED: {
    ar: 'استمارة المركبة منتهية. جدّد الاستمارة أولاً.',
    en: "The vehicle's registration has expired. Renew the registration first.",
  },
  TRAVEL_BAN: {
    ar: 'يوجد منع سفر على المستفيد. راجع الجهة التي أصدرت المنع.',
    en: 'The beneficiary has a travel ban. Contact the authority that issued it.',
  },
  SERVICES_SUSPENDED: {
    ar: 'الخدمات الإلكترونية موقوفة لهذا الرقم. راجع أقرب مكتب لمعرفة السبب.',
    en: 'E-services are suspended for this ID. Visit an office to find out why.',
  },
  PHOTO_OUTDATED: {
    ar: 'لا توجد صورة حديثة (خلال 6 أشهر) في السجل. حدّث صورتك في مكتب الأحوال المدنية ثم أعد المحاولة.',
    en: 'There is no photo taken within the last 6 months on file. Update your photo at a Civil Affairs office, then try again.',
  },
  ADDRESS_NOT_DELIVERABLE: {
    ar: 'العنوان الوطني خارج نطاق التوصيل أو غير مكتمل. حدّث عنوانك الوطني أو راجع مكتب الأحوال المدنية.',
    en: 'Your national address is outside the delivery area or incomplete. Update your national address, or visit a Civil Affairs office.',
  },
  OUTSIDE_KINGDOM: {
    ar: 'المستفيد خارج المملكة. تتاح هذه الخدمة عندما يكون داخل المملكة.',
    en: 'The beneficiary is outside the Kingdom. This service is available once they are inside it.',
  },
  IQAMA_EXPIRED: {
    ar: 'إقامة المستفيد منتهية. جدّد الإقامة أولاً.',
    en: "The beneficiary's iqama has expired. Renew the iqama first.",
  },
  PASSPORT_EXPIRED: {
    ar: 'جواز سفر المستفيد منتهٍ. جدّد الجواز لدى سفارة بلده ثم حدّث بياناته.',
    en: "The beneficiary's passport has expired. Renew it at their embassy and have it updated.",
  },
  IQAMA_REPORTED_LOST: {
    ar: 'إقامة المستفيد مبلّغ عن فقدانها، فلا تصلح لهذه الخدمة. استخرج بدل فاقد للإقامة أولاً.',
    en: "The beneficiary's iqama was reported lost, so it cannot be used for this service. Get a replacement iqama first.",
  },
  PASSPORT_REPORTED_LOST: {
    ar: 'جواز سفر المستفيد مبلّغ عن فقدانه، فلا يصلح لهذه الخدمة. استخرج جوازاً بدلاً منه لدى سفارة بلده ثم حدّث بياناته.',
    en: "The beneficiary's passport was reported lost, so it cannot be used for this service. Get a new one from their embassy and have it updated.",
  },
  NO_VISA_TO_EXTEND: {
    ar: 'لا توجد للمستفيد تأشيرة خروج وعودة سارية لتمديدها. اطلب تأشيرة جديدة.',
    en: 'The beneficiary has no exit re-entry visa in force to extend. Ask for a new visa instead.',
  },
  IQAMA_TOO_SHORT: {
    ar: 'لا تمتد التأشيرة بعد نهاية الإقامة ({iqamaExpiresOn}). اختر أشهراً أقل أو جدّد الإقامة أولاً.',
    en: 'A visa cannot run past the end of the iqama ({iqamaExpiresOn}). Choose fewer months, or renew the iqama first.',
  },
  SPONSOR_EXTENDS_ABROAD: {
    ar: 'أنت خارج المملكة، فيمدد تأشيرتك صاحب العمل أو رب الأسرة من حسابه.',
    en: 'You are outside the Kingdom: your sponsor extends your visa, from their account.',
  },
  INVALID_CHOICE: {
    ar: 'اختر إحدى القيم المعروضة: {allowed}.',
    en: 'Choose one of the values offered: {allowed}.',
  },
  NOT_REPORTED_LOST: {
    ar: 'لم يُبلَّغ عن فقدان هذه الوثيقة. أبلغ عن فقدانها أولاً من صفحة الوثائق، ثم اطلب البدل.',
    en: 'This document has not been reported lost. Report it lost first, from the documents page, then ask for the replacement.',
  },
  EXPIRED_RENEW_INSTEAD: {
    ar: 'هذه الوثيقة منتهية أو لم تعد سارية، فلا يُطلب لها بدل تالف. جدّدها بدلاً من ذلك.',
    en: 'This document has expired or is no longer in force, so it is not replaced as damaged. Renew it instead.',
  },
  REPLACE_LOST_INSTEAD: {
    ar: 'أُبلغ عن فقدان هذه الوثيقة، فلا تُجدَّد. اطلب بدل فاقد لها من خدمة بدل فاقد أو تالف.',
    en: 'This card was reported lost, so it is not renewed: ask for a replacement with the "Replace a lost or damaged card" service.',
  },
  VISA_NOT_CANCELLABLE: {
    ar: 'لا يمكن إلغاء هذه التأشيرة: لم تعد سارية (منتهية أو ملغاة).',
    en: 'This visa cannot be cancelled: it is no longer in force (expired or already cancelled).',
  },
  VISA_IN_USE: {
    ar: 'لا يمكن إلغاء هذه التأشيرة لأن صاحبها خارج المملكة بها. تُلغى قبل استخدامها فقط.',
    en: 'This visa cannot be cancelled: its holder is outside the Kingdom on it. A visa can be cancelled only before it is used.',
  },
  DOCUMENT_MISSING: {
    ar: 'لا توجد وثيقة من هذا النوع في السجل لتجديدها. اطلب إصدارها في المكتب المختص.',
    en: 'There is no document of this kind on file to renew. Apply for it at the relevant office.',
  },
  VEHICLE_REGISTERED: {
    ar: 'توجد مركبة مسجلة باسم المستفيد ({plate}). انقل ملكيتها أو ألغِ تسجيلها أولاً.',
    en: "A vehicle is registered in the beneficiary's name ({plate}). Transfer or deregister it first.",
  },
  NOT_YOUR_VEHICLE: {
    ar: 'لا توجد مركبة بهذه اللوحة مسجلة باسمك. اختر مركبة من قائمة مركباتك.',
    en: 'No vehicle with this plate is registered to you. Choose one from your vehicles.',
  },
  VIOLATION_NOT_FOUND: {
    ar: 'لم نجد المخالفة {violationNumber} ضمن مخالفاتك. اختر من قائمة مخالفاتك.',
    en: 'Violation {violationNumber} is not among your violations. Choose from your list of violations.',
  },
  VIOLATION_ALREADY_PAID: {
    ar: 'المخالفة {violationNumber} مسددة أو ملغاة، فلا يلزم شيء.',
    en: 'Violation {violationNumber} is already paid or cancelled: nothing more is needed.',
  },
  DISPUTE_WINDOW_CLOSED: {
    ar: 'انتهت مهلة الاعتراض ({days} يوماً من تاريخ المخالفة). يمكنك سدادها أو مراجعة إدارة المرور.',
    en: 'The time to dispute has passed ({days} days from the violation). You can pay it or visit the traffic department.',
  },
  DISPUTE_OPEN: {
    ar: 'يوجد اعتراض قائم على المخالفة {violationNumber}. انتظر نتيجته قبل اعتراض أو سداد جديد.',
    en: 'A dispute is open on violation {violationNumber}. Wait for its outcome before another dispute or payment.',
  },
  ALREADY_DISPUTED: {
    ar: 'سبق الاعتراض على المخالفة {violationNumber} وصدر فيه قرار، ولا يُقبل اعتراض ثانٍ عليها. يمكنك سدادها أو مراجعة إدارة المرور.',
    en: 'Violation {violationNumber} was already disputed and decided; a second dispute of it is not accepted. You can pay it or visit the traffic department.',
  },
  DISPUTES_LIMIT_REACHED: {
    ar: 'رُفض {count} من اعتراضاتك هذا العام الهجري، وهو الحد الأقصى. يمكنك الاعتراض من جديد بدءاً من العام الهجري {nextYear}، أو مراجعة إدارة المرور.',
    en: '{count} of your disputes were dismissed this Hijri year, the most allowed. You can dispute again from the Hijri year {nextYear}, or visit the traffic department.',
  },
  REASON_INVALID: {
    ar: 'اكتب سبب الاعتراض بين {min} و{max} حرفاً.',
    en: 'Write the reason for the dispute in {min} to {max} characters.',
  },
  DRIVER_NOT_LICENSED: {
    ar: 'لا يمكن تفويض هذا الشخص: ليس لديه رخصة قيادة سارية في السجل. تحقق من رقم الهوية.',
    en: 'This person cannot be authorised: there is no valid driving licence for them on file. Check the ID number.',
  },
  DRIVER_ALREADY_AUTHORIZED: {
    ar: 'للمركبة سائق مفوض حتى {until}. يُسمح بسائق مفوض واحد لكل مركبة.',
    en: 'The vehicle already has an authorised driver until {until}. One authorised driver per vehicle is allowed.',
  },
  VEHICLE_REPORTED: {
    ar: 'المركبة مُبلَّغ عنها (مسروقة أو مطلوبة)، فلا يُفوَّض أحد بقيادتها. راجع المرور.',
    en: 'The vehicle is reported (stolen or wanted), so nobody can be authorised to drive it. Contact the traffic department.',
  },
  VISA_ALREADY_VALID: {
    ar: 'لدى المستفيد تأشيرة سارية من هذا النوع. استخدمها أو انتظر انتهاءها.',
    en: 'The beneficiary already holds a valid visa of this kind. Use it or wait until it expires.',
  },
  INVALID_PERIOD: {
    ar: 'المدة غير متاحة لهذه الخدمة. اختر من: {allowed}.',
    en: 'This period is not offered for this service. Choose from: {allowed}.',
  },
  DUPLICATE_REQUEST: {
    ar: 'يوجد طلب مماثل قيد التنفيذ. تابعه من قائمة طلباتك (سدّد فاتورته أو ألغه).',
    en: 'The same request is already in progress. Follow it up in your requests (pay its bill or cancel it).',
  },
  REQUEST_NOT_FOUND: {
    ar: 'لم نجد طلباً بهذا الرقم ضمن طلباتك. تحقق من رقم الطلب.',
    en: 'No request with this reference is among yours. Check the reference.',
  },
  REQUEST_NOT_CANCELLABLE: {
    ar: 'لا يمكن إلغاء هذا الطلب لأنه اكتمل أو أُغلق.',
    en: 'This request cannot be cancelled: it is already completed or closed.',
  },
  VISA_NOT_FOUND: {
    ar: 'لم نجد تأشيرة خروج وعودة أصدرتها أنت بهذا المعرّف.',
    en: 'No exit re-entry visa issued by you has this ID.',
  },
  NOT_AUTHORISED_TO_ACT: {
    ar: 'ليس لديك تفويض ساري المفعول من هذا الشخص لهذه الخدمة.',
    en: 'You hold no authorisation in force from this person for this service.',
  },
} satisfies Record<RuleCode | 'REQUEST_NOT_FOUND' | 'REQUEST_NOT_CANCELLABLE' | 'VISA_NOT_FOUND' | 'NOT_AUTHORISED_TO_ACT', Localized>;

export type RequestErrorCode = keyof typeof requestMessages;
/** The e-services' refusals: every rule of every service, and the requests' own. */
export const RequestErrors = defineErrors('RequestError', requestMessages, 'Why an e-service request was refused (or would be, in `eligibility`).');
export type RequestError = ReturnType<typeof RequestErrors.localize>[number];

/** Why a request was closed by something other than a rule: the bill ran out, or its applicant cancelled it. */
const closingReasons = {
  BILL_EXPIRED: { ar: 'انتهت مهلة سداد الفاتورة.', en: 'The bill was not paid in time.' },
  CANCELLED_BY_APPLICANT: { ar: 'ألغاه مقدم الطلب.', en: 'Cancelled by the applicant.' },
  VISA_CANCELLED_UNUSED: { ar: 'أُلغيت التأشيرة قبل استخدامها، وتُعاد رسومها.', en: 'The visa was cancelled before it was used; its fee is refunded.' },
} satisfies Record<string, Localized>;

const { REQUEST_NOT_FOUND: _notFound, REQUEST_NOT_CANCELLABLE: _notCancellable, VISA_NOT_FOUND: _visaNotFound, NOT_AUTHORISED_TO_ACT: _notAuthorised, ...ruleMessages } = requestMessages;

/**
 * Every reason a request's history can give for REJECTED (the rule that failed when it was checked
 * again at payment) or CANCELLED: one closed set, with its words in both languages.
 */
export const statusReasons = { ...ruleMessages, ...closingReasons } satisfies Record<RuleCode | keyof typeof closingReasons, Localized>;
export type StatusReason = keyof typeof statusReasons;

/** The `StatusReasonCode` enum (its values are the codes themselves). */
export const StatusReasonCode = Object.fromEntries(Object.keys(statusReasons).map((code) => [code, code])) as { [C in StatusReason]: C };
registerEnumType(StatusReasonCode, {
  name: 'StatusReasonCode',
  description: 'Why a request was rejected (a rule of its service, checked again when its bill was paid) or cancelled. Stable: clients may branch on it; `reason` is for people.',
  valuesConfig: Object.fromEntries(Object.entries(statusReasons).map(([code, text]) => [code, { description: text.en.replace(PLACEHOLDER, 'N') }])) as Record<StatusReason, { description: string }>,
});

/** A reason as stored in a request's history, if it is one of the set (older rows may hold others). */
export const isStatusReason = (code: string): code is StatusReason => Object.prototype.hasOwnProperty.call(statusReasons, code);
