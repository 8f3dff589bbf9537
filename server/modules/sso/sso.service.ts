import { randomBytes } from 'node:crypto';
import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { importJWK, type JWK } from 'jose';
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
import type { Config, SsoConfig } from '../../config';
import { Clock, ageOn, riyadhDate } from '../../shared/clock';
import type { Actor, RequestMeta } from '../../shared/context';
import { FieldErrors, UserInputError } from '../../shared/errors';
import { Language } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import { maskMobile, maskNationalId, parseNationalId } from '../../shared/normalize';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { AuditEventType, audit } from '../audit';
import { Account, hashPassword, MINIMUM_AGE, parseEmail, USERNAME_PATTERN, type IdentityErrorCode, type SignedIn } from '../identity';
import { Person } from '../registry';
import { Sealer } from '../../shared/sealed';
import { SsoLink } from './sso-link.entity';
import { SsoErrorCode, SsoFailure } from './sso.errors';

/** The flow from `/auth/sso/start` to the callback must finish within this. */
export const TRANSACTION_TTL_SECONDS = 10 * 60;
/** The short registration (or the one-time password for linking) must follow within this. */
export const PENDING_TTL_SECONDS = 15 * 60;
/** The new mobile and its SMS code must follow a recovery proof within this. */
export const RECOVERY_PROOF_TTL_SECONDS = 15 * 60;

/** What a round trip to the provider is for: signing in, or proving who one is to recover an account (modules/account-recovery). */
export type SsoIntent = 'sign-in' | 'recovery';

export interface SsoTransaction {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  intent: SsoIntent;
}

/** A national ID the provider proved, for recovering the account after a lost phone; sealed, short-lived. */
export interface SsoRecoveryProof {
  nationalId: string;
  issuer: string;
  expiresAt: Date;
}

export enum SsoPendingKind {
  /** No account for this person yet: the short registration creates one. */
  REGISTER = 'REGISTER',
  /** An account exists but was never linked: its password, once, links it. */
  LINK = 'LINK',
}

export interface SsoPending {
  kind: SsoPendingKind;
  nationalId: string;
  issuer: string;
  expiresAt: Date;
}

export type CallbackOutcome =
  | { kind: 'signed-in'; signedIn: SignedIn; returnTo: string }
  | { kind: 'pending'; pending: SsoPendingKind; token: string; returnTo: string }
  | { kind: 'recovery'; token: string }
  | { kind: 'failed'; failure: SsoFailure };

export interface SsoRegistrationData {
  token: string;
  username: string;
  email: string;
  emailConfirmation: string;
  preferredLanguage?: Language | null;
  acceptTerms: boolean;
}

type Code = SsoErrorCode | IdentityErrorCode;
const fail = (field: string, code: Code) => new UserInputError([{ field, code }]);

interface Provider {
  configuration: oidc.Configuration;
  withSkew(seconds: number): oidc.Configuration;
}

/** The provider could not be reached or did not describe itself; the portal itself still serves. */
class ProviderUnavailable extends Error {}

/**
 * Only a path on this portal may be returned to after the provider: an absolute URL, `//host` or
 * `/\host` would turn the callback into an open redirect.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.length > 512) return '/';
  return /\p{Cc}/u.test(value) ? '/' : value;
}

/**
 * National single sign-on: this portal is an OpenID Connect relying party (authorization code
 * with PKCE S256, `state`, `nonce`; the ID token's signature, issuer, audience, expiry and nonce
 * are checked by openid-client). The proven national ID is matched to a living registry person
 * aged 17 or more and then to their account.
 *
 * Linking is explicit: an account is opened by SSO only when an `SsoLink` row says its holder
 * agreed — made by the short registration (the account is born linked) or, for an account that
 * existed before, by typing its password once after the first SSO round trip (`link`). Unlinking
 * needs a fresh re-authentication (password and SMS code). Every change is audited.
 *
 * The provider's metadata is discovered on first use, not at start, so the portal serves (and the
 * password path works) while the provider is down; the SSO path then answers with a clear page
 * and tries discovery again on the next attempt.
 */
