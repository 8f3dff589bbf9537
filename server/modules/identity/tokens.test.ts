import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, JWK } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { SigningKeys } from '../../shared/keys';
import { AccessTokens } from './tokens';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function privateJwk(kid: string, alg: 'EdDSA' | 'ES256'): Promise<JWK> {
  const { privateKey } = alg === 'EdDSA' ? await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true }) : await generateKeyPair('ES256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg };
}

function keysFrom(jwks: JWK[] | string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'absher-keys-'));
  dirs.push(dir);
  return SigningKeys.load(loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, JWT_PRIVATE_KEYS: typeof jwks === 'string' ? jwks : JSON.stringify(jwks) }));
}

const ISSUER = 'https://absher.example.test';
const now = new Date();

describe('signing keys as a list', () => {
  it('signs with the first key and verifies tokens of every listed key, so rotation logs nobody out', async () => {
    const oldKey = await privateJwk('old', 'EdDSA');
    const newKey = await privateJwk('new', 'ES256');
    const before = new AccessTokens(await keysFrom([oldKey]), ISSUER, 600);
    const issuedBefore = await before.issue('account-1', 'session-1', now);

    const rotated = new AccessTokens(await keysFrom([newKey, oldKey]), ISSUER, 600);
    expect(await rotated.verify(issuedBefore.token, now)).toMatchObject({ accountId: 'account-1', sessionId: 'session-1' });
    const issuedAfter = await rotated.issue('account-1', 'session-2', now);
    expect(JSON.parse(Buffer.from(issuedAfter.token.split('.')[0], 'base64url').toString())).toMatchObject({ kid: 'new', alg: 'ES256', typ: 'at+jwt' });

    // Once the old key is dropped, its tokens stop counting.
    const retired = new AccessTokens(await keysFrom([newKey]), ISSUER, 600);
    expect(await retired.verify(issuedBefore.token, now)).toBe('TOKEN_INVALID');
    expect(await retired.verify(issuedAfter.token, now)).toMatchObject({ sessionId: 'session-2' });
  });

  it('publishes public halves only', async () => {
    const keys = await keysFrom([await privateJwk('a', 'EdDSA'), await privateJwk('b', 'ES256')]);
    const { keys: published } = keys.jwks();
    expect(published.map((k) => k.kid)).toEqual(['a', 'b']);
    for (const key of published) expect(key.d).toBeUndefined();
  });

  it('refuses a configuration that is not a list of private EdDSA or ES256 keys', async () => {
    await expect(keysFrom('not json')).rejects.toThrow(/not valid JSON/);
    await expect(keysFrom('[]')).rejects.toThrow(/non-empty JSON array/);
    const { d: _d, ...publicOnly } = await privateJwk('p', 'EdDSA');
    await expect(keysFrom([publicOnly])).rejects.toThrow(/private EdDSA/);
  });

  it('does not accept a token for another issuer, nor after it expired, and says which', async () => {
    const keys = await keysFrom([await privateJwk('k', 'EdDSA')]);
    const issued = await new AccessTokens(keys, 'https://other.example', 600).issue('a', 's', now);
    expect(await new AccessTokens(keys, ISSUER, 600).verify(issued.token, now)).toBe('TOKEN_INVALID');
    const ours = new AccessTokens(keys, ISSUER, 600);
    const token = (await ours.issue('a', 's', now)).token;
    expect(await ours.verify(token, new Date(now.getTime() + 599_000))).toMatchObject({ accountId: 'a', sessionId: 's' });
    // Verified once (and remembered), then past its time: expired, from the memory as from the signature.
    expect(await ours.verify(token, new Date(now.getTime() + 601_000))).toBe('TOKEN_EXPIRED');
    const fresh = new AccessTokens(keys, ISSUER, 600);
    expect(await fresh.verify(token, new Date(now.getTime() + 601_000))).toBe('TOKEN_EXPIRED');
  });

  it('never says "expired" of a token whose signature does not hold', async () => {
    const keys = await keysFrom([await privateJwk('k', 'EdDSA')]);
    const ours = new AccessTokens(keys, ISSUER, 600);
    const [header, payload, signature] = (await ours.issue('a', 's', now)).token.split('.');
    const later = new Date(now.getTime() + 3_600_000);
    // The same expired claims under a damaged signature, or signed by a key that is not ours.
    const flipped = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    expect(await ours.verify(flipped, later)).toBe('TOKEN_INVALID');
    const foreign = await new AccessTokens(await keysFrom([await privateJwk('k', 'EdDSA')]), ISSUER, 600).issue('a', 's', now);
    expect(await ours.verify(foreign.token, later)).toBe('TOKEN_INVALID');
    for (const junk of ['', 'x', 'a.b.c', `${header}.${payload}.`]) expect(await ours.verify(junk, later)).toBe('TOKEN_INVALID');
  });
});
