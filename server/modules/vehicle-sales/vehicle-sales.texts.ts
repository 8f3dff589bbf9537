import type { Localized } from '../../shared/i18n';

type Text = { title: Localized; body: Localized };

/** Notification and SMS texts of a vehicle sale; `{vehicle}` is make, model and year, `{plate}` the plate. */
export const saleTexts = {
  offered: {
    title: { ar: 'عرض شراء مركبة لك', en: 'A vehicle is offered to you' },
    body: {
      ar: 'عُرضت عليك المركبة {vehicle} (اللوحة {plate}) بسعر {price} ريال، عملية البيع {reference}. اقبلها أو ارفضها من صفحة المركبات.',
      en: 'The {vehicle} (plate {plate}) is offered to you for SAR {price}, sale {reference}. Accept or decline it on the vehicles page.',
    },
  },
  accepted: {
    title: { ar: 'قبل المشتري عرضك', en: 'The buyer accepted your offer' },
    body: {
      ar: 'قبل المشتري شراء {vehicle} (اللوحة {plate})، عملية البيع {reference}. تنتقل الملكية عند سداد فاتورة الضمان.',
      en: 'The buyer accepted the {vehicle} (plate {plate}), sale {reference}. Ownership moves when the escrow bill is paid.',
    },
  },
  escrowBill: {
    title: { ar: 'فاتورة الضمان جاهزة', en: 'Your escrow bill is ready' },
    body: {
      ar: 'عملية البيع {reference}: فاتورة سداد رقم {bill} بمبلغ {amount} ريال (السعر والرسوم)، تُسدد قبل {due}.',
      en: 'Sale {reference}: SADAD bill {bill} for SAR {amount} (price and fees), to be paid before {due}.',
    },
  },
  cancelled: {
    title: { ar: 'أُلغيت عملية بيع المركبة', en: 'The vehicle sale was cancelled' },
    body: { ar: 'عملية البيع {reference} للمركبة {plate}: {reason}', en: 'Sale {reference} of vehicle {plate}: {reason}' },
  },
  soldToBuyer: {
    title: { ar: 'أصبحت المركبة باسمك', en: 'The vehicle is now yours' },
    body: {
      ar: 'نُقلت ملكية {vehicle} (اللوحة {plate}) إليك، عملية البيع {reference}. أضف تأمينك عليها قبل قيادتها.',
      en: 'The {vehicle} (plate {plate}) is now registered in your name, sale {reference}. Insure it before you drive it.',
    },
  },
  soldBySeller: {
    title: { ar: 'تم بيع مركبتك', en: 'Your vehicle is sold' },
    body: {
      ar: 'نُقلت ملكية {vehicle} (اللوحة {plate}) إلى المشتري، عملية البيع {reference}. سيُحوَّل إليك الثمن {price} ريال.',
      en: 'The {vehicle} (plate {plate}) now belongs to the buyer, sale {reference}. The price, SAR {price}, will be paid out to you.',
    },
  },
  rejected: {
    title: { ar: 'رُفضت عملية بيع المركبة', en: 'The vehicle sale was refused' },
    body: { ar: 'عملية البيع {reference} للمركبة {plate} رُفضت عند السداد: {reason}', en: 'Sale {reference} of vehicle {plate} was refused at payment: {reason}' },
  },
  refundOwed: {
    title: { ar: 'سنعيد إليك مبلغ الضمان', en: 'Your escrow payment will be refunded' },
    body: {
      ar: 'رُفضت عملية البيع {reference} بعد السداد، فسنعيد مبلغ الفاتورة رقم {bill} كاملاً ({amount} ريال) إلى الحساب الذي سددت منه.',
      en: 'Sale {reference} was refused after payment: bill {bill} is refunded in full (SAR {amount}) to the account you paid from.',
    },
  },
} satisfies Record<string, Text>;
