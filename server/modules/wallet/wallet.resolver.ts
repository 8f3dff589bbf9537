import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Access, Actor } from '../../shared/access';
import { Cost, COST } from '../../shared/cost';
import type { Context } from '../../shared/context';
import { hijriDate } from '../../shared/dates';
import type { Deps } from '../../shared/module';
import { maskNationalId, parseNationalId } from '../../shared/normalize';
import type { Card, IssuedCard } from './wallet.service';
import { WalletErrors } from './wallet.errors';
import { WalletCard, WalletCardCode, WalletCardCodeResult, WalletCardVerification } from './wallet.types';

export function cardView(card: Card): WalletCard {
  return {
    cardId: card.cardId,
    type: card.type,
    number: card.number,
    issuedOn: card.issuedOn,
    issuedOnHijri: card.issuedOn ? hijriDate(card.issuedOn) : null,
    expiresOn: card.expiresOn,
    expiresOnHijri: hijriDate(card.expiresOn),
    status: card.status,
    holderNameAr: card.holder.fullNameAr,
    holderNameEn: card.holder.fullNameEn,
    holderMaskedNationalId: maskNationalId(card.holder.nationalId),
    plate: card.plate,
  };
}

const codeView = (issued: IssuedCard): WalletCardCode => ({
  token: issued.token,
  qrSvg: issued.qrSvg,
  issuedAt: issued.issuedAt,
  expiresAt: issued.expiresAt,
  offlineCopy: issued.offlineCopy,
  card: cardView(issued.card),
});

@Resolver()
export class WalletResolver {
  constructor(private readonly deps: Deps<'wallet'>) {}

  // Three statements: documents (with the dependents'), vehicles, holders.
  @Access('signedIn')
  @Cost(3 * COST.statement)
  @Query(() => [WalletCard], {
    description: 'Your wallet: every document you hold and those of the people you act for (your dependents), and the registrations of your vehicles, each as a card. Yours first.',
  })
  async walletCards(
    @Actor() actor: Actor,
    @Ctx() ctx: Context,
    @Arg('holderNationalId', () => String, { nullable: true, description: 'Only the cards of this person: yourself or one of your dependents (anyone else: none).' })
    holderNationalId: string | null,
  ): Promise<WalletCard[]> {
    // An ID that is not a valid one matches nobody: an empty list, as for a stranger's.
    const holder = holderNationalId == null ? null : (parseNationalId(holderNationalId) ?? '-');
    return (await this.deps.wallet.cards(ctx.work.em, actor.nationalId, holder)).map(cardView);
  }

  @Access('signedIn')
  @Query(() => WalletCardCodeResult, {
    description:
      "A card's code to show as a QR: the live code (minutes; fetch a new one before it ends), or with `offlineCopy` its offline copy (a day, for the device to keep; refused while the card is not in force). Only for your cards and those of the people you act for.",
  })
  async walletCardCode(
    @Actor() actor: Actor,
    @Ctx() ctx: Context,
    @Arg('cardId', () => ID, { description: 'The card: its `WalletCard.cardId`.' }) cardId: string,
    @Arg('offlineCopy', () => Boolean, { nullable: true, defaultValue: false, description: 'The offline copy (a day) rather than the live code (minutes).' }) offlineCopy: boolean,
  ): Promise<WalletCardCodeResult> {
    return WalletErrors.attempt(ctx.lang, async () => ({ code: codeView(await this.deps.wallet.issue(ctx.work.em, actor.nationalId, cardId, offlineCopy)) }));
  }

  @Access('signedIn')
  @Cost(3 * COST.statement)
  @Query(() => [WalletCardCode], {
    description:
      'Offline copies of every card of your wallet that is in force (a day each), for the device to keep and show without a network; refresh them while online. A card not in force gets none.',
  })
  async walletOfflineCopies(@Actor() actor: Actor, @Ctx() ctx: Context): Promise<WalletCardCode[]> {
    return (await this.deps.wallet.offlineCopies(ctx.work.em, actor.nationalId)).map(codeView);
  }

  @Access('anyone')
  @Query(() => WalletCardVerification, {
    description:
      'Checks a scanned wallet card or its offline copy (no sign-in needed; `offlineCopy` says which), against the registry as it is now: a card reported lost, replaced, cancelled or expired is not valid even when its signature holds. Offline, anyone can check the signature with the keys at `/.well-known/jwks.json`.',
  })
  async verifyWalletCard(@Arg('token', () => String, { description: 'The token from the QR code.' }) token: string, @Ctx() ctx: Context): Promise<WalletCardVerification> {
    const check = await this.deps.wallet.verify(ctx.work.em, token);
    return { ...check, card: check.card ? cardView(check.card) : null };
  }
}
