import { isIP } from 'node:net';
import path from 'node:path';

/**
 * Every setting the server reads, parsed and validated once. `loadConfig` fails fast with every
 * problem listed; nothing else reads `process.env`. The README's configuration table mirrors this.
 */
export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** The address people reach the portal at: token issuer and links in e-mails. */
  publicUrl: string;
  database: { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string };
  dataDir: string;
  sms: { gateway: 'outbox' } | { gateway: 'webhook'; url: string; secret: string };
  email: { transport: 'outbox'; from: string } | { transport: 'smtp'; url: string; from: string };
  /** The human check (image or audio code, and a proof of work) on register, login and password reset. */
  captcha: boolean;
  /** The proof of work's most attempts (ALTCHA counter), tuned for ~0.5 s on a phone; see proof-of-work.ts. */
  proofOfWorkMaxNumber: number;
  /** JSON array of private JWKs (first signs, all verify); absent → generated into dataDir/keys (not in production). */
  jwtPrivateKeys?: string;
  /** HMAC keys for one-time codes and captchas (first computes, all verify); absent → generated (not in production). */
  appSecrets?: string[];
  accessTokenTtlSeconds: number;
  /** How long a digital ID's QR code verifies; the card renews it before then. */
  digitalIdTtlSeconds: number;
  /** Lifetime of a digital ID's offline copy (the card kept on the device for when it has no network). */
  digitalIdOfflineTtlSeconds: number;
  session: { idleMinutes: number; absoluteHours: number };
  demoData: boolean;
  termsVersion: string;
  logLevel: string;
  /**
   * Which proxies in front of the server are trusted to say who the client is: `false` (none: the
   * socket's address is the client), a hop count, or the proxies' addresses/CIDRs. Never "all".
   */
  trustProxy: TrustProxy;
  payments: 'dev' | 'gateway';
  paymentCallbackSecret?: string;
  /** `dev`: the development button decides disputes; `agency`: only the traffic department's signed callback does. */
  disputeDecisions: 'dev' | 'agency';
  /** Keys the traffic department signs its dispute decisions with (the first is current, all verify); empty → no callback route. */
  agencyCallbackSecrets: string[];
  /**
   * How a person who lost their phone gets an office's one-time recovery code: `dev` (the default outside
   * production; refused in production) lets the `issueOfficeRecoveryCodeInDevelopment` button stand in for
   * the officer; `office` only the offices' signed callback issues codes.
   */
  officeRecovery: 'dev' | 'office';
  /** Keys the civil-affairs and passports offices sign recovery-code callbacks with (first current, all verify); empty → no route. */
  officeCallbackSecrets: string[];
  /** `dev`: the development button advances a card delivery; `post`: only the postal carrier's signed callback does (issue 16). */
  cardDeliveryUpdates: 'dev' | 'post';
  /** Keys the postal carrier signs delivery tracking callbacks with (first current, all verify); empty → no callback route. */
  deliveryCallbackSecrets: string[];
  /** Origins allowed by CORS besides those every non-production server allows (see http/cors.ts). */
  corsOrigins: string[];
  introspection: boolean;
  /** When set, `/metrics` answers only `Authorization: Bearer <token>`; production serves no metrics without it. */
  metricsToken?: string;
  /** Apply pending migrations at start; otherwise refuse to serve until `npm run db:migrate`. */
  autoMigrate: boolean;
  /** Redis for state shared by instances (rate-limit counters, session revocations); absent → in memory. */
  redisUrl?: string;
  /** Processes to run on this machine (node cluster); 1 = just this one. */
  workers: number;
  /**
   * Overrides of abuse limits (`RATE_LIMITS=name=points/seconds,…`) over the defaults in
   * modules/security/rate-limit-policy.ts, which checks the names when the app is built.
   */
  rateLimits: Record<string, { points: number; seconds: number }>;
  /** National single sign-on (OpenID Connect relying party); absent → the SSO path is off. */
  sso?: SsoConfig;
}

export interface SsoConfig {
  /** The provider's issuer URL; its `/.well-known/openid-configuration` is read on first use. */
  issuer: string;
  clientId: string;
  /** `client_secret_basic` when set; otherwise `privateKey` signs a `private_key_jwt` assertion. */
  clientSecret?: string;
  /** A private JWK (JSON) for `private_key_jwt`. */
  privateKey?: string;
  /** Must be registered at the provider exactly: `<PUBLIC_URL>/auth/sso/callback`. */
  redirectUri: string;
  /** The ID token (or userinfo) claim that carries the 10-digit national ID / iqama number. */
  nationalIdClaim: string;
  scope: string;
}

