import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { riyadhDate } from '../../shared/clock';
import type { Actor } from '../../shared/context';
import type { Deps } from '../../shared/module';
import { riyals } from '../../shared/money';
import type { Transaction, UnitOfWork } from '../../shared/unit-of-work';
import { Account } from '../identity';
import { NotificationKind } from '../notifications';
import { AlreadyPaid, BILL_VALIDITY_MS, RequestStatus, ServiceRequest } from '../requests';
import type { BillPaid } from '../payments';
import { cardInForce, WalletCardType } from '../wallet/wallet-card';
import type { Card } from '../wallet/wallet.service';
import { CardDelivery } from './card-delivery.entity';
import { CardDeliveryErrors } from './card-delivery.errors';
import { deliveryTexts } from './card-delivery.texts';
import { type CarrierStep, decideStep, deliveryItems, DeliveryStatus, nextStep } from './delivery-rules';

/** What a carrier's report did: recorded, a replay of a step already recorded, out of order, or for no delivery of ours. */
export type StepResult = 'RECORDED' | 'ALREADY_RECORDED' | 'OUT_OF_ORDER' | 'NOT_FOUND';

const openKeyOf = (card: Card) => (card.reference.kind === 'document' ? `D:${card.reference.documentId}` : `V:${card.reference.plate}`);
const STEP_COLUMN: Record<CarrierStep | DeliveryStatus.ORDERED, 'orderedAt' | 'printedAt' | 'outForDeliveryAt' | 'deliveredAt'> = {
  [DeliveryStatus.ORDERED]: 'orderedAt',
  [DeliveryStatus.PRINTED]: 'printedAt',
  [DeliveryStatus.OUT_FOR_DELIVERY]: 'outForDeliveryAt',
  [DeliveryStatus.DELIVERED]: 'deliveredAt',
};
const address = (d: Pick<CardDelivery, 'district' | 'city' | 'postalCode'>) => `${d.district}, ${d.city} ${d.postalCode}`;

/**
 * Postal delivery of issued cards (issue 16): a card issued by a completed request (a renewal or a
 * replacement) or a vehicle registration is delivered to its holder's national address for the
 * published fee, paid as a bill (payments module). Its payment orders it; the carrier's signed
 * callbacks then move it PRINTED → OUT_FOR_DELIVERY → DELIVERED, each step once and in order, each
 * told to the orderer. Collecting at an office instead is an appointment (appointments module).
 */
export class CardDeliveries {
  constructor(private readonly deps: Deps<'clock' | 'random' | 'notifier' | 'payments' | 'wallet'>) {}

