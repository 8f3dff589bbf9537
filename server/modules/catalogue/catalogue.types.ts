import { Field, Int, ObjectType } from 'type-graphql';
import { Language, localize } from '../../shared/i18n';
import { UserError } from '../../shared/user-error';
import { Money } from '../payments/money';
import { PersonKind } from '../registry/person.entity';
import { CATEGORY_NAMES, ServiceCategoryCode, ServiceCode, ServiceDefinition } from './catalogue';

@ObjectType({ description: 'A group of e-services.' })
export class ServiceCategory {
  @Field(() => ServiceCategoryCode, { description: 'Stable code of the category.' })
  code!: ServiceCategoryCode;

  @Field(() => String, { description: "Name in the caller's language." })
  name!: string;

  @Field(() => String, { description: 'Name in Arabic.' })
  nameAr!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;

  @Field(() => Int, { description: 'How many e-services it holds.' })
  serviceCount!: number;
}

@ObjectType({ description: 'One input an e-service asks for (the field of its mutation input).' })
export class ServiceInputField {
  @Field(() => String, { description: 'The field name in the mutation input.' })
  name!: string;

  @Field(() => String, { description: 'Its GraphQL type.' })
  type!: string;

  @Field(() => Boolean, { description: 'Whether it must be given.' })
  required!: boolean;

  @Field(() => String, { description: "Label in the caller's language." })
  label!: string;
}

@ObjectType({ description: 'Whether the signed-in person may use an e-service now (for a beneficiary), why not, and what it would cost.' })
export class Eligibility {
  @Field(() => Boolean, { description: 'True when nothing stands in the way.' })
  eligible!: boolean;

  @Field(() => [UserError], { description: 'Everything that stands in the way, each with what to do; the same reasons a submission would get.' })
  reasons!: UserError[];

  @Field(() => Money, { nullable: true, description: "The fee with the service's default choices (shortest period, first vehicle, all unpaid violations); null when it cannot be computed." })
  fee!: Money | null;
}

@ObjectType({ description: 'An e-service of the catalogue.' })
export class EService {
  @Field(() => ServiceCode, { description: 'Stable code of the service.' })
  code!: ServiceCode;

  @Field(() => ServiceCategoryCode, { description: 'Its category.' })
  category!: ServiceCategoryCode;

  @Field(() => String, { description: 'The mutation that submits it.' })
  mutation!: string;

  @Field(() => String, { description: "Name in the caller's language." })
  name!: string;

  @Field(() => String, { description: 'Name in Arabic.' })
  nameAr!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;

  @Field(() => String, { description: "What it does and its conditions, in the caller's language." })
  description!: string;

  @Field(() => String, { description: 'Description in Arabic.' })
  descriptionAr!: string;

  @Field(() => String, { description: 'Description in English.' })
  descriptionEn!: string;

  @Field(() => String, { description: "The fees, in words, in the caller's language (the exact amount is on `eligibility.fee` and the bill)." })
  feeDescription!: string;

  @Field(() => String, { description: 'Fee description in Arabic.' })
  feeDescriptionAr!: string;

  @Field(() => String, { description: 'Fee description in English.' })
  feeDescriptionEn!: string;

  @Field(() => [PersonKind], { description: 'Whom it is for: citizens, residents or both (the beneficiary).' })
  audience!: PersonKind[];

  @Field(() => Int, { description: 'Minimum age of the beneficiary.' })
  minimumAge!: number;

  @Field(() => Boolean, { description: 'Whether a person may use it for themself.' })
  forSelf!: boolean;

  @Field(() => Boolean, { description: 'Whether a person may use it for a dependent (family member or sponsored worker).' })
  forDependents!: boolean;

  @Field(() => [ServiceInputField], { description: 'The inputs it asks for.' })
  inputs!: ServiceInputField[];
}

export function toEService(s: ServiceDefinition, lang: Language): EService {
  return {
    code: s.code,
    category: s.category,
    mutation: s.mutation,
    name: localize(s.name, lang),
    nameAr: s.name.ar,
    nameEn: s.name.en,
    description: localize(s.description, lang),
    descriptionAr: s.description.ar,
    descriptionEn: s.description.en,
    feeDescription: localize(s.fee, lang),
    feeDescriptionAr: s.fee.ar,
    feeDescriptionEn: s.fee.en,
    audience: s.audience,
    minimumAge: s.minimumAge,
    forSelf: s.forSelf,
    forDependents: s.forDependents,
    inputs: s.inputs.map((i) => ({ name: i.name, type: i.type, required: i.required, label: localize(i.label, lang) })),
  };
}

export function toCategory(code: ServiceCategoryCode, count: number, lang: Language): ServiceCategory {
  return { code, name: localize(CATEGORY_NAMES[code], lang), nameAr: CATEGORY_NAMES[code].ar, nameEn: CATEGORY_NAMES[code].en, serviceCount: count };
}
