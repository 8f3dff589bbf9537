import { EntityManager } from '@mikro-orm/core';
import { riyadhDate } from '../../shared/clock';
import type { Actor } from '../../shared/context';
import { UserInputError } from '../../shared/errors';
import type { Language, Localized } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import { maskNationalId, normalizeDigits, parseNationalId } from '../../shared/normalize';
import type { Transaction, UnitOfWork } from '../../shared/unit-of-work';
import { AuditEventType, audit } from '../audit';
import { serviceDefinition, ServiceCode } from '../catalogue';
import { Account } from '../identity';
import { NotificationKind } from '../notifications';
import { Person, Vehicle } from '../registry';
import { Authorisation, AuthorisationKind, AuthorisationRole, AuthorisationStatus } from './authorisation.entity';
import { effectiveStatus, grantRefusals, permits } from './authorisation-rules';
import { AuthorisationErrors } from './authorisations.errors';
import { authorisationTexts } from './authorisations.texts';

export interface GrantInput {
  delegateNationalId: string;
  services: string[];
  startsOn: string;
  endsOn: string;
}

const LINK = '/authorisations';
const joinNames = (names: Localized[]): Localized => ({ ar: names.map((n) => n.ar).join('، '), en: names.map((n) => n.en).join(', ') });
const servicesNames = (a: Authorisation): Localized => joinNames(a.services.map((s) => serviceDefinition(s)?.name ?? { ar: s, en: s }));
const grantorName = (a: Authorisation): Localized => ({ ar: a.grantorNameAr, en: a.grantorNameEn });
const delegateName = (a: Authorisation): Localized => ({ ar: a.delegateNameAr, en: a.delegateNameEn });

/**
 * Authorisations (delegation): a person gives another registered person named e-services to do for
 * them between two dates; the delegate is told and accepts or declines; the grantor revokes at any
 * time; the last day ends it (read from `endsOn`, so it is never stale). Each action is one
 * transaction, and every one is in both people's security history (`myActivity`). The requests
 * module asks `actingFor` before letting a delegate submit for the grantor.
 */
export class Authorisations {
  constructor(private readonly deps: Deps<'clock' | 'notifier' | 'rateLimits'>) {}

  today(): string {
    return riyadhDate(this.deps.clock.now());
  }

  /** One audit event for each side, so both see it in their history. */
  private async auditBoth(em: EntityManager, type: AuditEventType, a: Authorisation, at: Date, clientAddress: string | null, detail: Record<string, string> = {}): Promise<void> {
    const accounts = await em.find(Account, { person: { $in: [a.grantorId, a.delegateId] } });
    for (const account of accounts) {
      audit(em, {
        type,
        accountId: account.id,
        clientAddress: account.person.nationalId === a.grantorId ? clientAddress : null,
        at,
        detail: { grantor: maskNationalId(a.grantorId), delegate: maskNationalId(a.delegateId), ...(a.plate ? { plate: a.plate } : { services: a.services.join(',') }), ...detail },
      });
    }
  }

  /** The grantor gives it: checked, stored PENDING, and the delegate told by SMS. Counts as a submission (each one texts someone). */
  async grant(work: UnitOfWork, actor: Actor, input: GrantInput, meta: { lang: Language; clientAddress?: string | null }): Promise<{ authorisation: Authorisation }> {
    await this.deps.rateLimits.consume('submission-account', actor.accountId, meta.lang);
    const now = this.deps.clock.now();
    const services = [...new Set(input.services)];
    const errors = grantRefusals({ today: this.today(), startsOn: input.startsOn, endsOn: input.endsOn, services });
    const delegateId = parseNationalId(normalizeDigits(input.delegateNationalId.slice(0, 20)));
    if (!delegateId) errors.unshift({ field: 'delegateNationalId', code: 'DELEGATE_ID_INVALID' });
    else if (delegateId === actor.nationalId) errors.unshift({ field: 'delegateNationalId', code: 'SELF_AUTHORISATION' });
    return work.transaction(async (tx) => {
      const delegateAccount = delegateId && delegateId !== actor.nationalId ? await tx.em.findOne(Account, { person: delegateId }) : null;
      const delegate = delegateAccount ? await tx.em.findOne(Person, { nationalId: delegateId!, deceased: false }) : null;
      if (delegateId && delegateId !== actor.nationalId && !delegate) errors.unshift({ field: 'delegateNationalId', code: 'DELEGATE_NOT_REGISTERED' });
      if (errors.length) throw new UserInputError(errors);
      const grantor = await tx.em.findOneOrFail(Person, actor.nationalId);
      const authorisation = tx.em.create(Authorisation, {
        kind: AuthorisationKind.SERVICES,
        grantorId: grantor.nationalId,
        grantorNameAr: grantor.fullNameAr,
        grantorNameEn: grantor.fullNameEn,
        delegateId: delegate!.nationalId,
        delegateNameAr: delegate!.fullNameAr,
        delegateNameEn: delegate!.fullNameEn,
        services: services as ServiceCode[],
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        status: AuthorisationStatus.PENDING,
        createdAt: now,
      });
      await this.deps.notifier.notify(tx, delegateAccount!, {
        kind: NotificationKind.AUTHORISATION,
        ...authorisationTexts.granted,
        params: { startsOn: authorisation.startsOn, endsOn: authorisation.endsOn },
        localizedParams: { grantor: grantorName(authorisation), services: servicesNames(authorisation) },
        link: LINK,
        at: now,
      });
      await this.auditBoth(tx.em, AuditEventType.AUTHORISATION_GRANTED, authorisation, now, meta.clientAddress ?? null);
      return { authorisation };
    });
  }

