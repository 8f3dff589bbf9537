import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument } from './gql/graphql';
import { register } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const PUBLIC_URL = 'https://absher.example.test';

describe.each(databases)('access tokens, checked by an independent verifier ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let accessToken: string;
  let accountId: string;
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({ database: kind, env: { PUBLIC_URL } });
    const signedIn = await register(t, {}, t.client());
    accessToken = signedIn.session!.accessToken;
    accountId = signedIn.account!.id;
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('publishes only public keys at /.well-known/jwks.json', async () => {
    const res = await fetch(`${t.url}/.well-known/jwks.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const { keys } = (await res.json()) as { keys: Record<string, string>[] };
    expect(keys.length).toBeGreaterThanOrEqual(1);
    for (const key of keys) {
      expect(key.kid).toBeTruthy();
      expect(['EdDSA', 'ES256']).toContain(key.alg);
      for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) expect(key).not.toHaveProperty(secret);
    }
  });

  it.skipIf(!enabled)('verifies with jose against the fetched JWKS: issuer, audience, EdDSA, kid, at+jwt, claims, ~10 minutes', async () => {
    expect(t.app.services.config.publicUrl).toBe(PUBLIC_URL);
    const jwks = createRemoteJWKSet(new URL(`${t.url}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(accessToken, jwks, {
      issuer: PUBLIC_URL,
      audience: 'absher-api',
      algorithms: ['EdDSA'],
      typ: 'at+jwt',
    });
    expect(protectedHeader.kid).toBeTruthy();
    expect(protectedHeader.typ).toBe('at+jwt');
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(payload.iss).toBe(PUBLIC_URL);
    expect(payload.aud).toBe('absher-api');
    expect(payload.sub).toBe(t.keyOf(accountId));
    expect(payload.sid).toEqual(expect.any(String));
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs(payload.iat! - Date.now() / 1000)).toBeLessThan(60);
    expect(payload.exp! - payload.iat!).toBeGreaterThanOrEqual(540);
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(900);
    // Nothing personal rides along in a token anyone can decode.
    const text = Buffer.from(accessToken.split('.')[1], 'base64url').toString();
    for (const secret of ['1000000008', '+966500000001', 'mohammed@example.sa']) expect(text).not.toContain(secret);
  });

  it.skipIf(!enabled)('is refused by the independent verifier for another issuer, audience or algorithm', async () => {
    const jwks = createRemoteJWKSet(new URL(`${t.url}/.well-known/jwks.json`));
    await expect(jwtVerify(accessToken, jwks, { issuer: 'https://elsewhere.example', audience: 'absher-api' })).rejects.toBeInstanceOf(errors.JWTClaimValidationFailed);
    await expect(jwtVerify(accessToken, jwks, { issuer: PUBLIC_URL, audience: 'absher-email' })).rejects.toBeInstanceOf(errors.JWTClaimValidationFailed);
    await expect(jwtVerify(accessToken, jwks, { issuer: PUBLIC_URL, audience: 'absher-api', algorithms: ['ES256'] })).rejects.toBeInstanceOf(errors.JOSEAlgNotAllowed);
  });

  it.skipIf(!enabled)('is not accepted by the server when tampered with, forged, or signed by a stranger', async () => {
    const api = t.client();
    api.token = accessToken;
    expect((await api.ok(MeDocument)).me!.id).toBe(accountId);

    const [header, payload, signature] = accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const otherPayload = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 3600 })).toString('base64url');
    const { kid } = decodeProtectedHeader(accessToken);
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const stranger = await new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'at+jwt' }).sign(privateKey);
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${payload}.`;
    const flipped = Buffer.from(signature, 'base64url');
    flipped[10] ^= 0x01;
    for (const token of [`${header}.${otherPayload}.${signature}`, `${header}.${payload}.${flipped.toString('base64url')}`, stranger, unsigned, 'not.a.token']) {
      const forged = t.client();
      forged.token = token;
      const res = await forged.request(MeDocument);
      expect(res.status).toBe(200);
      expect(res.data!.me).toBeNull();
      // Refused as a bad token, not answered as if anonymous.
      expect(res.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' })]);
    }
  });

  it.skipIf(!enabled)('is read from Authorization whatever the case of the scheme (RFC 9110)', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await t.client().request(MeDocument, undefined, { authorization: `${scheme} ${accessToken}` });
      expect(res.data!.me?.id, scheme).toBe(accountId);
    }
    const basic = await t.client().request(MeDocument, undefined, { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` });
    expect(basic.data!.me).toBeNull();
    expect(basic.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  });

  it.skipIf(!enabled)('stops counting at its expiry time', async () => {
    const api = t.client();
    api.token = accessToken;
    const { exp } = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as { exp: number };
    t.clock.advance(exp * 1000 - Date.now() + 1000);
    const res = await api.request(MeDocument);
    expect(res.data!.me).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
  });
});
