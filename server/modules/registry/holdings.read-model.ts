import type { EntityManager } from '@mikro-orm/core';
import { CursorCodec, jsonCursor, keysetAfter, keysetOrder, PageRequest } from '../../shared/connection';
import type { GlobalIds } from '../../shared/global-id';
import { readBool, readJson, Sql, view } from '../../shared/read-model';
import { DisputeStatus, DocumentType, PersonDocument, Vehicle, VehicleStatus, Violation, ViolationType } from './holdings.entity';
import type { RecordedDocumentStatus } from './document-status';
import { Gender, Person, PersonKind, RelationKind } from './person.entity';

type Order = readonly { column: string; desc?: boolean }[];

const DEPENDENTS: Order = [{ column: 'date_of_birth' }, { column: 'national_id' }];
const DOCUMENTS: Order = [{ column: 'expires_on' }, { column: 'type' }, { column: 'id' }];
const VEHICLES: Order = [{ column: 'plate' }];
const VIOLATIONS: Order = [{ column: 'issued_on', desc: true }, { column: 'number' }];

export type DependentPosition = [string, string];
export type DocumentPosition = [string, string, string];
export type VehiclePosition = [string];
export type ViolationPosition = [string, string];

/** Cursors of lists ordered by something personal (a national ID, a plate) are sealed, like their IDs. */
function sealedCursor<K extends readonly string[]>(ids: GlobalIds, length: number): CursorCodec<K> {
  return {
    encode: (position) => ids.sealed('Cursor', JSON.stringify(position)),
    decode(cursor) {
      const opened = ids.decode(cursor);
      if (!opened || opened.type !== 'Cursor') return null;
      try {
        const value: unknown = JSON.parse(opened.key);
        return Array.isArray(value) && value.length === length && value.every((v) => typeof v === 'string') ? (value as unknown as K) : null;
      } catch {
        return null;
      }
    },
  };
}

export const documentCursor = jsonCursor<DocumentPosition>(['string', 'string', 'string']);
export const violationCursor = jsonCursor<ViolationPosition>(['string', 'string']);

/**
 * The registry as a signed-in person's lists show it: plain rows, keyset SQL, one statement per page,
 * straight into the GraphQL types (no entity hydration).
 */
export class HoldingsReadModel {
  readonly dependentCursor: CursorCodec<DependentPosition>;
  readonly vehicleCursor: CursorCodec<VehiclePosition>;

  constructor(ids: GlobalIds) {
    this.dependentCursor = sealedCursor<DependentPosition>(ids, 2);
    this.vehicleCursor = sealedCursor<VehiclePosition>(ids, 1);
  }

  /** People by national ID, in one statement (a page of requests names its applicants and beneficiaries). */
  async people(em: EntityManager, nationalIds: readonly string[]): Promise<Person[]> {
    if (!nationalIds.length) return [];
    const sql = new Sql(em);
    const rows = await sql.rows(`select * from ${sql.table(Person)} where ${sql.q('national_id')} in (${nationalIds.map(() => '?').join(', ')})`, nationalIds);
    return rows.map(personView);
  }

  /** The living people whose head of family or sponsor `nationalId` is, eldest first. */
  async dependents(em: EntityManager, nationalId: string, page: PageRequest<DependentPosition>): Promise<Person[]> {
    const sql = new Sql(em);
    const rows = await this.page(sql, Person, [`${sql.q('head_of_family_id')} = ?`, `${sql.q('deceased')} = ?`], [nationalId, false], DEPENDENTS, page);
    return rows.map(personView);
  }

  /** The documents of `nationalId` and of their living dependents (or only `holder`'s among them), soonest expiry first. */
  async documents(em: EntityManager, nationalId: string, page: PageRequest<DocumentPosition>, holder: string | null = null): Promise<PersonDocument[]> {
    const sql = new Sql(em);
    const { q } = sql;
    const theirs = `(${q('national_id')} = ? or ${q('national_id')} in (select ${q('national_id')} from ${sql.table(Person)} where ${q('head_of_family_id')} = ? and ${q('deceased')} = ?))`;
    const [where, values] = holder
      ? [
          [theirs, `${q('national_id')} = ?`],
          [nationalId, nationalId, false, holder],
        ]
      : [[theirs], [nationalId, nationalId, false]];
    const rows = await this.page(sql, PersonDocument, where, values, DOCUMENTS, page);
    return rows.map(documentView);
  }

  /** The vehicles registered in `nationalId`'s name, by plate. */
  async vehicles(em: EntityManager, nationalId: string, page: PageRequest<VehiclePosition>): Promise<Vehicle[]> {
    const sql = new Sql(em);
    const rows = await this.page(sql, Vehicle, [`${sql.q('owner_id')} = ?`], [nationalId], VEHICLES, page);
    return rows.map(vehicleView);
  }