export class SsoService {
  private provider: Promise<Provider> | null = null;
  private readonly transactions: Sealer;
  private readonly pendings: Sealer;
  private readonly recoveryProofs: Sealer;

  private readonly config: Config;
  private readonly clock: Clock;
  private readonly log: Logger;

  constructor(
    private readonly deps: Deps<'config' | 'clock' | 'log' | 'appSecrets' | 'sessions' | 'identity' | 'accountCare' | 'messenger'>,
    private readonly settings: SsoConfig,
  ) {
    ({ config: this.config, clock: this.clock, log: this.log } = deps);
    this.transactions = new Sealer(deps.appSecrets, 'sso-transaction');
    this.pendings = new Sealer(deps.appSecrets, 'sso-pending');
    this.recoveryProofs = new Sealer(deps.appSecrets, 'sso-recovery');
  }

  /** Where the web client sends a person to log in through the provider. */
  loginUrl(returnTo?: string | null): string {
    const path = safeReturnPath(returnTo);
    return `${this.config.publicUrl}/auth/sso/start${path === '/' ? '' : `?returnTo=${encodeURIComponent(path)}`}`;
  }

  /** Where the web client sends a person who lost their phone to prove who they are through the provider. */
  recoveryUrl(): string {
    return `${this.config.publicUrl}/auth/sso/start?intent=recovery`;
  }

  /** The national ID a recovery proof (from `/recover/sso#token=…`) stands for, or null when it is invalid or expired. */
  async openRecoveryProof(token: string): Promise<SsoRecoveryProof | null> {
    const payload = await this.recoveryProofs.open(token, this.clock.now());
    if (!payload || typeof payload.nid !== 'string' || typeof payload.iss !== 'string' || typeof payload.exp !== 'number') return null;
    return { nationalId: payload.nid, issuer: payload.iss, expiresAt: new Date(payload.exp * 1000) };
  }

  private async providerConfig(): Promise<oidc.Configuration> {
    const provider = await this.discover();
    // The ID token's iat/exp are judged by the app's clock; openid-client freezes its skew into
    // a configuration, so a clock moved by tests gets a configuration of its own.
    const skew = Math.round((this.clock.now().getTime() - Date.now()) / 1000);
    return skew === 0 ? provider.configuration : provider.withSkew(skew);
  }

  private discover(): Promise<Provider> {
    if (!this.provider) {
      const { issuer, clientId, clientSecret, privateKey } = this.settings;
      const attempt = (async (): Promise<Provider> => {
        const auth = clientSecret ? oidc.ClientSecretBasic(clientSecret) : oidc.PrivateKeyJwt(await importPrivateJwk(privateKey!));
        // Plain http only outside production (a loopback provider in tests); config refuses it in production.
        const insecure = issuer.startsWith('http:');
        const prepare = (configuration: oidc.Configuration) => {
          if (insecure) oidc.allowInsecureRequests(configuration);
          // Without this, an ID token from the token endpoint is trusted without checking its signature.
          oidc.enableNonRepudiationChecks(configuration);
          return configuration;
        };
        const configuration = prepare(await oidc.discovery(new URL(issuer), clientId, undefined, auth, { execute: insecure ? [oidc.allowInsecureRequests] : [] }));
        const withSkew = (skew: number) => prepare(new oidc.Configuration(configuration.serverMetadata(), clientId, { [oidc.clockSkew]: skew }, auth));
        return { configuration, withSkew };
      })();
      this.provider = attempt.catch((error: unknown) => {
        this.provider = null;
        this.log.warn({ sso: 'discovery-failed', issuer, error: errorCode(error) }, 'single sign-on provider unreachable');
        throw new ProviderUnavailable();
      });
    }
    return this.provider;
  }

