import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Language } from '../../shared/i18n';
import { Account, Session } from '../identity';
import { SsoErrors, type SsoError } from './sso.errors';
import { SsoPendingKind } from './sso.service';

registerEnumType(SsoPendingKind, {
  name: 'SsoPendingKind',
  description: 'What is left to do after a national single sign-on that did not sign the person in at once.',
  valuesConfig: {
    REGISTER: { description: 'No account for this ID yet: `completeSsoRegistration` opens one (the short registration).' },
    LINK: { description: 'An account exists but was never linked to SSO: `linkSso` with its password, once, links it.' },
  },
});

@ObjectType({ description: 'A pending national single sign-on step, as the client page shows it.' })
export class SsoPending {
  @Field(() => SsoPendingKind, { description: 'Which step is left.' })
  kind!: SsoPendingKind;

  @Field(() => String, { description: "The person's first name from the registry, in the caller's language." })
  firstName!: string;

  @Field(() => String, { description: 'The mobile the account will use (REGISTER: the first number the registry links to the ID) or uses (LINK), masked.' })
  maskedMobile!: string;

  @Field(() => Date, { description: 'After this the token is refused and SSO must be started again (15 minutes after the callback).' })
  expiresAt!: Date;
}

@InputType({ description: 'The short registration after a first national single sign-on: the provider proved the ID, the registry gives the mobile.' })
export class CompleteSsoRegistrationInput {
  @Field(() => String, { description: 'The `token` from the fragment of `/sso/register#token=…` the callback redirected to. Valid 15 minutes.' })
  token!: string;

  @Field(() => String, { description: 'User name: 4–20 English characters, starting with a letter; letters, digits, ".", "_" and "-". Unique regardless of case.' })
  username!: string;

  @Field(() => String, { description: 'E-mail address; a confirmation link is sent to it.' })
  email!: string;

  @Field(() => String, { description: 'The e-mail address again.' })
  emailConfirmation!: string;

  @Field(() => Language, { nullable: true, description: "Language for the portal, SMS and e-mail; the caller's language when omitted." })
  preferredLanguage?: Language | null;

  @Field(() => Boolean, { description: 'Acceptance of the terms of use and the privacy policy; the version and time are recorded.' })
  acceptTerms!: boolean;
}

@InputType({
  description:
    'The explicit link of an existing account to national single sign-on: after the provider proved the ID, the account password (once) confirms that its holder wants SSO to open it from now on.',
})
export class LinkSsoInput {
  @Field(() => String, { description: 'The `token` from the fragment of `/sso/link#token=…` the callback redirected to. Valid 15 minutes.' })
  token!: string;

  @Field(() => String, { description: "The account's current password." })
  password!: string;
}

@ObjectType({ description: 'Result of `unlinkSso`.' })
export class UnlinkSsoPayload {
  @Field(() => Boolean, { description: 'True when the link was removed: SSO no longer opens this account until it is linked again.' })
  unlinked!: boolean;

  @Field(() => [SsoErrors.type], { description: 'Why nothing changed (re-authentication needed, not linked); empty on success.' })
  errors!: SsoError[];
}

@ObjectType({ description: 'A session opened through national single sign-on, or why there is none.' })
export class SsoAuthPayload {
  @Field(() => Session, { nullable: true, description: 'The new session; the refresh token is also set as an HttpOnly cookie.' })
  session?: Session | null;

  @Field(() => Account, { nullable: true, description: 'The signed-in account.' })
  account?: Account | null;

  @Field(() => [SsoErrors.type], { description: 'Why no session was issued; empty on success.' })
  errors!: SsoError[];
}
