import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, JWK, JWTPayload, jwtVerify, SignJWT, CryptoKey } from 'jose';
import type { Config } from '../config';

const ALGORITHMS = ['EdDSA', 'ES256'] as const;
type Algorithm = (typeof ALGORITHMS)[number];

interface LoadedKey {
  kid: string;
  alg: Algorithm;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

/**
 * The server's signing keys, as a list: the first signs, every one verifies, and all are
 * published in the JWKS. Rotation = put a new key first, keep the old one until the last token
 * it signed has expired; nobody is logged out.
 */
export class SigningKeys {
  private constructor(private readonly keys: LoadedKey[]) {}

  static async load(config: Config): Promise<SigningKeys> {
    let raw = config.jwtPrivateKeys;
    if (!raw) {
      if (config.env === 'production') throw new Error('JWT_PRIVATE_KEYS is required in production');
      raw = await developmentKeys(path.join(config.dataDir, 'keys'));
    }
    let jwks: unknown;
    try {
      jwks = JSON.parse(raw);
    } catch {
      throw new Error('JWT_PRIVATE_KEYS is not valid JSON');
    }
    if (!Array.isArray(jwks) || jwks.length === 0) throw new Error('JWT_PRIVATE_KEYS must be a non-empty JSON array of private JWKs');
    const keys: LoadedKey[] = [];
    for (const jwk of jwks as JWK[]) {
      const alg = (jwk.alg ?? (jwk.crv === 'Ed25519' ? 'EdDSA' : jwk.crv === 'P-256' ? 'ES256' : '')) as Algorithm;
      if (!ALGORITHMS.includes(alg) || !jwk.d) throw new Error('each signing key must be a private EdDSA (Ed25519) or ES256 (P-256) JWK');
      const { d: _private, ...publicPart } = jwk;
      const kid = jwk.kid ?? (await calculateJwkThumbprint(publicPart));
      keys.push({
        kid,
        alg,
        privateKey: (await importJWK({ ...jwk, alg }, alg)) as CryptoKey,
        publicKey: (await importJWK({ ...publicPart, alg }, alg)) as CryptoKey,
        publicJwk: { kty: publicPart.kty, crv: publicPart.crv, x: publicPart.x, y: publicPart.y, kid, alg, use: 'sig' },
      });
    }
    return new SigningKeys(keys);
  }

  /** The JWKS document served at `/.well-known/jwks.json`: public halves only. */
  jwks(): { keys: JWK[] } {
    return { keys: this.keys.map((k) => JSON.parse(JSON.stringify(k.publicJwk)) as JWK) };
  }

  /** Signs `payload`; a `jti` it carries is kept (it must be unique per token), otherwise a random one is added. */
  async sign(payload: JWTPayload, typ: string, expiresAt: Date, issuedAt: Date): Promise<string> {
    const key = this.keys[0];
    return new SignJWT(payload)
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ })
      .setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .setJti(payload.jti ?? randomUUID())
      .sign(key.privateKey);
  }

  async verify(token: string, options: { typ: string; issuer: string; audience: string; currentDate: Date }) {
    const { payload } = await jwtVerify(
      token,
      async (header) => {
        const key = this.keys.find((k) => k.kid === header.kid && k.alg === header.alg);
        if (!key) throw new Error('unknown key');
        return key.publicKey;
      },
      { ...options, algorithms: [...ALGORITHMS] },
    );
    return payload;
  }
}

/** Development keys live in the data folder, made on first start, so tokens survive restarts. */
async function developmentKeys(dir: string): Promise<string> {
  const file = path.join(dir, 'jwt-private-keys.json');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  const { d: _d, ...pub } = jwk;
  const keys = JSON.stringify([{ ...jwk, alg: 'EdDSA', kid: await calculateJwkThumbprint(pub) }], null, 2);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(file, keys, { mode: 0o600 });
  return keys;
}

/** HMAC secrets for codes and captchas; in development, made once into the data folder. */
export function loadAppSecrets(config: Config): string[] {
  if (config.appSecrets?.length) return config.appSecrets;
  if (config.env === 'production') throw new Error('APP_SECRETS is required in production');
  const dir = path.join(config.dataDir, 'keys');
  const file = path.join(dir, 'app-secrets.txt');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600 });
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}
