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
  description: 'How a person stands to the signed-in person, as the registry can tell it today (head of family or sponsor, and nationality).',
  valuesConfig: {
    SELF: { description: 'The signed-in person themself.' },
    FAMILY: { description: 'A dependent of the same nationality as the head of family: a family member.' },
    WORKER: { description: 'A dependent of another nationality than the sponsor: a sponsored (e.g. domestic) worker.' },
  },
});

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
 * Family or worker, from what the registry holds: a dependent of the same nationality as their head
 * of family is family, one of another nationality is a sponsored worker. Null for anyone who is
 * neither `you` nor your dependent. (Named relations — spouse, son, domestic worker — come with the
 * family-relations issue.)
 */
export function relationTo(you: { nationalId: string; nationality: string }, person: { nationalId: string; nationality: string; headOfFamilyId?: string | null }): RelationToYou | null {
  if (person.nationalId === you.nationalId) return RelationToYou.SELF;
  if (person.headOfFamilyId !== you.nationalId) return null;
  return person.nationality === you.nationality ? RelationToYou.FAMILY : RelationToYou.WORKER;
}

export function kindOfId(nationalId: string): PersonKind {
  return nationalId.startsWith('1') ? PersonKind.CITIZEN : PersonKind.RESIDENT;
}