  async order(work: UnitOfWork, actor: Actor, cardId: string): Promise<CardDelivery> {
    const now = this.deps.clock.now();
    try {
      return await work.transaction(async (tx) => {
        const card = (await this.deps.wallet.card(tx.em, actor.nationalId, cardId)) ?? CardDeliveryErrors.refuse('cardId', 'CARD_NOT_FOUND');
        if (!cardInForce(card)) CardDeliveryErrors.refuse('cardId', 'CARD_NOT_IN_FORCE', { status: card.status });
        if (card.type !== WalletCardType.VEHICLE_REGISTRATION && !(await this.issuedByRequest(tx.em, card))) CardDeliveryErrors.refuse('cardId', 'NOT_ISSUED_BY_REQUEST');
        const holder = card.holder;
        if (!holder.city || !holder.district || !holder.postalCode) CardDeliveryErrors.refuse('cardId', 'NO_NATIONAL_ADDRESS');
        const openKey = openKeyOf(card);
        await this.closeUnpaid(tx, openKey, now);
        const open = await tx.em.findOne(CardDelivery, { openKey });
        if (open) CardDeliveryErrors.refuse('cardId', 'DELIVERY_ALREADY_ORDERED', { trackingNumber: open.trackingNumber });
        const payBy = new Date(now.getTime() + BILL_VALIDITY_MS);
        const delivery = tx.em.create(CardDelivery, {
          trackingNumber: `CD${this.deps.random.digits(10)}`,
          accountId: actor.accountId,
          holderId: holder.nationalId,
          cardType: card.type,
          cardNumber: card.number,
          documentId: card.reference.kind === 'document' ? card.reference.documentId : null,
          plate: card.plate,
          openKey,
          status: DeliveryStatus.AWAITING_PAYMENT,
          payBy,
          city: holder.city!,
          district: holder.district!,
          postalCode: holder.postalCode!,
          createdAt: now,
        });
        // Flushed here, so that a second order of the same card at the same moment fails on openKey, not later.
        await tx.em.flush();
        const bill = await this.deps.payments.issueFor(tx, {
          subjectId: delivery.id,
          accountId: actor.accountId,
          items: deliveryItems(card.type === WalletCardType.VEHICLE_REGISTRATION),
          payBy,
          reference: delivery.trackingNumber,
          link: '/wallet',
        });
        delivery.billNumber = bill.number;
        const account = await tx.em.findOneOrFail(Account, actor.accountId);
        await this.deps.notifier.notify(tx, account, {
          kind: NotificationKind.DOCUMENT_STATUS,
          ...deliveryTexts.ordered,
          params: {
            number: card.number ?? card.plate ?? '',
            address: address(delivery),
            bill: bill.number,
            amount: riyals(bill.amountHalalas),
            due: riyadhDate(payBy),
            trackingNumber: delivery.trackingNumber,
          },
          localizedParams: { card: deliveryTexts.cardNames[card.type] },
          link: '/wallet',
          reference: delivery.trackingNumber,
          at: now,
        });
        return delivery;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        const em = work.em.fork();
        const card = await this.deps.wallet.card(em, actor.nationalId, cardId);
        const open = card ? await em.findOne(CardDelivery, { openKey: openKeyOf(card) }) : null;
        CardDeliveryErrors.refuse('cardId', 'DELIVERY_ALREADY_ORDERED', { trackingNumber: open?.trackingNumber ?? '' });
      }
      throw error;
    }
  }

  /** A delivery left unpaid past its bill's time is cancelled (its bill withdrawn), so the card can be ordered again. */
  private async closeUnpaid(tx: Transaction, openKey: string, now: Date): Promise<void> {
    const stale = await tx.em.findOne(CardDelivery, { openKey, status: DeliveryStatus.AWAITING_PAYMENT, payBy: { $lt: now } });
    if (!stale) return;
    try {
      await this.deps.payments.withdrawFor(tx, stale.id);
    } catch (error) {
      // Paid at the last moment: the delivery stands (the reaction orders it).
      if (error instanceof AlreadyPaid) return;
      throw error;
    }
    await tx.em.nativeUpdate(CardDelivery, { id: stale.id, status: DeliveryStatus.AWAITING_PAYMENT }, { status: DeliveryStatus.CANCELLED, openKey: null });
  }

  /** Whether a completed request (a renewal or a replacement) issued this document as it is now. */
  private async issuedByRequest(em: EntityManager, card: Card): Promise<boolean> {
    const done = await em.find(ServiceRequest, { beneficiaryId: card.holderId, status: RequestStatus.COMPLETED }, { fields: ['result'] });
    return done.some((r) => r.result?.documentType === card.type && r.result?.documentNumber === card.number);
  }

  /** The fee's bill was paid (in the paying transaction): the delivery is ordered from the carrier. */
  async paid(tx: Transaction, event: BillPaid): Promise<void> {
    const delivery = await tx.em.findOne(CardDelivery, { id: event.bill.requestId });
    if (!delivery) return;
    if (!(await tx.em.nativeUpdate(CardDelivery, { id: delivery.id, status: DeliveryStatus.AWAITING_PAYMENT }, { status: DeliveryStatus.ORDERED, orderedAt: event.at }))) return;
    await this.tell(tx, delivery, DeliveryStatus.ORDERED, event.at);
  }

  /**
   * The carrier reports a step (the signed callback, or the development button): recorded only when
   * it is the next one, by a conditional update from the step before, so a replay or two reports at
   * once record it once; a step already passed changes nothing; a skipped one is refused.
   */
  async step(work: UnitOfWork, trackingNumber: string, reported: CarrierStep): Promise<StepResult> {
    const now = this.deps.clock.now();
    return work.transaction(async (tx) => {
      const delivery = await tx.em.findOne(CardDelivery, { trackingNumber });
      if (!delivery) return 'NOT_FOUND';
      const decision = decideStep(delivery.status, reported);
      if (decision !== 'RECORD') return decision;
      const previous = TRACKING_BEFORE[reported];
      const changes: Partial<CardDelivery> = { status: reported, [STEP_COLUMN[reported]]: now };
      if (reported === DeliveryStatus.DELIVERED) changes.openKey = null;
      if (!(await tx.em.nativeUpdate(CardDelivery, { id: delivery.id, status: previous }, changes))) {
        const current = await tx.em.findOneOrFail(CardDelivery, delivery.id, { refresh: true });
        return decideStep(current.status, reported) === 'ALREADY_RECORDED' ? 'ALREADY_RECORDED' : 'OUT_OF_ORDER';
      }
      await this.tell(tx, delivery, reported, now);
      return 'RECORDED';
    });
  }

  /** The development button: the caller's own delivery, one step on. */
  async advanceInDevelopment(work: UnitOfWork, actor: Actor, deliveryId: string): Promise<CardDelivery> {
    const delivery = (await work.em.findOne(CardDelivery, { id: deliveryId, accountId: actor.accountId })) ?? CardDeliveryErrors.refuse('deliveryId', 'DELIVERY_NOT_FOUND');
    const next = nextStep(delivery.status) ?? CardDeliveryErrors.refuse('deliveryId', 'NOTHING_TO_ADVANCE', { status: delivery.status });
    const result = await this.step(work, delivery.trackingNumber, next);
    if (result !== 'RECORDED') CardDeliveryErrors.refuse('deliveryId', 'NOTHING_TO_ADVANCE', { status: delivery.status });
    return work.em.findOneOrFail(CardDelivery, delivery.id, { refresh: true });
  }

  /** The caller's deliveries (ordered by them), newest first. */
  mine(em: EntityManager, actor: Actor, limit: number): Promise<CardDelivery[]> {
    return em.find(CardDelivery, { accountId: actor.accountId }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit });
  }

  private async tell(tx: Transaction, delivery: CardDelivery, step: keyof typeof deliveryTexts.steps, at: Date): Promise<void> {
    const account = await tx.em.findOne(Account, delivery.accountId);
    if (!account) return;
    await this.deps.notifier.notify(tx, account, {
      kind: NotificationKind.DOCUMENT_STATUS,
      ...deliveryTexts.steps[step],
      params: { number: delivery.cardNumber ?? delivery.plate ?? '', address: address(delivery), trackingNumber: delivery.trackingNumber },
      localizedParams: { card: deliveryTexts.cardNames[delivery.cardType] },
      link: '/wallet',
      reference: delivery.trackingNumber,
      at,
    });
  }
}

const TRACKING_BEFORE: Record<CarrierStep, DeliveryStatus> = {
  [DeliveryStatus.PRINTED]: DeliveryStatus.ORDERED,
  [DeliveryStatus.OUT_FOR_DELIVERY]: DeliveryStatus.PRINTED,
  [DeliveryStatus.DELIVERED]: DeliveryStatus.OUT_FOR_DELIVERY,
};
