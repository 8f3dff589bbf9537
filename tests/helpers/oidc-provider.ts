import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

export const SSO_CLIENT_ID = 'absher-portal';
export const SSO_CLIENT_SECRET = 'test-sso-client-secret-0123456789abcdef';

/** Changes the ID token of a token response on its way to the portal, as an attacker in the middle would. */
export type IdTokenTamper = (payload: JWTPayload) => { payload: JWTPayload; signWith?: 'provider' | 'foreign' };

export interface TestProvider {
  /** The issuer the portal is pointed at (a front that forwards to the real provider). */
  issuer: string;
  /** The national ID the next interaction logs in (the provider's user store holds one user per ID). */
  logInAs(nationalId: string | null): void;
  /** While set, every ID token the token endpoint returns is rewritten and re-signed. */
  tamper: IdTokenTamper | null;
  /** How many token responses were rewritten (a tamper test proves it ran). */
  tampered: number;
  stop(): Promise<void>;
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A free loopback port (the portal's redirect URI must be known before it starts). */
export async function freePort(): Promise<number> {
  const server = http.createServer();
  const port = await listen(server);
  await close(server);
  return port;
}

/**
 * A real OpenID Connect provider (`oidc-provider` 8) on a loopback port, with one user per
 * national ID carrying it in the `national_id` claim, and an interaction that logs in whoever
 * `logInAs` named without a form. In front of it sits a forwarding proxy on another port: the
 * issuer; it can rewrite ID tokens in token responses (other key, audience, nonce), which is how
 * the tests play a man in the middle or a provider that signs with the wrong key.
 */
export async function startTestProvider(options: {
  redirectUri: string;
  idTokenTtlSeconds?: number;
  /** Register the portal for `private_key_jwt` with this public key instead of a client secret. */
  clientPublicJwk?: JWK;
  /** Release the national ID only at the userinfo endpoint, not in the ID token. */
  nationalIdInUserinfoOnly?: boolean;
}): Promise<TestProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'provider-key-1', alg: 'RS256', use: 'sig' };
  // Same kid, other key: what a forged token would carry.
  const foreignKey = (await generateKeyPair('RS256', { extractable: true })).privateKey;

  const front = http.createServer();
  const frontPort = await listen(front);
  const issuer = `http://127.0.0.1:${frontPort}`;
  let nextUser: string | null = null;

  const configuration: Configuration = {
    clients: [
      {
        client_id: SSO_CLIENT_ID,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        ...(options.clientPublicJwk
          ? { token_endpoint_auth_method: 'private_key_jwt', token_endpoint_auth_signing_alg: 'ES256', jwks: { keys: [options.clientPublicJwk] } }
          : { token_endpoint_auth_method: 'client_secret_basic', client_secret: SSO_CLIENT_SECRET }),
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-provider-cookie-key-0123456789'] },
    claims: { openid: ['sub'], national_id: ['national_id'] },
    // By default the national ID travels in the ID token, as national providers do.
    conformIdTokenClaims: options.nationalIdInUserinfoOnly ?? false,
    ttl: { IdToken: options.idTokenTtlSeconds ?? 3600, AccessToken: 600, AuthorizationCode: 60, Grant: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: KoaContextWithOIDC, id: string) {
      const nationalId = id.replace(/^user-/, '');
      return { accountId: id, claims: async () => ({ sub: id, national_id: nationalId }) };
    },
    // First-party test client: consent is granted silently for what was asked.
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
  const backend = http.createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void (async () => {
        try {
          await provider.interactionDetails(req, res);
          if (!nextUser) throw new Error('logInAs() was not called');
          await provider.interactionFinished(req, res, { login: { accountId: `user-${nextUser}` } }, { mergeWithLastSubmission: false });
        } catch (error) {
          res.writeHead(500).end(String(error));
        }
      })();
      return;
    }
    handle(req, res);
  });
  const backendPort = await listen(backend);

  const state: TestProvider = {
    issuer,
    tamper: null,
    tampered: 0,
    logInAs(nationalId) {
      nextUser = nationalId;
    },
    async stop() {
      await close(front);
      await close(backend);
    },
  };

  async function rewrite(body: string): Promise<string> {
    const json = JSON.parse(body) as { id_token?: string };
    if (!json.id_token || !state.tamper) return body;
    const { payload, signWith = 'provider' } = state.tamper(decodeJwt(json.id_token));
    const header = decodeProtectedHeader(json.id_token);
    json.id_token = await new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: header.kid }).sign(signWith === 'provider' ? privateKey : foreignKey);
    state.tampered += 1;
    return JSON.stringify(json);
  }

  front.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const upstream = http.request({ host: '127.0.0.1', port: backendPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (c: Buffer) => parts.push(c));
        answer.on('end', () => {
          void (async () => {
            let body = Buffer.concat(parts);
            const headers = { ...answer.headers };
            if (req.url?.startsWith('/token') && answer.statusCode === 200) {
              body = Buffer.from(await rewrite(body.toString('utf8')));
              headers['content-length'] = String(body.length);
            }
            res.writeHead(answer.statusCode ?? 502, headers).end(body);
          })();
        });
      });
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(Buffer.concat(chunks));
    });
  });

  return state;
}

/**
 * A browser without a browser: follows redirects by hand and keeps cookies per host and port,
 * so every hop (portal → provider → portal) can be inspected or replayed.
 */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, string>>();
  constructor(public language = 'en') {}

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(new URL(origin).host)?.get(name);
  }

  setCookie(origin: string, name: string, value: string | null): void {
    const host = new URL(origin).host;
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    if (value === null) cookies.delete(name);
    else cookies.set(name, value);
    this.jar.set(host, cookies);
  }

  async get(url: string): Promise<Response> {
    return this.send(url, {});
  }

  /** Submits a form (`application/x-www-form-urlencoded`), as a browser does from a page. */
  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.send(url, { method: 'POST', body: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  private async send(url: string, init: { method?: string; body?: string; headers?: Record<string, string> }): Promise<Response> {
    const host = new URL(url).host;
    const cookies = [...(this.jar.get(host) ?? new Map<string, string>()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { 'accept-language': this.language, ...(cookies ? { cookie: cookies } : {}), ...init.headers } });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && new Date(a.split('=')[1]).getTime() < Date.now()));
      this.setCookie(url, name, expired || value === '' ? null : value);
    }
    return res;
  }

  /** Follows redirects from `url` until one points at `stopAt` (not requested); returns that URL. */
  async followUntil(url: string, stopAt: string): Promise<string> {
    let current = url;
    for (let hop = 0; hop < 15; hop += 1) {
      const res = await this.get(current);
      await res.arrayBuffer();
      const location = res.headers.get('location');
      if (!location) throw new Error(`no redirect from ${new URL(current).pathname} (HTTP ${res.status})`);
      const next = new URL(location, current).href;
      if (next.startsWith(stopAt)) return next;
      current = next;
    }
    throw new Error('too many redirects');
  }
}
