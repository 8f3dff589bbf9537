import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import type { Logger } from 'pino';
import type { Config, SsoConfig } from '../config';
import { demoPeople, type DemoPerson } from '../modules/registry';

/**
 * A development identity provider, so that "Sign in with the national SSO" works on a plain
 * `npm start`: a real OpenID Connect provider (`oidc-provider`, a dev dependency loaded with a
 * dynamic import, so a production install without dev dependencies never needs it) on its own
 * port on 127.0.0.1, whose users are the demo registry's people, chosen on a page that lists them.
 * Everything about it — keys, cookie keys, the portal's client secret — is made anew at each start
 * and lives in memory only. It runs only in development and only while `SSO_ISSUER` is unset.
 */

export const DEV_SSO_CLIENT_ID = 'absher-portal-dev';
/** Scopes the portal asks for; `national_id` releases the claim the portal matches to the registry. */
const SCOPE = 'openid profile national_id';
const NATIONAL_ID_CLAIM = 'national_id';

export interface DevSsoProvider {
  /** `http://127.0.0.1:<port>`. */
  issuer: string;
  /** The portal's SSO settings pointing at it. */
  sso: SsoConfig;
  /** The same settings as `SSO_*` variables, for processes that read the environment (cluster workers). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** Development, and no real provider configured (`SSO_ISSUER` unset): never in test or production. */
export function wantsDevSsoProvider(config: Pick<Config, 'env' | 'sso'>): boolean {
  return config.env === 'development' && !config.sso;
}

/** The provider's account id (its `sub`) for a person: stable, and not the national ID itself. */
const accountIdOf = (person: DemoPerson) => `demo-person-${person.nationalId}`;

export async function startDevSsoProvider(options: { publicUrl: string; port?: number }): Promise<DevSsoProvider> {
  // Dynamic: only development ever loads oidc-provider (a dev dependency).
  const { default: Provider } = await import('oidc-provider');
  const people = demoPeople();
  const byAccountId = new Map(people.map((person) => [accountIdOf(person), person]));
  const portal = new URL(options.publicUrl);
  const redirectUri = `${options.publicUrl}/auth/sso/callback`;
  const clientSecret = randomBytes(32).toString('base64url');

  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  // Its pages load nothing and may post only to itself; the redirects that follow lead to the portal.
  const pageCsp = `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${portal.origin}; frame-ancestors 'none'; base-uri 'none'`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: DEV_SSO_CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'dev-sso-1', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], profile: ['name'], national_id: [NATIONAL_ID_CLAIM] },
    // The national ID travels in the ID token, as national providers do.
    conformIdTokenClaims: false,
    ttl: { IdToken: 600, AccessToken: 600, AuthorizationCode: 60, Grant: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}` },
    // Its own error page: bilingual, and nothing loaded from elsewhere.
    async renderError(ctx: KoaContextWithOIDC, out: { error?: string; error_description?: string }) {
      ctx.type = 'html';
      ctx.set('content-security-policy', pageCsp);
      ctx.body = errorPage(out);
    },
    async findAccount(_ctx: KoaContextWithOIDC, id: string) {
      const person = byAccountId.get(id);
      if (!person) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, name: person.nameEn, [NATIONAL_ID_CLAIM]: person.nationalId }) };
    },
    // The portal is this provider's only client: what it asks for is granted without a consent page.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope(String(ctx.oidc.params!.scope ?? 'openid'));
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const handle = provider.callback();

  server.on('request', (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/(?:login|abort))?$/.exec(req.url ?? '');
    if (!match) return handle(req, res);
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (req.method === 'GET' && !match[2]) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': pageCsp });
          return res.end(pickPage(details.uid, people));
        }
        if (req.method !== 'POST') return res.writeHead(405, { allow: 'GET, POST' }).end();
        if (match[2] === '/abort') {
          return await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled the sign-in.' }, { mergeWithLastSubmission: false });
        }
        const nationalId = new URLSearchParams(await readBody(req)).get('nationalId');
        const person = people.find((p) => p.nationalId === nationalId);
        if (!person) return res.writeHead(400, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': pageCsp }).end(errorPage({ error: 'unknown_person' }));
        await provider.interactionFinished(req, res, { login: { accountId: accountIdOf(person) } }, { mergeWithLastSubmission: false });
      } catch (error) {
        // An expired or unknown interaction (e.g. a page reloaded after finishing): start again.
        if (res.headersSent) return res.end();
        res.writeHead(400, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': pageCsp });
        res.end(errorPage({ error: 'invalid_interaction', error_description: error instanceof Error ? error.message : String(error) }));
      }
    })();
  });

  const sso: SsoConfig = { issuer, clientId: DEV_SSO_CLIENT_ID, clientSecret, redirectUri, nationalIdClaim: NATIONAL_ID_CLAIM, scope: SCOPE };
  return {
    issuer,
    sso,
    env: { SSO_ISSUER: issuer, SSO_CLIENT_ID: DEV_SSO_CLIENT_ID, SSO_CLIENT_SECRET: clientSecret, SSO_REDIRECT_URI: redirectUri, SSO_NATIONAL_ID_CLAIM: NATIONAL_ID_CLAIM, SSO_SCOPE: SCOPE },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A form post of a few fields; anything longer is not this page's. */
function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 4096) req.destroy(new Error('body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PAGE_STYLE = `
  body { font: 16px/1.5 system-ui, "Segoe UI", Tahoma, sans-serif; margin: 0; color: #1b1b1b; background: #f5f7f6; }
  header { background: #1d3f6e; color: #fff; padding: 16px 24px; }
  header h1 { margin: 0; font-size: 22px; }
  header p { margin: 4px 0 0; }
  main { max-width: 760px; margin: 0 auto; padding: 16px 24px; }
  ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
  li button { width: 100%; display: grid; grid-template-columns: 1fr 1fr auto; gap: 12px; align-items: center; text-align: start; font: inherit; padding: 12px 16px; border: 1px solid #b9c4cf; border-radius: 8px; background: #fff; color: inherit; cursor: pointer; }
  li button:hover { border-color: #1d3f6e; }
  button:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
  .en { direction: ltr; text-align: left; }
  .id { font-family: ui-monospace, Menlo, Consolas, monospace; color: #3d4a57; }
  .cancel { margin-top: 16px; font: inherit; padding: 8px 20px; border: 1px solid #6b7785; border-radius: 8px; background: transparent; color: #1b1b1b; cursor: pointer; }
  @media (max-width: 600px) { li button { grid-template-columns: 1fr; gap: 2px; } .en, .id { text-align: right; } }
`;

/** What the provider answers when a request to it is wrong (e.g. an expired sign-in). */
function errorPage(out: { error?: string; error_description?: string }): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>تعذّر الدخول · Sign-in failed</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><h1>الدخول الوطني الموحّد — مزوّد تجريبي · <span lang="en" dir="ltr">National SSO — development provider</span></h1></header>
<main>
  <h2>تعذّر الدخول؛ ابدأ من جديد من البوابة. · <span lang="en" dir="ltr">Sign-in failed; start again from the portal.</span></h2>
  <p dir="ltr" lang="en"><code>${escapeHtml(out.error ?? 'error')}</code> ${escapeHtml(out.error_description ?? '')}</p>
</main>
</body>
</html>`;
}

/** The provider's sign-in page: every demo person, one button each; Arabic first, English beside it. */
function pickPage(uid: string, people: DemoPerson[]): string {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const rows = people
    .map(
      (p) => `<li><button type="submit" name="nationalId" value="${escapeHtml(p.nationalId)}">
  <span class="ar" lang="ar">${escapeHtml(p.nameAr)}</span>
  <span class="en" lang="en" dir="ltr">${escapeHtml(p.nameEn)}</span>
  <span class="id" dir="ltr">${escapeHtml(p.nationalId)}</span>
</button></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>الدخول الوطني الموحّد (تجريبي) · National SSO (development)</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
  <h1>الدخول الوطني الموحّد — مزوّد تجريبي · <span lang="en" dir="ltr">National SSO — development provider</span></h1>
  <p>اختر الشخص الذي تريد الدخول باسمه من السجل التجريبي. · <span lang="en" dir="ltr">Choose the demo registry person to sign in as.</span></p>
</header>
<main>
  <form method="post" action="${action}/login">
    <h2 id="people-title">أشخاص السجل التجريبي · <span lang="en" dir="ltr">Demo registry people</span></h2>
    <ul aria-labelledby="people-title">
${rows}
    </ul>
  </form>
  <form method="post" action="${action}/abort">
    <button class="cancel" type="submit">إلغاء · <span lang="en" dir="ltr">Cancel</span></button>
  </form>
</main>
</body>
</html>`;
}

/**
 * `npm start`'s hook (server/main.ts): in development without `SSO_ISSUER`, starts the development
 * provider and returns it; otherwise null. A development run without dev dependencies (no
 * oidc-provider) serves without SSO and says why.
 */
export async function devSsoProviderFor(config: Config, log: Logger): Promise<DevSsoProvider | null> {
  if (!wantsDevSsoProvider(config)) return null;
  try {
    const provider = await startDevSsoProvider({ publicUrl: config.publicUrl });
    log.info({ issuer: provider.issuer }, 'development national SSO provider (SSO_ISSUER is unset): its users are the demo registry');
    return provider;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    log.warn('development national SSO provider not started: oidc-provider (a dev dependency) is not installed; the SSO path is off');
    return null;
  }
}