  /**
   * The delegate accepts or declines a pending one, by one conditional update: of two answers at
   * the same moment exactly one counts. The grantor is told.
   */
  async decide(work: UnitOfWork, actor: Actor, id: string, accept: boolean): Promise<{ authorisation: Authorisation }> {
    const now = this.deps.clock.now();
    return work.transaction(async (tx) => {
      const found = await tx.em.findOne(Authorisation, { id, delegateId: actor.nationalId, kind: AuthorisationKind.SERVICES });
      if (!found) return AuthorisationErrors.refuse('authorisationId', 'AUTHORISATION_NOT_FOUND');
      if (effectiveStatus(found, this.today()) !== AuthorisationStatus.PENDING) AuthorisationErrors.refuse('authorisationId', 'AUTHORISATION_CLOSED');
      const status = accept ? AuthorisationStatus.ACCEPTED : AuthorisationStatus.DECLINED;
      if (!(await tx.em.nativeUpdate(Authorisation, { id, status: AuthorisationStatus.PENDING }, { status, decidedAt: now }))) AuthorisationErrors.refuse('authorisationId', 'AUTHORISATION_CLOSED');
      const authorisation = await tx.em.findOneOrFail(Authorisation, id, { refresh: true });
      await this.deps.notifier.notifyPerson(tx, authorisation.grantorId, {
        kind: NotificationKind.AUTHORISATION,
        ...(accept ? authorisationTexts.accepted : authorisationTexts.declined),
        params: { endsOn: authorisation.endsOn },
        localizedParams: { delegate: delegateName(authorisation), services: servicesNames(authorisation) },
        link: LINK,
        at: now,
      });
      await this.auditBoth(tx.em, accept ? AuditEventType.AUTHORISATION_ACCEPTED : AuditEventType.AUTHORISATION_DECLINED, authorisation, now, null);
      return { authorisation };
    });
  }

  /**
   * The grantor ends one that is pending or in force (a driver authorisation too: the vehicle no
   * longer names that driver). The delegate is told.
   */
  async revoke(work: UnitOfWork, actor: Actor, id: string, clientAddress: string | null): Promise<{ authorisation: Authorisation }> {
    const now = this.deps.clock.now();
    return work.transaction(async (tx) => {
      const found = await tx.em.findOne(Authorisation, { id, grantorId: actor.nationalId });
      if (!found) return AuthorisationErrors.refuse('authorisationId', 'AUTHORISATION_NOT_FOUND');
      const status = effectiveStatus(found, this.today());
      if (status !== AuthorisationStatus.PENDING && status !== AuthorisationStatus.ACCEPTED) AuthorisationErrors.refuse('authorisationId', 'AUTHORISATION_CLOSED');
      const ended = await tx.em.nativeUpdate(
        Authorisation,
        { id, status: { $in: [AuthorisationStatus.PENDING, AuthorisationStatus.ACCEPTED] } },
        { status: AuthorisationStatus.REVOKED, revokedAt: now },
      );
      if (!ended) AuthorisationErrors.refuse('authorisationId', 'AUTHORISATION_CLOSED');
      if (found.kind === AuthorisationKind.VEHICLE_DRIVER && found.plate) await this.clearVehicleDriver(tx.em, found.plate, found.delegateId);
      const authorisation = await tx.em.findOneOrFail(Authorisation, id, { refresh: true });
      await this.deps.notifier.notifyPerson(tx, authorisation.delegateId, {
        kind: NotificationKind.AUTHORISATION,
        ...authorisationTexts.revoked,
        localizedParams: {
          grantor: grantorName(authorisation),
          services: authorisation.plate ? { ar: `قيادة المركبة ${authorisation.plate}`, en: `driving vehicle ${authorisation.plate}` } : servicesNames(authorisation),
        },
        link: LINK,
        at: now,
      });
      await this.auditBoth(tx.em, AuditEventType.AUTHORISATION_REVOKED, authorisation, now, clientAddress);
      return { authorisation };
    });
  }

  /** The vehicle's record of its driver follows the authorisation (registry columns kept for the vehicle's own view). */
  private async clearVehicleDriver(em: EntityManager, plate: string, driverId: string): Promise<void> {
    await em.nativeUpdate(Vehicle, { plate, authorizedDriverId: driverId }, { authorizedDriverId: null, authorizedUntil: null });
  }

