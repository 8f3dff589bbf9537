import { Entity, Enum, Index, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { LocalDate } from '../../shared/scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node';

export enum PersonKind {
  CITIZEN = 'CITIZEN',
  RESIDENT = 'RESIDENT',
}
registerEnumType(PersonKind, {
  name: 'PersonKind',
  description: 'Whether a person holds a national ID (citizen) or an iqama (resident).',
  valuesConfig: {
    CITIZEN: { description: 'A Saudi citizen; national IDs start with 1.' },
    RESIDENT: { description: 'A resident with an iqama; iqama numbers start with 2.' },
  },
});

export enum RelationToYou {
  SELF = 'SELF',
  FAMILY = 'FAMILY',
  WORKER = 'WORKER',
}
registerEnumType(RelationToYou, {
  name: 'RelationToYou',
  description: 'How a person stands to the signed-in person, broadly: yourself, family or worker (`Person.relation` names the relation itself).',
  valuesConfig: {
    SELF: { description: 'The signed-in person themself.' },
    FAMILY: { description: 'A family member: a dependant recorded as spouse, son, daughter, father or mother (where no relation is recorded, one of the same nationality as the head of family).' },
    WORKER: { description: 'A sponsored worker: a dependant recorded as domestic or sponsored worker (where no relation is recorded, one of another nationality than the sponsor).' },
  },
});

/**
 * How a dependant stands to their head of family or sponsor, as the civil registry records it (the
 * family record for family, the sponsorship for workers). A person may have several spouses: each
 * spouse is a row whose head of family is that person.
 */
export enum RelationKind {
  SPOUSE = 'SPOUSE',
  SON = 'SON',
  DAUGHTER = 'DAUGHTER',
  FATHER = 'FATHER',
  MOTHER = 'MOTHER',
  DOMESTIC_WORKER = 'DOMESTIC_WORKER',
  SPONSORED_WORKER = 'SPONSORED_WORKER',
}
registerEnumType(RelationKind, {
  name: 'RelationKind',
  description: 'How a dependant stands to their head of family or sponsor, as the civil registry records it.',
  valuesConfig: {
    SPOUSE: { description: 'Wife or husband (a person may have more than one spouse).' },
    SON: { description: 'Son.' },
    DAUGHTER: { description: 'Daughter.' },
    FATHER: { description: 'Father, as a dependant (e.g. a resident sponsoring a parent).' },
    MOTHER: { description: 'Mother, as a dependant.' },
    DOMESTIC_WORKER: { description: 'A domestic worker (housemaid, private driver, …): exempt from the work-permit fee.' },
    SPONSORED_WORKER: { description: 'A worker sponsored for other work: the work-permit fee and expat levy apply.' },
  },
});

/** The relations that are family (the dependants' levy applies to a resident's family); the others are workers. */
export const FAMILY_RELATIONS: readonly RelationKind[] = [RelationKind.SPOUSE, RelationKind.SON, RelationKind.DAUGHTER, RelationKind.FATHER, RelationKind.MOTHER];
export const WORKER_RELATIONS: readonly RelationKind[] = [RelationKind.DOMESTIC_WORKER, RelationKind.SPONSORED_WORKER];

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender', description: 'Gender as recorded in the civil registry.' });

/**
 * A person in the civil registry: the source of truth that accounts are matched against. In
 * production this is an external national system; here the server owns the table and no GraphQL
 * operation writes it (only the import command and the demo seeder do).
 */
@ObjectType({ description: 'A person as the civil registry knows them.', implements: Node })
@Entity({ tableName: 'persons' })
export class Person {
  [PrimaryKeyProp]?: 'nationalId';
  [OptionalProps]?: 'deceased' | 'mobiles' | 'insideKingdom' | 'travelBan' | 'servicesSuspended' | 'fullNameAr' | 'fullNameEn';

  @Field(() => String, { description: 'National ID (citizens) or iqama number (residents): 10 digits.' })
  @PrimaryKey({ type: 'string', length: 10 })
  nationalId!: string;

  @Field(() => PersonKind, { description: 'Citizen or resident, from the first digit of the ID.' })
  @Enum({ items: () => PersonKind })
  kind!: PersonKind;

  @Field(() => String, { description: 'First name in Arabic.' })
  @Property({ type: 'string' })
  firstNameAr!: string;

  @Field(() => String, { description: "Father's name in Arabic." })
  @Property({ type: 'string' })
  fatherNameAr!: string;

  @Field(() => String, { description: "Grandfather's name in Arabic." })
  @Property({ type: 'string' })
  grandfatherNameAr!: string;

  @Field(() => String, { description: 'Family name in Arabic.' })
  @Property({ type: 'string' })
  familyNameAr!: string;

  @Field(() => String, { description: 'First name in English, as in the passport.' })
  @Property({ type: 'string' })
  firstNameEn!: string;

  @Field(() => String, { description: "Father's name in English." })
  @Property({ type: 'string' })
  fatherNameEn!: string;

  @Field(() => String, { description: "Grandfather's name in English." })
  @Property({ type: 'string' })
  grandfatherNameEn!: string;

  @Field(() => String, { description: 'Family name in English.' })
  @Property({ type: 'string' })
  familyNameEn!: string;

  @Field(() => LocalDate, { description: 'Date of birth (Gregorian, YYYY-MM-DD).' })
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Field(() => Gender, { description: 'Gender.' })
  @Enum({ items: () => Gender })
  gender!: Gender;

  @Field(() => String, { description: 'Nationality, ISO 3166-1 alpha-3 (SAU for citizens).' })
  @Property({ type: 'string', length: 3 })
  nationality!: string;

  /** Deceased people stay in the registry (their dependents still refer to them) but cannot register or log in. */
  @Property({ type: 'boolean', default: false })
  deceased: boolean = false;

  /** The mobiles that telecom operators link to this ID, in E.164. */
  @Property({ type: 'json' })
  mobiles: string[] = [];

  @Property({ type: 'string', nullable: true })
  city?: string | null;

  @Property({ type: 'string', nullable: true })
  district?: string | null;

  @Property({ type: 'string', nullable: true })
  postalCode?: string | null;

  /**
   * Head of family (citizens) or sponsor (residents). A plain column, not a foreign key: an
   * import may bring a dependent before the head, and the registry is not ours to make consistent.
   */
  @Index()
  @Property({ type: 'string', length: 10, nullable: true })
  headOfFamilyId?: string | null;

  /**
   * How this person stands to `headOfFamilyId` (spouse, son, …, domestic worker), when the registry
   * records it; null for a head of family, or where an older registry file only gave the link.
   */
  @Enum({ items: () => RelationKind, nullable: true })
  relationToHead?: RelationKind | null;

  /**
   * A resident sponsored by an establishment rather than a person: the establishment's unified
   * number (10 digits starting with 7). Nobody answers for such a resident in the portal (the
   * establishment will, through Absher Business).
   */
  @Field(() => String, {
    nullable: true,
    description: 'For a resident sponsored by an establishment: its unified national number (10 digits, starting with 7); null when the sponsor is a person or there is none.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  sponsorEstablishmentId?: string | null;

  @Property({ type: 'boolean', default: true })
  insideKingdom: boolean = true;

  @Property({ type: 'boolean', default: false })
  travelBan: boolean = false;

  @Property({ type: 'boolean', default: false })
  servicesSuspended: boolean = false;

  @Property({ type: 'date', nullable: true })
  photoTakenOn?: string | null;

  @Property({ type: 'date', nullable: true })
  medicalCheckValidUntil?: string | null;

  /**
   * The registry's photo as a `data:` URL (PNG, JPEG, WebP or SVG, base64). Exposed on `Person`,
   * which only the person and their head of family or sponsor can reach.
   */
  @Field(() => String, {
    nullable: true,
    description: 'The registry photo as a `data:image/…;base64,` URL, to use as an image source; null when the registry has none.',
  })
  @Property({ type: 'text', nullable: true })
  photo?: string | null;

  @Field(() => String, { description: 'Full name in Arabic: first, father, grandfather and family names.' })
  get fullNameAr(): string {
    return [this.firstNameAr, this.fatherNameAr, this.grandfatherNameAr, this.familyNameAr].filter(Boolean).join(' ');
  }

  @Field(() => String, { description: 'Full name in English: first, father, grandfather and family names.' })
  get fullNameEn(): string {
    return [this.firstNameEn, this.fatherNameEn, this.grandfatherNameEn, this.familyNameEn].filter(Boolean).join(' ');
  }
}

/**
 * How `person` stands to the one whose ID is `youId`, as the registry records it: their relation to
 * their head of family or sponsor when that is you; null for yourself, anyone else, or a dependant
 * whose relation the registry does not record.
 */
export function relationKindTo(youId: string, person: { nationalId: string; headOfFamilyId?: string | null; relationToHead?: RelationKind | null }): RelationKind | null {
  return person.nationalId !== youId && person.headOfFamilyId === youId ? (person.relationToHead ?? null) : null;
}

/**
 * Family or worker: from the relation the registry records, else (a registry file without
 * relations) guessed from nationality — a dependant of the same nationality as their head of family
 * is family, one of another nationality a sponsored worker. Null for anyone who is neither `you`
 * nor your dependant.
 */
export function relationTo(
  you: { nationalId: string; nationality: string },
  person: { nationalId: string; nationality: string; headOfFamilyId?: string | null; relationToHead?: RelationKind | null },
): RelationToYou | null {
  if (person.nationalId === you.nationalId) return RelationToYou.SELF;
  if (person.headOfFamilyId !== you.nationalId) return null;
  if (person.relationToHead) return WORKER_RELATIONS.includes(person.relationToHead) ? RelationToYou.WORKER : RelationToYou.FAMILY;
  return person.nationality === you.nationality ? RelationToYou.FAMILY : RelationToYou.WORKER;
}

export function kindOfId(nationalId: string): PersonKind {
  return nationalId.startsWith('1') ? PersonKind.CITIZEN : PersonKind.RESIDENT;
}