  /** Step 1: the provider's authorization URL and the sealed transaction for the Lax cookie. */
  async start(returnTo: unknown, intent: SsoIntent = 'sign-in'): Promise<{ redirect: string; transaction: string } | { failure: SsoFailure }> {
    let provider: oidc.Configuration;
    try {
      provider = await this.providerConfig();
    } catch {
      return { failure: SsoFailure.UNAVAILABLE };
    }
    const verifier = oidc.randomPKCECodeVerifier();
    const tx: SsoTransaction = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier, returnTo: safeReturnPath(returnTo), intent };
    const url = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: this.settings.redirectUri,
      response_type: 'code',
      scope: this.settings.scope,
      state: tx.state,
      nonce: tx.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    const transaction = await this.transactions.seal({ ...tx }, this.clock.now(), TRANSACTION_TTL_SECONDS);
    return { redirect: url.href, transaction };
  }

  /** Step 2: the provider's answer. Never throws for anything the browser or provider sent. */
  async callback(work: UnitOfWork, query: string, transactionCookie: string | undefined, meta: RequestMeta): Promise<CallbackOutcome> {
    const failed = async (failure: SsoFailure, detail: Record<string, string> = {}): Promise<CallbackOutcome> => {
      // The reason and the library's check name only: never the code, a token or the full ID.
      this.log.warn({ sso: 'callback-refused', reason: failure, ...detail }, 'single sign-on refused');
      await work.transaction(async (tx) => {
        audit(tx.em, { type: AuditEventType.SSO_LOGIN_FAILED, clientAddress: meta.clientAddress, at: this.clock.now(), detail: { reason: failure, ...detail } });
      });
      return { kind: 'failed', failure };
    };

    const opened = transactionCookie ? await this.transactions.open(transactionCookie, this.clock.now()) : null;
    const tx = readTransaction(opened);
    if (!tx) return failed(SsoFailure.TRANSACTION_MISSING);
    const params = new URLSearchParams(query);
    if (params.get('state') !== tx.state) return failed(SsoFailure.STATE_MISMATCH);
    if (params.has('error')) return failed(SsoFailure.PROVIDER_REFUSED, { error: (params.get('error') ?? '').slice(0, 64) });

    let provider: oidc.Configuration;
    try {
      provider = await this.providerConfig();
    } catch {
      return failed(SsoFailure.UNAVAILABLE);
    }
    // The URL the provider redirected to, rebuilt from configuration: the Host header is the
    // browser's to choose and must not decide what `redirect_uri` the code is exchanged for.
    const currentUrl = new URL(this.settings.redirectUri);
    currentUrl.search = params.toString();

    let claims: oidc.IDToken;
    let accessToken: string;
    try {
      const tokens = await oidc.authorizationCodeGrant(provider, currentUrl, {
        pkceCodeVerifier: tx.verifier,
        expectedState: tx.state,
        expectedNonce: tx.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
      accessToken = tokens.access_token;
    } catch (error) {
      if (isNetworkFailure(error)) return failed(SsoFailure.UNAVAILABLE);
      return failed(SsoFailure.TOKEN_REJECTED, { check: errorCode(error) });
    }

    let rawId: unknown = claims[this.settings.nationalIdClaim];
    if (rawId === undefined && provider.serverMetadata().userinfo_endpoint) {
      try {
        const info = await oidc.fetchUserInfo(provider, accessToken, claims.sub);
        rawId = info[this.settings.nationalIdClaim];
      } catch (error) {
        if (isNetworkFailure(error)) return failed(SsoFailure.UNAVAILABLE);
        return failed(SsoFailure.TOKEN_REJECTED, { check: errorCode(error) });
      }
    }
    const nationalId = typeof rawId === 'string' || typeof rawId === 'number' ? parseNationalId(String(rawId)) : null;
    if (!nationalId) return failed(SsoFailure.CLAIM_MISSING);
    const masked = { nationalId: maskNationalId(nationalId) };

    const person = await work.em.findOne(Person, nationalId);
    const refusal = personRefusal(person, this.clock.now());
    if (refusal) return failed(refusal, masked);

    if (tx.intent === 'recovery') {
      // Only the proof: whether an account exists, and what becomes of it, is the recovery's business
      // (modules/account-recovery), after the person names the new mobile.
      const token = await this.recoveryProofs.seal({ nid: nationalId, iss: this.settings.issuer }, this.clock.now(), RECOVERY_PROOF_TTL_SECONDS);
      this.log.info({ sso: 'recovery-proof', ...masked }, 'single sign-on proved an ID for account recovery');
      return { kind: 'recovery', token };
    }

    const account = await work.em.findOne(Account, { person: nationalId });
    if (account && (await work.em.count(SsoLink, { account: account.id }))) {
      const signedIn = await work.transaction(async (t) => {
        const session = await this.deps.sessions.start(t, account, meta);
        audit(t.em, { type: AuditEventType.LOGIN_SUCCEEDED, accountId: account.id, clientAddress: meta.clientAddress, at: this.clock.now(), detail: { via: 'sso' } });
        return { session, account };
      });
      return { kind: 'signed-in', signedIn, returnTo: tx.returnTo };
    }
    const kind = account ? SsoPendingKind.LINK : SsoPendingKind.REGISTER;
    const token = await this.pendings.seal({ kind, nid: nationalId, iss: this.settings.issuer }, this.clock.now(), PENDING_TTL_SECONDS);
    this.log.info({ sso: 'pending', kind, ...masked }, 'single sign-on needs a short step');
    return { kind: 'pending', pending: kind, token, returnTo: tx.returnTo };
  }

  /** What a pending token stands for, or null when it is invalid or expired. */
  async pending(token: string): Promise<SsoPending | null> {
    const payload = await this.pendings.open(token, this.clock.now());
    if (!payload || typeof payload.nid !== 'string' || typeof payload.iss !== 'string' || typeof payload.exp !== 'number') return null;
    if (payload.kind !== SsoPendingKind.REGISTER && payload.kind !== SsoPendingKind.LINK) return null;
    return { kind: payload.kind, nationalId: payload.nid, issuer: payload.iss, expiresAt: new Date(payload.exp * 1000) };
  }

  /** A pending token as the short-registration and link pages show it: first name and masked mobile. */
  async describePending(work: UnitOfWork, token: string, lang: Language): Promise<{ kind: SsoPendingKind; firstName: string; maskedMobile: string; expiresAt: Date } | null> {
    const pending = await this.pending(token);
    if (!pending) return null;
    const person = await work.em.findOne(Person, pending.nationalId);
    if (!person) return null;
    const account = await work.em.findOne(Account, { person: pending.nationalId });
    const mobile = account?.mobile ?? person.mobiles[0];
    return {
      kind: pending.kind,
      firstName: lang === Language.EN ? person.firstNameEn : person.firstNameAr,
      maskedMobile: mobile ? maskMobile(mobile) : '',
      expiresAt: pending.expiresAt,
    };
  }

  private async pendingOrFail(token: string, kind: SsoPendingKind): Promise<SsoPending> {
    const pending = await this.pending(token);
    if (!pending || pending.kind !== kind) throw fail('token', 'SSO_TOKEN_INVALID');
    return pending;
  }

  /**
   * The short registration after a first SSO log-in: the registry gave the ID and the mobile,
   * the person gives a user name, an e-mail, a language and their consent to the terms. The
   * account is born linked. It has no usable password (a random one nobody knows): the password
   * path opens once the holder sets one through "forgotten password".
   */
  async completeRegistration(work: UnitOfWork, input: SsoRegistrationData, meta: RequestMeta): Promise<SignedIn> {
    const pending = await this.pendingOrFail(input.token, SsoPendingKind.REGISTER);
    const errors = new FieldErrors<Code>();
    const username = input.username.trim();
    if (!USERNAME_PATTERN.test(username) || username === pending.nationalId) errors.add('username', 'USERNAME_INVALID');
    const email = parseEmail(input.email);
    if (!email) errors.add('email', 'EMAIL_INVALID');
    else if (parseEmail(input.emailConfirmation) !== email) errors.add('emailConfirmation', 'EMAIL_MISMATCH');
    if (input.acceptTerms !== true) errors.add('acceptTerms', 'TERMS_NOT_ACCEPTED');
    if (!errors.has('username') && (await work.em.count(Account, { usernameKey: username.toLowerCase() }))) errors.add('username', 'USERNAME_TAKEN');
    errors.throwIfAny();

    const lang = input.preferredLanguage ?? meta.lang;
    const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
    try {
      return await work.transaction(async (tx) => {
        const person = await tx.em.findOne(Person, pending.nationalId);
        // The registry may have changed in the minutes since the callback.
        if (personRefusal(person, this.clock.now()) || !person!.mobiles.length) throw fail('token', 'SSO_TOKEN_INVALID');
        if (await tx.em.count(Account, { person: pending.nationalId })) throw fail('token', 'SSO_TOKEN_INVALID');
        const now = this.clock.now();
        const account = tx.em.create(Account, {
          person: person!,
          username,
          usernameKey: username.toLowerCase(),
          email: email!,
          // The first number the telecom operators link to the ID: the provider proved the person, not a phone.
          mobile: person!.mobiles[0],
          passwordHash,
          preferredLanguage: lang,
          termsVersion: this.config.termsVersion,
          termsAcceptedAt: now,
          createdAt: now,
        });
        tx.em.create(SsoLink, { account, issuer: pending.issuer, linkedAt: now });
        const session = await this.deps.sessions.start(tx, account, meta);
        const detail = { nationalId: maskNationalId(person!.nationalId), via: 'sso' };
        audit(tx.em, { type: AuditEventType.REGISTERED, accountId: account.id, clientAddress: meta.clientAddress, at: now, detail });
        audit(tx.em, { type: AuditEventType.SSO_LINKED, accountId: account.id, clientAddress: meta.clientAddress, at: now, detail: { via: 'registration' } });
        this.deps.messenger.email(tx, await this.deps.identity.welcomeEmail(account, person!));
        return { session, account };
      });
    } catch (error) {
      // Two completions racing: the unique indexes stop the second (see verifyRegistration).
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      if (await work.em.fork().count(Account, { person: pending.nationalId })) throw fail('token', 'SSO_TOKEN_INVALID');
      throw fail('username', 'USERNAME_TAKEN');
    }
  }

  /**
   * The explicit link of an account that existed before its holder first used SSO: the
   * provider proved the national ID, the account's password (once) proves the holder wants this
   * account opened by SSO from now on. Wrong passwords are limited like any password check.
   */
  async link(work: UnitOfWork, input: { token: string; password: string }, meta: RequestMeta): Promise<SignedIn> {
    const pending = await this.pendingOrFail(input.token, SsoPendingKind.LINK);
    const account = await work.em.findOne(Account, { person: pending.nationalId }, { populate: ['person'] });
    if (!account || personRefusal(account.person.getEntity(), this.clock.now())) throw fail('token', 'SSO_TOKEN_INVALID');
    await this.deps.accountCare.checkCurrentPassword(account, input.password, 'password', meta);
    try {
      return await work.transaction(async (tx) => {
        const now = this.clock.now();
        if (!(await tx.em.count(SsoLink, { account: account.id }))) {
          tx.em.create(SsoLink, { account: account.id, issuer: pending.issuer, linkedAt: now });
          audit(tx.em, { type: AuditEventType.SSO_LINKED, accountId: account.id, clientAddress: meta.clientAddress, at: now, detail: { via: 'password' } });
        }
        const session = await this.deps.sessions.start(tx, account, meta);
        audit(tx.em, { type: AuditEventType.LOGIN_SUCCEEDED, accountId: account.id, clientAddress: meta.clientAddress, at: now, detail: { via: 'sso' } });
        return { session, account };
      });
    } catch (error) {
      // A parallel link of the same account won: the link exists, but this attempt starts no session.
      if (error instanceof UniqueConstraintViolationException) throw fail('token', 'SSO_TOKEN_INVALID');
      throw error;
    }
  }

  /** Ends the link; needs a re-authentication (password + SMS code) in the last 10 minutes. */
  async unlink(work: UnitOfWork, actor: Actor, meta: RequestMeta): Promise<void> {
    await this.deps.accountCare.requireRecentReauthentication(work, actor);
    await work.transaction(async (tx) => {
      const removed = await tx.em.nativeDelete(SsoLink, { account: actor.accountId });
      if (!removed) throw fail('', 'SSO_NOT_LINKED');
      audit(tx.em, { type: AuditEventType.SSO_UNLINKED, accountId: actor.accountId, clientAddress: meta.clientAddress, at: this.clock.now() });
    });
  }

  async isLinked(em: EntityManager, accountId: string): Promise<boolean> {
    return (await em.count(SsoLink, { account: accountId })) > 0;
  }
}

/** Why a registry record may not log in by SSO, or null when it may (SPEC §1–2 rules). */
export function personRefusal(person: Person | null, now: Date): SsoFailure | null {
  if (!person) return SsoFailure.NOT_IN_REGISTRY;
  if (person.deceased) return SsoFailure.DECEASED;
  if (ageOn(person.dateOfBirth, riyadhDate(now)) < MINIMUM_AGE) return SsoFailure.UNDER_AGE;
  return null;
}

function readTransaction(payload: Record<string, unknown> | null): SsoTransaction | null {
  if (!payload) return null;
  const { state, nonce, verifier, returnTo, intent } = payload;
  if (typeof state !== 'string' || typeof nonce !== 'string' || typeof verifier !== 'string' || typeof returnTo !== 'string') return null;
  return { state, nonce, verifier, returnTo: safeReturnPath(returnTo), intent: intent === 'recovery' ? 'recovery' : 'sign-in' };
}

/** A stable, secret-free name for what failed (openid-client's code, the OAuth error, the claim). */
function errorCode(error: unknown): string {
  if (error instanceof oidc.ResponseBodyError) return `oauth:${error.error}`;
  if (error instanceof oidc.AuthorizationResponseError) return `oauth:${error.error}`;
  if (error instanceof oidc.ClientError) {
    // The claim that failed sits on the wrapped oauth4webapi error's cause.
    const claimOf = (value: unknown): string | null => (value && typeof value === 'object' && 'claim' in value && typeof value.claim === 'string' ? value.claim : null);
    const inner: unknown = error.cause;
    const claim = claimOf(inner) ?? (inner instanceof Error ? claimOf(inner.cause) : null);
    if (claim) return `${error.code ?? 'client'}:${claim}`;
    // oauth4webapi's messages are fixed texts (e.g. "JWT signature verification failed"), never data.
    return inner instanceof Error ? `${error.code ?? 'client'} (${inner.message.slice(0, 80)})` : (error.code ?? 'client');
  }
  if (error instanceof Error) return error.name;
  return 'unknown';
}

function isNetworkFailure(error: unknown): boolean {
  // fetch() rejects with a TypeError when the connection fails; openid-client wraps nothing else in it.
  const inner = error instanceof oidc.ClientError && error.cause instanceof Error ? error.cause : error;
  return inner instanceof TypeError && /fetch failed/i.test(inner.message);
}

async function importPrivateJwk(json: string): Promise<oidc.PrivateKey> {
  const jwk = JSON.parse(json) as JWK;
  const key = await importJWK(jwk, jwk.alg ?? (jwk.kty === 'EC' ? 'ES256' : jwk.kty === 'OKP' ? 'EdDSA' : 'RS256'));
  if (key instanceof Uint8Array) throw new Error('SSO_PRIVATE_KEY is not an asymmetric private key');
  // The kid lets the provider pick the registered public key that verifies the assertion.
  return { key, kid: jwk.kid };
}
