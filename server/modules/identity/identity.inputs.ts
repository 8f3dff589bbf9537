import { Field, ID, InputType } from 'type-graphql';
import { Language } from '../../shared/i18n';

@InputType({ description: 'Everything a person gives to open an account (SPEC §2).' })
export class RegisterInput {
  @Field(() => String, { description: 'National ID (citizens) or iqama number (residents); Arabic-Indic digits and spaces are accepted.' })
  nationalId!: string;

  @Field(() => String, { description: 'Saudi mobile linked to the ID by the telecom operators: 05XXXXXXXX, 5XXXXXXXX, 9665XXXXXXXX or +9665XXXXXXXX.' })
  mobile!: string;

  @Field(() => String, { description: 'User name: 4–20 English characters, starting with a letter; letters, digits, ".", "_" and "-". Unique regardless of case.' })
  username!: string;

  @Field(() => String, { description: 'Password: 8–128 characters, not common, not close to the user name, ID or e-mail.' })
  password!: string;

  @Field(() => String, { description: 'The password again.' })
  passwordConfirmation!: string;

  @Field(() => String, { description: 'E-mail address; a confirmation link is sent to it.' })
  email!: string;

  @Field(() => String, { description: 'The e-mail address again.' })
  emailConfirmation!: string;

  @Field(() => Language, { nullable: true, description: 'Language for the portal, SMS and e-mail. Arabic when omitted.' })
  preferredLanguage?: Language | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The `id` of the image code from `newCaptcha`. Required when `authOptions.captchaRequired` (refused as CAPTCHA_REQUIRED without it); ignored otherwise.',
  })
  captchaId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The 4 digits shown in the image (or spoken at `audioUrl`); Arabic-Indic digits are accepted. Required when `authOptions.captchaRequired`; ignored otherwise.',
  })
  captchaCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The solved proof of work for this image code: the base64 payload the ALTCHA widget produces for `newCaptcha.proofOfWork`. Required while `authOptions.proofOfWorkRequired` is true (error PROOF_OF_WORK_MISSING or PROOF_OF_WORK_INVALID on the field `proofOfWork`).',
  })
  proofOfWork?: string | null;

  @Field(() => Boolean, { description: 'Acceptance of the terms of use and the privacy policy; the version and time are recorded.' })
  acceptTerms!: boolean;
}

@InputType({ description: 'A code received by SMS for a challenge.' })
export class VerifyCodeInput {
  @Field(() => ID, { description: 'The challenge the code was sent for.' })
  challengeId!: string;

  @Field(() => String, { description: 'The 6-digit code from the SMS; Arabic-Indic digits are accepted.' })
  code!: string;
}

@InputType({ description: 'Absher log-in: first factor.' })
export class LoginInput {
  @Field(() => String, { description: 'User name or national ID / iqama number.' })
  identifier!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The `id` of the image code from `newCaptcha`. Required when `authOptions.captchaRequired` (refused as CAPTCHA_REQUIRED without it); ignored otherwise.',
  })
  captchaId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The 4 digits shown in the image (or spoken at `audioUrl`); Arabic-Indic digits are accepted. Required when `authOptions.captchaRequired`; ignored otherwise.',
  })
  captchaCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The solved proof of work for this image code: the base64 payload the ALTCHA widget produces for `newCaptcha.proofOfWork`. Required while `authOptions.proofOfWorkRequired` is true (error PROOF_OF_WORK_MISSING or PROOF_OF_WORK_INVALID on the field `proofOfWork`).',
  })
  proofOfWork?: string | null;
}

@InputType({ description: 'Ask for a new SMS code for the same challenge.' })
export class ResendCodeInput {
  @Field(() => ID, { description: 'The challenge to send a new code for.' })
  challengeId!: string;
}

@InputType({ description: 'Trade a refresh token for a new session pair.' })
export class RefreshSessionInput {
  @Field(() => String, { nullable: true, description: 'The refresh token; when omitted, the HttpOnly refresh cookie is used (web client).' })
  refreshToken?: string | null;
}

@InputType({ description: 'Confirm an e-mail address with the link sent to it.' })
export class ConfirmEmailInput {
  @Field(() => String, { description: 'The `token` parameter of the confirmation link.' })
  token!: string;
}
