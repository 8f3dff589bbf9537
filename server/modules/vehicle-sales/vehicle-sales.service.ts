import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { addMs, riyadhDate } from '../../shared/clock';
import { Language, localize, type Localized } from '../../shared/i18n';
import { riyals } from '../../shared/money';
import type { Deps } from '../../shared/module';
import { normalizeDigits, parseNationalId } from '../../shared/normalize';
import type { Transaction, UnitOfWork } from '../../shared/unit-of-work';
import type { Actor } from '../../shared/context';
import { NotificationKind } from '../notifications';
import { normalizePlateText, Person, Vehicle, Violation, DisputeStatus } from '../registry';
import { AlreadyPaid, BILL_VALIDITY_MS } from '../requests';
import type { BillPaid } from '../payments';
import { escrowItems, MAX_VEHICLES_PER_RESIDENT, priceRefusal, SaleFacts, saleRefusals, SaleRefusalCode } from './sale-rules';
import { closingReasons, vehicleSaleMessages, VehicleSaleErrors } from './vehicle-sales.errors';
import { saleTexts } from './vehicle-sales.texts';
import { SellerPayout, VehicleSale, VehicleSaleRole, VehicleSaleStatus } from './vehicle-sale.entity';

export interface OfferInput {
  plate: string;
  buyerNationalId: string;
  /** Whole riyals. */
  price: number;
}

const OPEN = [VehicleSaleStatus.OFFERED, VehicleSaleStatus.AWAITING_PAYMENT];

/** The words for a sale's `reasonCode`, whichever list it comes from. */
export function reasonText(code: string): Localized | null {
  return (closingReasons as Record<string, Localized>)[code] ?? (vehicleSaleMessages as Record<string, Localized>)[code] ?? null;
}

/** The values a refusal's words speak of. */
export const refusalParams = (code: string): Record<string, number> => (code === 'BUYER_VEHICLE_LIMIT' ? { maximum: MAX_VEHICLES_PER_RESIDENT } : {});

const vehicleName = (sale: VehicleSale) => `${sale.make} ${sale.model} ${sale.year}`;
export const saleLink = (sale: Pick<VehicleSale, 'reference'>) => `/vehicles/sales/${sale.reference}`;

/**
 * Vehicle sales through an escrow bill. The seller offers, the buyer accepts (an escrow bill of the
 * price and the published fees is issued), and paying that bill moves the vehicle, in the paying
 * transaction (`BillPaid`). The rules are checked at the offer, again at acceptance and again at
 * payment; refused at payment, the bill is refunded in full. A cancellation and a payment landing
 * together are decided by one conditional update on the bill's row: exactly one wins.
 */
export class VehicleSales {
  constructor(private readonly deps: Deps<'config' | 'clock' | 'random' | 'notifier' | 'payments' | 'rateLimits' | 'authorisations'>) {}

