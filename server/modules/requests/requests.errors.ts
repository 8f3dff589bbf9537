import type { Localized } from '../../shared/i18n';
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
  NOT_YOUR_DEPENDENT: {
    ar: 'هذا الشخص ليس من التابعين المسجلين لك. اختر نفسك أو أحد التابعين الظاهرين في قائمة التابعين.',
    en: 'This person is not one of your registered dependents. Choose yourself or someone from your list of dependents.',
  },
  TOO_EARLY_TO_RENEW: {
    ar: 'لم يحن موعد التجديد بعد. يمكنك التجديد ابتداءً من {date}.',
    en: 'It is too early to renew. You can renew from {date}.',
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
  DOCUMENT_MISSING: {
    ar: 'لا توجد وثيقة من هذا النوع في السجل لتجديدها. اطلب إصدارها في المكتب المختص.',
    en: 'There is no document of this kind on file to renew. Apply for it at the relevant office.',
  },
  VEHICLE_REGISTERED: {
    ar: 'توجد مركبة مسجلة باسم المستفيد ({plate}). انقل ملكيتها أو ألغِ تسجيلها أولاً.',
    en: 'A vehicle is registered in the beneficiary\'s name ({plate}). Transfer or deregister it first.',
  },
  NOT_YOUR_VEHICLE: {
    ar: 'لا توجد مركبة بهذه اللوحة مسجلة باسمك. اختر مركبة من قائمة مركباتك.',
    en: 'No vehicle with this plate is registered to you. Choose one from your vehicles.',
  },
  VIOLATION_NOT_FOUND: {
    ar: 'لم نجد المخالفة {number} ضمن مخالفاتك. اختر من قائمة مخالفاتك.',
    en: 'Violation {number} is not among your violations. Choose from your list of violations.',
  },
  VIOLATION_ALREADY_PAID: {
    ar: 'المخالفة {number} مسددة أو ملغاة، فلا يلزم شيء.',
    en: 'Violation {number} is already paid or cancelled: nothing more is needed.',
  },
  DISPUTE_WINDOW_CLOSED: {
    ar: 'انتهت مهلة الاعتراض ({days} يوماً من تاريخ المخالفة). يمكنك سدادها أو مراجعة إدارة المرور.',
    en: 'The time to dispute has passed ({days} days from the violation). You can pay it or visit the traffic department.',
  },
  DISPUTE_OPEN: {
    ar: 'يوجد اعتراض قائم على المخالفة {number}. انتظر نتيجته قبل اعتراض أو سداد جديد.',
    en: 'A dispute is open on violation {number}. Wait for its outcome before another dispute or payment.',
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
} satisfies Record<RuleCode | 'REQUEST_NOT_FOUND' | 'REQUEST_NOT_CANCELLABLE', Localized>;
