import { Field, Int, ObjectType } from 'type-graphql';
import { Language } from './i18n';

@ObjectType({ description: 'An amount of money in Saudi riyals.' })
export class Money {
  @Field(() => Int, { description: 'The amount in halalas (SAR 1 = 100 halalas): exact, for computing.' })
  halalas!: number;

  @Field(() => String, { description: "The amount for people, in the caller's language, e.g. `SAR 1,250.00` or `1,250.00 ر.س`." })
  formatted!: string;
}

/** `1250.00` style: riyals with two decimals and thousands separators, without floating-point rounding. */
export function riyals(halalas: number): string {
  const sign = halalas < 0 ? '-' : '';
  const abs = Math.abs(halalas);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

export function money(halalas: number, lang: Language): Money {
  const amount = riyals(halalas);
  return { halalas, formatted: lang === Language.EN ? `SAR ${amount}` : `${amount} ر.س` };
}
