import { Field, ID, ObjectType } from 'type-graphql';
import { IdentityErrors, type IdentityError } from './identity.errors';
import { Account } from './account.entity';

@ObjectType({ description: 'A 4-digit image code, to be typed (or listened to) by a person before registering, logging in or resetting a password.' })
export class Captcha {
  @Field(() => ID, { description: 'Pass as `captchaId`.' })
  id!: string;

  @Field(() => String, { description: 'The image: a `data:image/png;base64,…` URL of 4 digits, distorted differently on every request (240 × 80 pixels).' })
  image!: string;

  @Field(() => String, {
    description:
      'The same digits spoken, for people who cannot see the image: a path on this server; add `?lang=ar` or `?lang=en` (default: the `Accept-Language`). Answers `audio/wav`, rendered anew each time, at most 6 times per image code; 404 once the code is used, expired or unknown.',
  })
  audioUrl!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A proof-of-work challenge bound to this image code (ALTCHA, JSON: `parameters` and `signature`) for the ALTCHA widget to solve; send its payload as `proofOfWork`. Null when `authOptions.proofOfWorkRequired` is false.',
  })
  proofOfWork!: string | null;

  @Field(() => Date, { description: 'After this the code is refused; it is also refused after one use.' })
  expiresAt!: Date;
}

@ObjectType({ description: 'An SMS code was sent (or, for privacy, seems to have been): enter it to continue.' })
export class CodeChallenge {
  @Field(() => ID, { description: 'Pass as `challengeId` with the code.' })
  id!: string;

  @Field(() => Date, { description: 'The current code stops working at this time (5 minutes after sending).' })
  expiresAt!: Date;

  @Field(() => String, { description: 'The mobile the code went to, masked.' })
  maskedMobile!: string;

  @Field(() => Date, { description: 'From this time `resendCode` may send a new code.' })
  resendAvailableAt!: Date;
}

@ObjectType({ description: 'Tokens of a signed-in session.' })
export class Session {
  @Field(() => String, { description: 'JWT (EdDSA) to send as `Authorization: Bearer …`; verifiable with `/.well-known/jwks.json`.' })
  accessToken!: string;

  @Field(() => Date, { description: 'When the access token expires (about 10 minutes); refresh before then.' })
  accessTokenExpiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Opaque refresh token for `refreshSession`, single use. Null when the request sent `X-Refresh-Token: cookie-only` (the web client), which keeps it only in the HttpOnly cookie.',
  })
  refreshToken!: string | null;

  @Field(() => Date, { description: 'When the refresh token expires if unused (idle timeout, capped by the session lifetime).' })
  refreshTokenExpiresAt!: Date;
}

@ObjectType({ description: 'Result of `register`.' })
export class RegisterPayload {
  @Field(() => CodeChallenge, { nullable: true, description: 'The challenge whose SMS code completes the registration; null when `errors` is not empty.' })
  challenge?: CodeChallenge | null;

  @Field(() => [IdentityErrors.type], { description: 'Why the input was refused, field by field; empty on success.' })
  errors!: IdentityError[];

  @Field(() => Boolean, {
    description:
      'Whether this attempt used up the image code (and its proof of work). False when only the input’s own checks failed: correct the fields and send the same image code again. True otherwise: ask `newCaptcha` for another.',
  })
  captchaSpent!: boolean;
}

@ObjectType({ description: 'Result of `login`.' })
export class LoginPayload {
  @Field(() => CodeChallenge, { nullable: true, description: 'The challenge whose SMS code completes the log-in.' })
  challenge?: CodeChallenge | null;

  @Field(() => [IdentityErrors.type], { description: 'Why the log-in was refused; empty on success.' })
  errors!: IdentityError[];

  @Field(() => Boolean, {
    description:
      'Whether this attempt used up the image code (and its proof of work). False when only the input’s own checks failed: correct the fields and send the same image code again. True otherwise: ask `newCaptcha` for another.',
  })
  captchaSpent!: boolean;
}

@ObjectType({ description: 'Result of `resendCode`.' })
export class ResendCodePayload {
  @Field(() => CodeChallenge, { nullable: true, description: 'The challenge, with its new expiry.' })
  challenge?: CodeChallenge | null;

  @Field(() => [IdentityErrors.type], { description: 'Why no code was sent; empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'A signed-in session, or why there is none.' })
export class AuthPayload {
  @Field(() => Session, { nullable: true, description: 'The new session; the refresh token is also set as an HttpOnly cookie.' })
  session?: Session | null;

  @Field(() => Account, { nullable: true, description: 'The signed-in account.' })
  account?: Account | null;

  @Field(() => [IdentityErrors.type], { description: 'Why no session was issued; empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'Result of `logout`.' })
export class LogoutPayload {
  @Field(() => Boolean, { description: 'True: the session (if any) is ended and the refresh cookie cleared.' })
  loggedOut!: boolean;
}

@ObjectType({ description: 'Result of `confirmEmail`.' })
export class ConfirmEmailPayload {
  @Field(() => Boolean, { description: 'Whether the address is now confirmed.' })
  confirmed!: boolean;

  @Field(() => [IdentityErrors.type], { description: 'Why the link was refused; empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'Result of `resendEmailConfirmation`.' })
export class ResendEmailConfirmationPayload {
  @Field(() => Boolean, { description: 'Whether a new confirmation link was sent to the account’s e-mail address.' })
  sent!: boolean;

  @Field(() => [IdentityErrors.type], { description: 'Why nothing was sent (the address is already confirmed); empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'How people may log in on this server.' })
export class AuthOptions {
  @Field(() => Boolean, { description: 'Whether `register`, `login` and `requestPasswordReset` check the image code (false only in automated test environments).' })
  captchaRequired!: boolean;

  @Field(() => Boolean, { description: 'Whether they also need `proofOfWork`, the solved challenge of `newCaptcha.proofOfWork` (on exactly when the image code is).' })
  proofOfWorkRequired!: boolean;

  @Field(() => Boolean, { description: 'Whether the national single sign-on is configured.' })
  ssoEnabled!: boolean;
}
