import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Access, Actor } from '../../shared/access';
import type { Context } from '../../shared/context';
import { rateLimitedError } from '../security';
import type { Deps } from '../../shared/module';
import { maskNationalId } from '../../shared/normalize';
import { DigitalIdHolderFacts, DigitalIdRefusal } from './digital-id.service';
import { DigitalIdErrors } from './digital-id.errors';
import { DigitalId, DigitalIdHolder, DigitalIdOfflineCopyResult, DigitalIdVerification } from './digital-id.types';

function holderOf({ person, document }: DigitalIdHolderFacts): DigitalIdHolder {
  return {
    fullNameAr: person.fullNameAr,
    fullNameEn: person.fullNameEn,
    maskedNationalId: maskNationalId(person.nationalId),
    kind: person.kind,
    nationality: person.nationality,
    dateOfBirth: person.dateOfBirth,
    gender: person.gender,
    documentType: document?.type ?? null,
    documentIssuedOn: document?.issuedOn ?? null,
    documentExpiresOn: document?.expiresOn ?? null,
  };
}

@Resolver()
export class DigitalIdResolver {
  constructor(private readonly deps: Deps<'digitalIds'>) {}

  @Access('signedIn')
  @Query(() => DigitalId, { description: "The signed-in person's digital ID, freshly signed (every signed-in person has one)." })
  async digitalId(@Actor() actor: Actor, @Ctx() ctx: Context): Promise<DigitalId> {
    const issued = await this.deps.digitalIds.issue(ctx.work.em, actor.nationalId);
    return {
      token: issued.token,
      qrSvg: issued.qrSvg,
      issuedAt: issued.issuedAt,
      expiresAt: issued.expiresAt,
      holder: holderOf(issued.holder),
      photo: issued.holder.person.photo ?? null,
    };
  }

  @Access('signedIn')
  @Query(() => DigitalIdOfflineCopyResult, {
    description:
      "The signed-in person's offline copy of their digital ID, freshly signed: valid a day, for the device to keep and show without a network (refresh it while online). Refused while their ID or iqama is not in force.",
  })
  async digitalIdOfflineCopy(@Actor() actor: Actor, @Ctx() ctx: Context): Promise<DigitalIdOfflineCopyResult> {
    return DigitalIdErrors.attempt(ctx.lang, async () => {
      const issued = await this.deps.digitalIds.issueOfflineCopy(ctx.work.em, actor.nationalId);
      return {
        offlineCopy: {
          token: issued.token,
          qrSvg: issued.qrSvg,
          issuedAt: issued.issuedAt,
          expiresAt: issued.expiresAt,
          holder: holderOf(issued.holder),
          photo: issued.holder.person.photo ?? null,
        },
      };
    });
  }

  @Access('anyone')
  @Query(() => DigitalIdVerification, {
    description: 'Checks a scanned digital ID or its offline copy (no sign-in needed; `offlineCopy` says which). Anyone can do the same offline with the keys at `/.well-known/jwks.json`.',
  })
  async verifyDigitalId(
    @Arg('token', () => String, { description: 'The token from the QR code.' }) token: string,
    @Arg('nationalId', () => String, {
      nullable: true,
      description: 'A number the holder states or shows, to confirm it is theirs (a few checks per token; then RATE_LIMITED).',
    })
    nationalId: string | null,
    @Ctx() ctx: Context,
  ): Promise<DigitalIdVerification> {
    // A token is at most a few kilobytes; anything larger is not one of ours and is not parsed.
    const check = token.length > 8192 ? null : await this.deps.digitalIds.verify(ctx.work.em, token, nationalId);
    if (!check || !check.valid) {
      return {
        valid: false,
        reason: check?.reason ?? DigitalIdRefusal.MALFORMED,
        holder: null,
        offlineCopy: null,
        issuedAt: null,
        expiresAt: null,
        documentValid: null,
        documentStatus: null,
        nationalIdMatches: null,
      };
    }
    if (check.checksExhaustedFor !== null) throw rateLimitedError(ctx.lang, check.checksExhaustedFor);
    return {
      valid: true,
      reason: null,
      holder: holderOf(check.holder),
      offlineCopy: check.offlineCopy,
      issuedAt: check.issuedAt,
      expiresAt: check.expiresAt,
      documentValid: check.documentValid,
      documentStatus: check.documentStatus,
      nationalIdMatches: check.nationalIdMatches,
    };
  }
}
