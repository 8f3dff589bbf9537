import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ErrorCode, requestError } from '../../shared/errors';
import { Gender, PersonKind } from '../registry/person.entity';
import type { DigitalIdClaims } from './digital-id-claims';
import { DigitalIdRefusal } from './digital-id.service';
import { DigitalId, DigitalIdHolder, DigitalIdVerification } from './digital-id.types';

function holderOf(c: DigitalIdClaims): DigitalIdHolder {
  return {
    fullNameAr: c.name_ar,
    fullNameEn: c.name_en,
    maskedNationalId: c.id_masked,
    kind: c.kind as PersonKind,
    nationality: c.nationality,
    dateOfBirth: c.birthdate,
    gender: c.gender as Gender,
    documentType: c.doc_type,
    documentIssuedOn: c.doc_issued_on,
    documentExpiresOn: c.doc_expires_on,
  };
}

@Resolver()
export class DigitalIdResolver {
  @Query(() => DigitalId, { nullable: true, description: "The signed-in person's digital ID, freshly signed." })
  async digitalId(@Ctx() ctx: Context): Promise<DigitalId> {
    const issued = await ctx.services.digitalIds.issue(ctx.em, ctx.account!.person.unwrap().nationalId);
    return { token: issued.token, qrSvg: issued.qrSvg, issuedAt: issued.issuedAt, expiresAt: issued.expiresAt, holder: holderOf(issued.claims) };
  }

  @Query(() => DigitalIdVerification, {
    description: 'Checks a scanned digital ID (no sign-in needed). Anyone can do the same offline with the keys at `/.well-known/jwks.json`.',
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
    const check = token.length > 8192 ? null : await ctx.services.digitalIds.verify(token, nationalId);
    if (!check || !check.valid) {
      return { valid: false, reason: check?.reason ?? DigitalIdRefusal.MALFORMED, holder: null, issuedAt: null, expiresAt: null, documentValid: null, nationalIdMatches: null };
    }
    if (check.checksExhaustedFor !== null) throw requestError(ErrorCode.RATE_LIMITED, ctx.lang, { seconds: check.checksExhaustedFor });
    return {
      valid: true,
      reason: null,
      holder: holderOf(check.claims),
      issuedAt: check.issuedAt,
      expiresAt: check.expiresAt,
      documentValid: check.documentValid,
      nationalIdMatches: check.nationalIdMatches,
    };
  }
}