  /**
   * The seller offers one of their vehicles to a buyer's ID for a price. Offers count towards the
   * account's submissions: each one tells the buyer by SMS, and offering and cancelling in a loop
   * must not become a way to flood a number.
   */
  async offer(work: UnitOfWork, actor: Actor, input: OfferInput, lang: Language): Promise<{ sale: VehicleSale }> {
    await this.deps.rateLimits.consume('submission-account', actor.accountId, lang);
    const price = priceRefusal(input.price);
    if (price) VehicleSaleErrors.refuse('price', price.code, price);
    const buyerId = parseNationalId(normalizeDigits(input.buyerNationalId.slice(0, 20)));
    if (!buyerId) VehicleSaleErrors.refuse('buyerNationalId', 'BUYER_ID_INVALID');
    if (buyerId === actor.nationalId) VehicleSaleErrors.refuse('buyerNationalId', 'BUYER_IS_SELLER');
    const plate = normalizePlateText(input.plate.slice(0, 20));
    const now = this.deps.clock.now();
    try {
      return await work.transaction(async (tx) => {
        const vehicle = (await tx.em.findOne(Vehicle, { plate, ownerId: actor.nationalId })) ?? VehicleSaleErrors.refuse('plate', 'VEHICLE_NOT_FOUND');
        await this.expireOverdue(tx, { plate });
        if (await tx.em.count(VehicleSale, { openKey: plate })) VehicleSaleErrors.refuse('plate', 'OFFER_ALREADY_OPEN');
        // The buyer's holdings are not the seller's to learn: the buyer's rules are checked when the buyer acts.
        this.refuseIf(await this.refusals(tx.em, { plate, sellerId: actor.nationalId, buyerId: null }), 'plate');
        const sale = tx.em.create(VehicleSale, {
          reference: await this.newReference(tx.em, now),
          plate,
          make: vehicle.make,
          model: vehicle.model,
          year: vehicle.year,
          sellerId: actor.nationalId,
          buyerId: buyerId!,
          priceHalalas: input.price * 100,
          status: VehicleSaleStatus.OFFERED,
          openKey: plate,
          offeredAt: now,
        });
        // Flushed here so that a parallel offer of the same vehicle fails on the unique open key now.
        await tx.em.flush();
        await this.deps.notifier.notifyPerson(tx, sale.buyerId, {
          kind: NotificationKind.VEHICLE_SALE,
          ...saleTexts.offered,
          params: { vehicle: vehicleName(sale), plate, price: riyals(sale.priceHalalas), reference: sale.reference },
          link: saleLink(sale),
          reference: sale.reference,
          at: now,
        });
        return { sale };
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) VehicleSaleErrors.refuse('plate', 'OFFER_ALREADY_OPEN');
      throw error;
    }
  }

  /** The buyer accepts: the rules are checked again and the escrow bill is issued to the buyer. */
  async accept(work: UnitOfWork, actor: Actor, saleId: string): Promise<{ sale: VehicleSale }> {
    const now = this.deps.clock.now();
    return work.transaction(async (tx) => {
      const sale = (await tx.em.findOne(VehicleSale, { id: saleId, buyerId: actor.nationalId })) ?? VehicleSaleErrors.refuse('saleId', 'SALE_NOT_FOUND');
      if (sale.status !== VehicleSaleStatus.OFFERED) VehicleSaleErrors.refuse('saleId', 'SALE_CLOSED');
      this.refuseIf(await this.refusals(tx.em, { plate: sale.plate, sellerId: sale.sellerId, buyerId: sale.buyerId }), 'saleId');
      const payBy = addMs(now, BILL_VALIDITY_MS);
      const accepted = await tx.em.nativeUpdate(VehicleSale, { id: sale.id, status: VehicleSaleStatus.OFFERED }, { status: VehicleSaleStatus.AWAITING_PAYMENT, acceptedAt: now, payBy });
      if (!accepted) VehicleSaleErrors.refuse('saleId', 'SALE_CLOSED');
      const bill = await this.deps.payments.issueFor(tx, {
        subjectId: sale.id,
        accountId: actor.accountId,
        items: escrowItems(sale.priceHalalas),
        payBy,
        reference: sale.reference,
        link: saleLink(sale),
      });
      await tx.em.nativeUpdate(VehicleSale, { id: sale.id }, { billNumber: bill.number });
      const params = { vehicle: vehicleName(sale), plate: sale.plate, reference: sale.reference };
      const common = { kind: NotificationKind.VEHICLE_SALE, link: saleLink(sale), reference: sale.reference, at: now };
      await this.deps.notifier.notifyPerson(tx, sale.sellerId, { ...common, ...saleTexts.accepted, params });
      await this.deps.notifier.notifyPerson(tx, sale.buyerId, {
        ...common,
        ...saleTexts.escrowBill,
        params: { ...params, bill: bill.number, amount: riyals(bill.amountHalalas), due: riyadhDate(payBy) },
      });
      return { sale: await tx.em.findOneOrFail(VehicleSale, sale.id, { refresh: true }) };
    });
  }

  /**
   * Either side cancels before payment (the buyer's cancellation is a decline). An escrow bill is
   * withdrawn in the same transaction; when its payment landed first, the payment wins and the
   * cancellation is refused.
   */
  async cancel(work: UnitOfWork, actor: Actor, saleId: string): Promise<{ sale: VehicleSale }> {
    const now = this.deps.clock.now();
    try {
      return await work.transaction(async (tx) => {
        const sale = (await this.mine(tx.em, actor.nationalId, saleId)) ?? VehicleSaleErrors.refuse('saleId', 'SALE_NOT_FOUND');
        const side = sale.sellerId === actor.nationalId ? VehicleSaleRole.SELLER : VehicleSaleRole.BUYER;
        const reasonCode = side === VehicleSaleRole.SELLER ? 'SELLER_CANCELLED' : 'BUYER_DECLINED';
        if (sale.status === VehicleSaleStatus.COMPLETED || sale.status === VehicleSaleStatus.REJECTED) VehicleSaleErrors.refuse('saleId', 'SALE_ALREADY_PAID');
        if (sale.status === VehicleSaleStatus.CANCELLED) VehicleSaleErrors.refuse('saleId', 'SALE_CLOSED');
        // Throws AlreadyPaid (below) when the bill was paid first; an offer not yet accepted has no bill.
        await this.deps.payments.withdrawFor(tx, sale.id);
        const closed = await this.close(tx, sale, VehicleSaleStatus.CANCELLED, reasonCode, now);
        if (!closed) {
          // Accepted or paid meanwhile: decided again on what it is now.
          const current = await tx.em.findOneOrFail(VehicleSale, sale.id, { refresh: true });
          if (current.status !== VehicleSaleStatus.AWAITING_PAYMENT) VehicleSaleErrors.refuse('saleId', current.status === VehicleSaleStatus.CANCELLED ? 'SALE_CLOSED' : 'SALE_ALREADY_PAID');
          await this.deps.payments.withdrawFor(tx, sale.id);
          if (!(await this.close(tx, current, VehicleSaleStatus.CANCELLED, reasonCode, now))) VehicleSaleErrors.refuse('saleId', 'SALE_ALREADY_PAID');
        }
        const other = side === VehicleSaleRole.SELLER ? sale.buyerId : sale.sellerId;
        await this.deps.notifier.notifyPerson(tx, other, {
          kind: NotificationKind.VEHICLE_SALE,
          ...saleTexts.cancelled,
          params: { reference: sale.reference, plate: sale.plate },
          localizedParams: { reason: closingReasons[reasonCode] },
          link: saleLink(sale),
          reference: sale.reference,
          at: now,
        });
        return { sale: await tx.em.findOneOrFail(VehicleSale, sale.id, { refresh: true }) };
      });
    } catch (error) {
      if (error instanceof AlreadyPaid) VehicleSaleErrors.refuse('saleId', 'SALE_ALREADY_PAID');
      throw error;
    }
  }

  /**
   * The escrow bill was paid (in the paying transaction): the rules are checked a last time; then the
   * vehicle moves to the buyer with its insurance link and driver authorisation ended, and the price
   * is owed to the seller. Refused, the sale is rejected and the bill refunded in full.
   */
  async paid(tx: Transaction, event: BillPaid): Promise<void> {
    const sale = await tx.em.findOne(VehicleSale, { id: event.bill.requestId });
    if (!sale) return;
    const now = event.at;
    // On PostgreSQL, two sales to one resident paid at once: the second waits for the first's count.
    if (this.deps.config.database.kind === 'postgresql') await tx.em.findOne(Person, sale.buyerId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const refusals = await this.refusals(tx.em, { plate: sale.plate, sellerId: sale.sellerId, buyerId: sale.buyerId });
    const params = { vehicle: vehicleName(sale), plate: sale.plate, reference: sale.reference, price: riyals(sale.priceHalalas) };
    const common = { kind: NotificationKind.VEHICLE_SALE, link: saleLink(sale), reference: sale.reference, at: now };
    const moved =
      !refusals.length &&
      (await tx.em.nativeUpdate(Vehicle, { plate: sale.plate, ownerId: sale.sellerId }, { ownerId: sale.buyerId, insuranceExpiresOn: null, authorizedDriverId: null, authorizedUntil: null })) === 1;
    // The old owner's driver authorisations end with the ownership.
    if (moved) await this.deps.authorisations.endDriversOf(tx.em, sale.plate, now);
    if (!moved) {
      const code: SaleRefusalCode = refusals[0] ?? 'VEHICLE_NOT_FOUND';
      await this.close(tx, sale, VehicleSaleStatus.REJECTED, code, now);
      await this.deps.payments.refundFor(tx, sale.id, sale.reference, saleLink(sale), saleTexts.refundOwed);
      const words = vehicleSaleMessages[code];
      const reason = { ar: localize(words, Language.AR, refusalParams(code)), en: localize(words, Language.EN, refusalParams(code)) };
      for (const who of [sale.sellerId, sale.buyerId]) {
        await this.deps.notifier.notifyPerson(tx, who, { ...common, ...saleTexts.rejected, params, localizedParams: { reason } });
      }
      return;
    }
    await this.close(tx, sale, VehicleSaleStatus.COMPLETED, null, now);
    tx.em.create(SellerPayout, { saleId: sale.id, sellerId: sale.sellerId, amountHalalas: sale.priceHalalas, createdAt: now });
    await tx.em.flush();
    await this.deps.notifier.notifyPerson(tx, sale.buyerId, { ...common, ...saleTexts.soldToBuyer, params });
    await this.deps.notifier.notifyPerson(tx, sale.sellerId, { ...common, ...saleTexts.soldBySeller, params });
  }

  /** The caller's sales on one side, newest first; sales whose bill ran out are closed first. */
  async list(work: UnitOfWork, actor: Actor, role: VehicleSaleRole | null): Promise<VehicleSale[]> {
    const where =
      role === VehicleSaleRole.SELLER
        ? { sellerId: actor.nationalId }
        : role === VehicleSaleRole.BUYER
          ? { buyerId: actor.nationalId }
          : { $or: [{ sellerId: actor.nationalId }, { buyerId: actor.nationalId }] };
    await work.transaction((tx) => this.expireOverdue(tx, where));
    return work.em.find(VehicleSale, where, { orderBy: { offeredAt: 'desc', id: 'desc' }, refresh: true });
  }

  /** The caller's sales among `ids` (as a seller or a buyer): what `node(id:)` may show them. */
  async mineByIds(em: EntityManager, nationalId: string, ids: readonly string[]): Promise<(VehicleSale | null)[]> {
    const found = await em.find(VehicleSale, { id: { $in: [...ids] }, $or: [{ sellerId: nationalId }, { buyerId: nationalId }] });
    return ids.map((id) => found.find((s) => s.id === id) ?? null);
  }

  /** The payouts of some sales, for their seller only. */
  payoutsOf(em: EntityManager, sellerId: string, saleIds: readonly string[]): Promise<SellerPayout[]> {
    return em.find(SellerPayout, { saleId: { $in: [...saleIds] }, sellerId });
  }

  private mine(em: EntityManager, nationalId: string, saleId: string): Promise<VehicleSale | null> {
    return em.findOne(VehicleSale, { id: saleId, $or: [{ sellerId: nationalId }, { buyerId: nationalId }] }, { refresh: true });
  }

  /** Closes an open sale (one conditional update: false when it was no longer open). */
  private async close(tx: Transaction, sale: VehicleSale, status: VehicleSaleStatus, reasonCode: string | null, now: Date): Promise<boolean> {
    const from = status === VehicleSaleStatus.CANCELLED ? sale.status : VehicleSaleStatus.AWAITING_PAYMENT;
    if (!OPEN.includes(from)) return false;
    return (await tx.em.nativeUpdate(VehicleSale, { id: sale.id, status: from }, { status, reasonCode, closedAt: now, openKey: null })) === 1;
  }

  /** Accepted sales whose escrow bill ran out unpaid are cancelled (and their bill withdrawn), freeing the vehicle. */
  private async expireOverdue(tx: Transaction, where: object): Promise<void> {
    const now = this.deps.clock.now();
    const overdue = await tx.em.find(VehicleSale, { $and: [where, { status: VehicleSaleStatus.AWAITING_PAYMENT, payBy: { $lt: now } }] });
    for (const sale of overdue) {
      try {
        await this.deps.payments.withdrawFor(tx, sale.id);
      } catch (error) {
        // Paid at the last moment: the payment completed (or refused) it in its own transaction.
        if (error instanceof AlreadyPaid) continue;
        throw error;
      }
      await this.close(tx, sale, VehicleSaleStatus.CANCELLED, 'BILL_EXPIRED', now);
    }
  }

  private refuseIf(refusals: SaleRefusalCode[], field: string): void {
    if (refusals.length) VehicleSaleErrors.refuse(field, refusals[0], refusalParams(refusals[0]));
  }

  /** The registry's facts for a sale and the rules they break; with no buyer, the seller's side only. */
  private async refusals(em: EntityManager, who: { plate: string; sellerId: string; buyerId: string | null }): Promise<SaleRefusalCode[]> {
    // One after the other: the statements share the transaction's connection.
    const owned = await em.count(Vehicle, { plate: who.plate, ownerId: who.sellerId });
    const unpaidViolations = await em.count(Violation, { plate: who.plate, paid: false, disputeStatus: { $ne: DisputeStatus.UPHELD } });
    const seller = await em.findOne(Person, who.sellerId, { refresh: true });
    const buyer = who.buyerId ? await em.findOne(Person, who.buyerId, { refresh: true }) : null;
    const facts: SaleFacts = {
      sellerOwns: owned === 1,
      unpaidViolations,
      sellerServicesSuspended: seller?.servicesSuspended ?? true,
      buyer: buyer ? { kind: buyer.kind, vehiclesOwned: await em.count(Vehicle, { ownerId: buyer.nationalId }) } : null,
    };
    return saleRefusals(facts);
  }

  private async newReference(em: EntityManager, now: Date): Promise<string> {
    for (;;) {
      const reference = `VS-${riyadhDate(now).slice(0, 4)}-${this.deps.random.digits(8)}`;
      if (!(await em.count(VehicleSale, { reference }))) return reference;
    }
  }
}
