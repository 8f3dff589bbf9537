import { Field, ID, InputType } from 'type-graphql';
import { Language } from '../../shared/i18n';

@InputType({ description: 'Forgotten password, step 1 (SPEC §3): who you are, the mobile registered to your account, and the image code.' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'National ID or iqama number; Arabic-Indic digits and spaces are accepted.' })
  nationalId!: string;

  @Field(() => String, { description: 'The mobile registered to the account, in any Saudi format.' })
  mobile!: string;

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

@InputType({ description: 'Forgotten password, step 2: the SMS code and the new password.' })
export class ResetPasswordInput {
  @Field(() => ID, { description: 'The challenge from `requestPasswordReset`.' })
  challengeId!: string;

  @Field(() => String, { description: 'The 6-digit code from the SMS.' })
  code!: string;

  @Field(() => String, { description: 'The new password: the same rules as at registration.' })
  newPassword!: string;

  @Field(() => String, { description: 'The new password again.' })
  newPasswordConfirmation!: string;
}

@InputType({ description: 'Change the password of the signed-in account.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The password in use now.' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password: the same rules as at registration.' })
  newPassword!: string;

  @Field(() => String, { description: 'The new password again.' })
  newPasswordConfirmation!: string;
}

@InputType({ description: 'Re-authentication, step 1: the password again.' })
export class ReauthenticateInput {
  @Field(() => String, { description: 'The password of the signed-in account.' })
  password!: string;
}

@InputType({ description: 'Change the e-mail address; needs a re-authentication in the last 10 minutes.' })
export class ChangeEmailInput {
  @Field(() => String, { description: 'The new address; a confirmation link is sent to it.' })
  newEmail!: string;

  @Field(() => String, { description: 'The new address again.' })
  newEmailConfirmation!: string;
}

@InputType({ description: 'Change the registered mobile; needs a re-authentication in the last 10 minutes.' })
export class ChangeMobileInput {
  @Field(() => String, { description: 'The new mobile: one of the numbers the telecom operators link to your ID in the registry.' })
  newMobile!: string;
}

@InputType({ description: 'Confirm a new e-mail address with the link sent to it.' })
export class ConfirmEmailChangeInput {
  @Field(() => String, { description: 'The `token` parameter of the link.' })
  token!: string;
}

@InputType({ description: 'End one of your sessions.' })
export class RevokeSessionInput {
  @Field(() => ID, { description: 'The `id` of the session, from `mySessions`.' })
  id!: string;
}

@InputType({ description: 'The language the portal, SMS, e-mail and error messages use for the signed-in account.' })
export class ChangePreferredLanguageInput {
  @Field(() => Language, { description: 'The new preferred language.' })
  language!: Language;
}