  /** Violations as driver, or on a vehicle of `nationalId`'s, newest first. */
  async violations(em: EntityManager, nationalId: string, unpaidOnly: boolean, page: PageRequest<ViolationPosition>): Promise<Violation[]> {
    const sql = new Sql(em);
    const { q } = sql;
    const where = [`(${q('national_id')} = ? or ${q('plate')} in (select ${q('plate')} from ${sql.table(Vehicle)} where ${q('owner_id')} = ?))`];
    const params: unknown[] = [nationalId, nationalId];
    if (unpaidOnly) {
      // Still owed: an upheld dispute cancelled the violation.
      where.push(`${q('paid')} = ?`, `${q('dispute_status')} <> ?`);
      params.push(false, DisputeStatus.UPHELD);
    }
    return (await this.page(sql, Violation, where, params, VIOLATIONS, page)).map(violationView);
  }

  /** Rows of `entity` matching `where`, a keyset page in `order`. */
  private page(
    sql: Sql,
    entity: abstract new (...args: never[]) => object,
    where: string[],
    params: unknown[],
    order: Order,
    page: PageRequest<readonly unknown[]>,
  ): Promise<Record<string, unknown>[]> {
    const conditions = [...where];
    const values = [...params];
    for (const [position, direction] of [
      [page.from, page.direction],
      [page.to, page.direction === 'forward' ? 'backward' : 'forward'],
    ] as const) {
      if (!position) continue;
      const bound = keysetAfter(order, position, direction, sql.q);
      conditions.push(bound.sql);
      values.push(...bound.params);
    }
    return sql.rows(`select * from ${sql.table(entity)} where ${conditions.join(' and ')} order by ${keysetOrder(order, page.direction, sql.q)} limit ?`, [...values, page.limit + 1]);
  }
}

export const dependentPosition = (p: Person): DependentPosition => [p.dateOfBirth, p.nationalId];
export const documentPosition = (d: PersonDocument): DocumentPosition => [d.expiresOn, d.type, d.id];
export const vehiclePosition = (v: Vehicle): VehiclePosition => [v.plate];
export const violationPosition = (v: Violation): ViolationPosition => [v.issuedOn, v.number];

export function personView(row: Record<string, unknown>): Person {
  return view(Person, {
    nationalId: String(row.national_id),
    kind: row.kind as PersonKind,
    firstNameAr: String(row.first_name_ar),
    fatherNameAr: String(row.father_name_ar),
    grandfatherNameAr: String(row.grandfather_name_ar),
    familyNameAr: String(row.family_name_ar),
    firstNameEn: String(row.first_name_en),
    fatherNameEn: String(row.father_name_en),
    grandfatherNameEn: String(row.grandfather_name_en),
    familyNameEn: String(row.family_name_en),
    dateOfBirth: String(row.date_of_birth),
    gender: row.gender as Gender,
    nationality: String(row.nationality),
    deceased: readBool(row.deceased),
    mobiles: readJson<string[]>(row.mobiles),
    headOfFamilyId: (row.head_of_family_id as string | null) ?? null,
    relationToHead: (row.relation_to_head as RelationKind | null) ?? null,
    sponsorEstablishmentId: (row.sponsor_establishment_id as string | null) ?? null,
    photo: (row.photo as string | null | undefined) ?? null,
  });
}

function documentView(row: Record<string, unknown>): PersonDocument {
  return view(PersonDocument, {
    id: String(row.id),
    nationalId: String(row.national_id),
    type: row.type as DocumentType,
    number: String(row.number),
    issuedOn: String(row.issued_on),
    expiresOn: String(row.expires_on),
    details: row.details == null ? null : readJson<Record<string, string | number>>(row.details),
    status: row.status as RecordedDocumentStatus,
  });
}

function vehicleView(row: Record<string, unknown>): Vehicle {
  return view(Vehicle, {
    plate: String(row.plate),
    ownerId: String(row.owner_id),
    make: String(row.make),
    model: String(row.model),
    year: Number(row.year),
    registrationExpiresOn: String(row.registration_expires_on),
    registrationNumber: (row.registration_number as string | null) ?? null,
    registrationIssuedOn: (row.registration_issued_on as string | null) ?? null,
    insuranceExpiresOn: (row.insurance_expires_on as string | null) ?? null,
    inspectionExpiresOn: (row.inspection_expires_on as string | null) ?? null,
    authorizedDriverId: (row.authorized_driver_id as string | null) ?? null,
    authorizedUntil: (row.authorized_until as string | null) ?? null,
    status: (row.status as VehicleStatus | null) ?? VehicleStatus.ACTIVE,
  });
}

function violationView(row: Record<string, unknown>): Violation {
  return view(Violation, {
    number: String(row.number),
    nationalId: String(row.national_id),
    plate: (row.plate as string | null) ?? null,
    issuedOn: String(row.issued_on),
    type: (row.type as ViolationType | null) ?? null,
    placeAr: (row.place_ar as string | null) ?? null,
    placeEn: (row.place_en as string | null) ?? null,
    amountHalalas: Number(row.amount_halalas),
    paid: readBool(row.paid),
    disputeStatus: row.dispute_status as DisputeStatus,
    pendingRequestId: (row.pending_request_id as string | null) ?? null,
  });
}
