import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../shared/node';
import { view } from '../../shared/read-model';
import { Cost } from '../../shared/cost';
import { Language, localize } from '../../shared/i18n';
import { PersonKind } from '../registry';
import { CATALOGUE, CATEGORY_NAMES, ServiceCategoryCode, ServiceCode, ServiceDefinition } from './catalogue';

@ObjectType({ description: 'A group of e-services.', implements: Node })
export class ServiceCategory {
  @Field(() => ServiceCategoryCode, { description: 'Stable code of the category.' })
  code!: ServiceCategoryCode;

  @Field(() => String, { description: "Name in the caller's language." })
  name!: string;

  @Field(() => String, { description: 'Name in Arabic.' })
  nameAr!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;

  @Field(() => Int, { description: 'How many services it holds: its `services`, or for `APPOINTMENTS` its `appointmentServices`.' })
  serviceCount!: number;
}

@ObjectType({ description: 'One value a constrained input accepts, with how it reads in each language.' })
export class AllowedValue {
  @Field(() => String, { description: 'The value to send (an Int input as its digits, an enum input as its name).' })
  value!: string;

  @Field(() => String, { description: 'How it reads, in the caller\'s language ("5 years").' })
  label!: string;

  @Field(() => String, { description: 'Label in Arabic.' })
  labelAr!: string;

  @Field(() => String, { description: 'Label in English.' })
  labelEn!: string;
}

/** The most values any input offers (the exit re-entry visa's months). */
const MOST_ALLOWED_VALUES = Math.max(...CATALOGUE.flatMap((s) => s.inputs.map((i) => i.allowedValues?.length ?? 0)));

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

  @Cost({ listOf: MOST_ALLOWED_VALUES })
  @Field(() => [AllowedValue], {
    nullable: true,
    description: 'The only values it accepts, in the order to offer them (a period, an entry type); null when any value of its type may be given.',
  })
  allowedValues!: AllowedValue[] | null;
}

@ObjectType({ description: 'An e-service of the catalogue.', implements: Node })
export class EService {
  @Field(() => ServiceCode, { description: 'Stable code of the service.' })
  code!: ServiceCode;

  @Field(() => ServiceCategoryCode, { description: 'Its category.' })
  category!: ServiceCategoryCode;

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

  @Cost({ listOf: Math.max(...CATALOGUE.map((s) => s.inputs.length)) })
  @Field(() => [ServiceInputField], { description: 'The inputs it asks for.' })
  inputs!: ServiceInputField[];
}

/** Each e-service as answered in each language, made once: the catalogue is code, the same for everyone. */
const rendered = new WeakMap<ServiceDefinition, Partial<Record<Language, EService>>>();

/** An e-service in `lang`; the same object for every request (resolvers only read it). */
export function toEService(s: ServiceDefinition, lang: Language): EService {
  let byLang = rendered.get(s);
  if (!byLang) rendered.set(s, (byLang = {}));
  return (byLang[lang] ??= render(s, lang));
}

const everyService: Partial<Record<Language, readonly EService[]>> = {};

/** The whole catalogue in `lang`, in display order; the same array for every request (resolvers only read it). */
export function catalogueIn(lang: Language): readonly EService[] {
  return (everyService[lang] ??= CATALOGUE.map((s) => toEService(s, lang)));
}

function render(s: ServiceDefinition, lang: Language): EService {
  // `id` and `mutation` are resolved in catalogue.resolver.ts.
  return view(EService, {
    code: s.code,
    category: s.category,
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
    inputs: s.inputs.map((i) => ({
      name: i.name,
      type: i.type,
      required: i.required,
      label: localize(i.label, lang),
      allowedValues: i.allowedValues?.map((v) => ({ value: v.value, label: localize(v.label, lang), labelAr: v.label.ar, labelEn: v.label.en })) ?? null,
    })),
  });
}

export function toCategory(code: ServiceCategoryCode, count: number, lang: Language): ServiceCategory {
  return view(ServiceCategory, { code, name: localize(CATEGORY_NAMES[code], lang), nameAr: CATEGORY_NAMES[code].ar, nameEn: CATEGORY_NAMES[code].en, serviceCount: count });
}