  /**
   * The accepted authorisation in force today that lets `delegateId` do `service` for `grantorId`,
   * or null — for a stranger, a pending, declined, revoked or expired one, or one that names other
   * services alike, so the caller's answer can be the same "nothing" in every case.
   */
  async inForce(em: EntityManager, delegateId: string, grantorId: string, service: ServiceCode): Promise<Authorisation | null> {
    const today = this.today();
    const candidates = await em.find(Authorisation, {
      kind: AuthorisationKind.SERVICES,
      delegateId,
      grantorId,
      status: AuthorisationStatus.ACCEPTED,
      startsOn: { $lte: today },
      endsOn: { $gte: today },
    });
    return candidates.find((a) => permits(a, service, today)) ?? null;
  }

  /**
   * A delegate submitted an e-service for the grantor (inside the submission's transaction): the
   * grantor is told, and both have it in their history.
   */
  async recordAct(tx: Transaction, a: Authorisation, service: ServiceCode, reference: string, at: Date, clientAddress: string | null): Promise<void> {
    await this.deps.notifier.notifyPerson(tx, a.grantorId, {
      kind: NotificationKind.AUTHORISATION,
      ...authorisationTexts.actedFor,
      params: { reference },
      localizedParams: { delegate: delegateName(a), service: serviceDefinition(service)?.name ?? { ar: service, en: service } },
      link: LINK,
      reference,
      at,
    });
    const accounts = await tx.em.find(Account, { person: { $in: [a.grantorId, a.delegateId] } });
    for (const account of accounts) {
      audit(tx.em, {
        type: AuditEventType.ACTED_FOR,
        accountId: account.id,
        clientAddress: account.person.nationalId === a.delegateId ? clientAddress : null,
        at,
        detail: { grantor: maskNationalId(a.grantorId), delegate: maskNationalId(a.delegateId), service, reference },
      });
    }
  }

  /**
   * A driver authorisation issued by the `authorizeDriver` e-service (inside its transaction): a
   * record in force at once (the owner's word is enough: the driver is told, not asked), which ends
   * any earlier one for the vehicle.
   */
  async issueDriver(tx: Transaction, owner: Person, driver: Person, plate: string, until: string, reference: string, at: Date): Promise<Authorisation> {
    await tx.em.nativeUpdate(
      Authorisation,
      { kind: AuthorisationKind.VEHICLE_DRIVER, plate, status: { $in: [AuthorisationStatus.PENDING, AuthorisationStatus.ACCEPTED] } },
      { status: AuthorisationStatus.REVOKED, revokedAt: at },
    );
    const authorisation = tx.em.create(Authorisation, {
      kind: AuthorisationKind.VEHICLE_DRIVER,
      grantorId: owner.nationalId,
      grantorNameAr: owner.fullNameAr,
      grantorNameEn: owner.fullNameEn,
      delegateId: driver.nationalId,
      delegateNameAr: driver.fullNameAr,
      delegateNameEn: driver.fullNameEn,
      services: [],
      plate,
      startsOn: riyadhDate(at),
      endsOn: until,
      status: AuthorisationStatus.ACCEPTED,
      createdAt: at,
      decidedAt: at,
      requestReference: reference,
    });
    await this.deps.notifier.notifyPerson(tx, driver.nationalId, {
      kind: NotificationKind.AUTHORISATION,
      ...authorisationTexts.driverAuthorised,
      params: { plate, endsOn: until },
      localizedParams: { grantor: grantorName(authorisation) },
      link: LINK,
      at,
    });
    await this.auditBoth(tx.em, AuditEventType.AUTHORISATION_GRANTED, authorisation, at, null);
    return authorisation;
  }

  /** A vehicle changed hands: its driver authorisations end with the old owner's. */
  async endDriversOf(em: EntityManager, plate: string, at: Date): Promise<void> {
    await em.nativeUpdate(
      Authorisation,
      { kind: AuthorisationKind.VEHICLE_DRIVER, plate, status: { $in: [AuthorisationStatus.PENDING, AuthorisationStatus.ACCEPTED] } },
      { status: AuthorisationStatus.REVOKED, revokedAt: at },
    );
  }

  /** The caller's authorisations, given and received (or one side), newest first. */
  list(em: EntityManager, actor: Actor, role: AuthorisationRole | null): Promise<Authorisation[]> {
    const where =
      role === AuthorisationRole.GRANTOR
        ? { grantorId: actor.nationalId }
        : role === AuthorisationRole.DELEGATE
          ? { delegateId: actor.nationalId }
          : { $or: [{ grantorId: actor.nationalId }, { delegateId: actor.nationalId }] };
    return em.find(Authorisation, where, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  /** The caller's authorisations (either side) among `ids`: what `node(id:)` may show them. */
  async mineByIds(em: EntityManager, nationalId: string, ids: readonly string[]): Promise<(Authorisation | null)[]> {
    const found = await em.find(Authorisation, { id: { $in: [...ids] }, $or: [{ grantorId: nationalId }, { delegateId: nationalId }] });
    return ids.map((id) => found.find((a) => a.id === id) ?? null);
  }
}