export type TrustProxy = false | number | string[];

/** The named ranges proxy-addr (Fastify's trust check) knows, besides addresses and CIDRs. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * `TRUST_PROXY`: unset/`false` → no proxy; `N` → the N nearest hops are proxies; a list of addresses,
 * CIDRs or named ranges → those are proxies. `true` would make the left-most `X-Forwarded-For` entry —
 * which the client writes — the client's address, so it is refused with what to write instead.
 */
export function parseTrustProxy(raw: string | undefined): { value: TrustProxy; problem?: string } {
  const v = raw?.trim().toLowerCase();
  if (v === undefined || v === '' || ['false', '0', 'off', 'no'].includes(v)) return { value: false };
  if (['true', 'on', 'yes'].includes(v)) {
    return {
      value: false,
      problem:
        'TRUST_PROXY=true would let every client choose its address (X-Forwarded-For is written by the client). Write the number of proxies in front of the server (TRUST_PROXY=1 behind one load balancer) or their addresses (TRUST_PROXY=10.0.0.0/8,127.0.0.1)',
    };
  }
  if (/^\d{1,2}$/.test(v)) return { value: Number(v) };
  const entries = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = entries.filter((entry) => {
    if (NAMED_RANGES.has(entry)) return false;
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    if (!family || rest.length) return true;
    if (prefix === undefined) return false;
    return !/^\d{1,3}$/.test(prefix) || Number(prefix) > (family === 4 ? 32 : 128);
  });
  if (bad.length || !entries.length) {
    return {
      value: false,
      problem: `TRUST_PROXY must be false, a number of proxy hops (1–99) or a comma-separated list of proxy addresses/CIDRs (e.g. 10.0.0.0/8,127.0.0.1); not understood: ${bad.join(', ') || v}`,
    };
  }
  return { value: entries };
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const str = (name: string, fallback?: string) => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? fallback : v;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = str(name, fallback)!;
    if (!(allowed as readonly string[]).includes(v)) problems.push(`${name} must be one of ${allowed.join(', ')} (got "${v}")`);
    return v as T;
  };
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) problems.push(`${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
  const bool = (name: string, fallback: boolean) => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    if (['true', '1', 'on', 'yes'].includes(raw)) return true;
    if (['false', '0', 'off', 'no'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  const url = (name: string, fallback?: string) => {
    const v = str(name, fallback);
    if (v !== undefined) {
      try {
        new URL(v);
      } catch {
        problems.push(`${name} must be an absolute URL`);
      }
    }
    return v;
  };

  const nodeEnv = oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const production = nodeEnv === 'production';
  const port = int('PORT', 4000, 0, 65535);
  const dataDir = path.resolve(str('DATA_DIR', './data')!);

  const databaseUrl = str('DATABASE_URL', 'sqlite:./data/absher.sqlite')!;
  let database: Config['database'];
  if (databaseUrl.startsWith('sqlite:')) {
    const file = databaseUrl.slice('sqlite:'.length);
    database = { kind: 'sqlite', path: file === ':memory:' ? file : path.resolve(file) };
  } else if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    database = { kind: 'postgresql', url: databaseUrl };
  } else {
    problems.push('DATABASE_URL must be sqlite:PATH or postgres://…');
    database = { kind: 'sqlite', path: path.resolve('./data/absher.sqlite') };
  }

  const smsGateway = oneOf('SMS_GATEWAY', ['outbox', 'webhook'] as const, 'outbox');
  let sms: Config['sms'] = { gateway: 'outbox' };
  if (smsGateway === 'webhook') {
    const webhookUrl = url('SMS_WEBHOOK_URL');
    const secret = str('SMS_WEBHOOK_SECRET');
    if (!webhookUrl) problems.push('SMS_WEBHOOK_URL is required when SMS_GATEWAY=webhook');
    if (!secret || secret.length < 16) problems.push('SMS_WEBHOOK_SECRET (16 characters or more) is required when SMS_GATEWAY=webhook');
    sms = { gateway: 'webhook', url: webhookUrl ?? '', secret: secret ?? '' };
  }

  const emailFrom = str('EMAIL_FROM', 'Absher <no-reply@absher.local>')!;
  const emailTransport = oneOf('EMAIL_TRANSPORT', ['outbox', 'smtp'] as const, 'outbox');
  let email: Config['email'] = { transport: 'outbox', from: emailFrom };
  if (emailTransport === 'smtp') {
    const smtpUrl = url('SMTP_URL');
    if (!smtpUrl) problems.push('SMTP_URL is required when EMAIL_TRANSPORT=smtp');
    email = { transport: 'smtp', url: smtpUrl ?? '', from: emailFrom };
  }

  const captcha = oneOf('CAPTCHA', ['on', 'off'] as const, 'on') === 'on';
  if (!captcha && production) problems.push('CAPTCHA=off is refused when NODE_ENV=production');

  const jwtPrivateKeys = str('JWT_PRIVATE_KEYS');
  const appSecrets = str('APP_SECRETS')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (production && !jwtPrivateKeys) problems.push('JWT_PRIVATE_KEYS is required in production (a JSON array of private JWKs)');
  if (production && !appSecrets?.length) problems.push('APP_SECRETS is required in production (comma-separated, 32+ characters each)');
  if (appSecrets?.some((s) => s.length < 32)) problems.push('each of APP_SECRETS must be 32 characters or more');

  const payments = oneOf('PAYMENTS', ['dev', 'gateway'] as const, production ? 'gateway' : 'dev');
  const paymentCallbackSecret = str('PAYMENT_CALLBACK_SECRET');
  if (payments === 'gateway' && production && !paymentCallbackSecret) problems.push('PAYMENT_CALLBACK_SECRET is required when PAYMENTS=gateway');

  const disputeDecisions = oneOf('DISPUTE_DECISIONS', ['dev', 'agency'] as const, production ? 'agency' : 'dev');
  const agencyCallbackSecrets = (str('AGENCY_CALLBACK_SECRETS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (agencyCallbackSecrets.some((s) => s.length < 32)) problems.push('each of AGENCY_CALLBACK_SECRETS must be 32 characters or more');
  const officeRecovery = oneOf('OFFICE_RECOVERY', ['dev', 'office'] as const, production ? 'office' : 'dev');
  // The development button hands a recovery code for any ID to anyone who asks: never in production.
  if (production && officeRecovery === 'dev') problems.push('OFFICE_RECOVERY=dev is refused when NODE_ENV=production (it issues account recovery codes without an office)');
  const officeCallbackSecrets = (str('OFFICE_CALLBACK_SECRETS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (officeCallbackSecrets.some((s) => s.length < 32)) problems.push('each of OFFICE_CALLBACK_SECRETS must be 32 characters or more');
  const cardDeliveryUpdates = oneOf('CARD_DELIVERY_UPDATES', ['dev', 'post'] as const, production ? 'post' : 'dev');
  const deliveryCallbackSecrets = (str('DELIVERY_CALLBACK_SECRETS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (deliveryCallbackSecrets.some((s) => s.length < 32)) problems.push('each of DELIVERY_CALLBACK_SECRETS must be 32 characters or more');
  // Not required at start: without the department's keys no decision can be trusted, so none arrives
  // and disputes stay open (as before decisions existed) until the keys are configured.

  const rateLimits: Config['rateLimits'] = {};
  for (const part of (str('RATE_LIMITS') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z-]+)=(\d{1,9})\/(\d{1,9})$/.exec(part);
    if (!match || Number(match[2]) < 1 || Number(match[3]) < 1) problems.push(`RATE_LIMITS: "${part}" is not name=points/seconds (whole numbers from 1)`);
    else rateLimits[match[1]] = { points: Number(match[2]), seconds: Number(match[3]) };
  }

  let sso: SsoConfig | undefined;
  const ssoIssuer = url('SSO_ISSUER');
  if (ssoIssuer) {
    const clientId = str('SSO_CLIENT_ID');
    const clientSecret = str('SSO_CLIENT_SECRET');
    const privateKey = str('SSO_PRIVATE_KEY');
    const redirectUri = url('SSO_REDIRECT_URI');
    if (!clientId) problems.push('SSO_CLIENT_ID is required when SSO_ISSUER is set');
    if (!clientSecret === !privateKey) problems.push('exactly one of SSO_CLIENT_SECRET and SSO_PRIVATE_KEY (a private JWK) is required when SSO_ISSUER is set');
    if (privateKey) {
      try {
        const jwk: unknown = JSON.parse(privateKey);
        if (typeof jwk !== 'object' || jwk === null || !('d' in jwk)) throw new Error('not a private JWK');
      } catch {
        problems.push('SSO_PRIVATE_KEY must be a private JWK in JSON');
      }
    }
    if (!redirectUri) problems.push('SSO_REDIRECT_URI is required when SSO_ISSUER is set (register <PUBLIC_URL>/auth/sso/callback at the provider)');
    else if (URL.canParse(redirectUri) && new URL(redirectUri).pathname !== '/auth/sso/callback') problems.push('SSO_REDIRECT_URI must end in /auth/sso/callback');
    if (production && (!ssoIssuer.startsWith('https:') || !redirectUri?.startsWith('https:'))) problems.push('SSO_ISSUER and SSO_REDIRECT_URI must be https in production');
    sso = {
      issuer: ssoIssuer,
      clientId: clientId ?? '',
      clientSecret,
      privateKey,
      redirectUri: redirectUri ?? '',
      nationalIdClaim: str('SSO_NATIONAL_ID_CLAIM', 'national_id')!,
      scope: str('SSO_SCOPE', 'openid')!,
    };
    if (!sso.scope.split(' ').includes('openid')) problems.push('SSO_SCOPE must include openid');
  }
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  if (trustProxy.problem) problems.push(trustProxy.problem);

  const workers = int('WORKERS', 1, 1, 64);
  const redisUrl = url('REDIS_URL');
  // Each process would keep its own rate-limit counters (every limit multiplied by the workers) and
  // its own session cache (a logged-out token working on the other worker for seconds).
  if (workers > 1 && !redisUrl) problems.push(`WORKERS=${workers} needs REDIS_URL: without Redis each worker keeps its own rate limits and session revocations (use WORKERS=1, or set REDIS_URL)`);

  const metricsToken = str('METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < 32) problems.push('METRICS_TOKEN must be 32 characters or more');

  const config: Config = {
    env: nodeEnv,
    port,
    // A development server (readable SMS outbox, free payBill, demo people) answers this machine only unless told otherwise.
    host: str('HOST', nodeEnv === 'development' ? '127.0.0.1' : '0.0.0.0')!,
    publicUrl: url('PUBLIC_URL', `http://localhost:${port}`)!.replace(/\/$/, ''),
    database,
    dataDir,
    sms,
    email,
    captcha,
    proofOfWorkMaxNumber: int('PROOF_OF_WORK_MAX_NUMBER', 2000, 1, 10_000_000),
    jwtPrivateKeys,
    appSecrets,
    accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL_SECONDS', 600, 60, 3600),
    digitalIdTtlSeconds: int('DIGITAL_ID_TTL_SECONDS', 300, 10, 900),
    digitalIdOfflineTtlSeconds: int('DIGITAL_ID_OFFLINE_TTL_SECONDS', 86_400, 3600, 3 * 86_400),
    session: { idleMinutes: int('SESSION_IDLE_MINUTES', 30, 5, 24 * 60), absoluteHours: int('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30) },
    demoData: bool('DEMO_DATA', !production),
    termsVersion: str('TERMS_VERSION', '2026-01')!,
    logLevel: str('LOG_LEVEL', nodeEnv === 'test' ? 'warn' : 'info')!,
    trustProxy: trustProxy.value,
    payments,
    paymentCallbackSecret,
    disputeDecisions,
    agencyCallbackSecrets,
    officeRecovery,
    officeCallbackSecrets,
    cardDeliveryUpdates,
    deliveryCallbackSecrets,
    corsOrigins: (str('CORS_ORIGINS') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    introspection: bool('INTROSPECTION', !production),
    workers,
    redisUrl,
    metricsToken,
    autoMigrate: bool('DB_AUTO_MIGRATE', !production),
    rateLimits,
    sso,
  };
  if (problems.length) throw new ConfigError(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  return config;
}

/**
 * What makes a server that is not in production unfit to face the public, in one line for the start
 * of its log; null in production. Without NODE_ENV the server is in development.
 */
export function unsafeDefaultsWarning(config: Config): string | null {
  if (config.env === 'production') return null;
  const risks = [
    config.sms.gateway === 'outbox' && 'every SMS code can be read at /dev/outbox',
    config.payments === 'dev' && 'payBill marks bills paid for free',
    config.disputeDecisions === 'dev' && 'decideDispute decides disputes without the traffic department',
    config.officeRecovery === 'dev' && 'issueOfficeRecoveryCodeInDevelopment issues account recovery codes without an office',
    !config.captcha && 'no image code',
    config.demoData && 'the demo registry is loaded',
    !config.jwtPrivateKeys && 'signing keys are generated in DATA_DIR',
  ].filter((risk): risk is string => typeof risk === 'string');
  return `NODE_ENV=${config.env} is not for the public${risks.length ? `: ${risks.join('; ')}` : ''}. Listening on ${config.host}; set NODE_ENV=production (with its keys) to serve people.`;
}
