import { EntityManager } from '@mikro-orm/core';
import * as svgCaptchaModule from 'svg-captcha';
import { Clock, MINUTE, addMs } from '../../shared/clock';
import { KeyedHasher } from '../../shared/crypto';
import { normalizeDigits } from '../../shared/normalize';
import { Random } from '../../shared/random';
import { CaptchaCode } from './challenge.entity';

export const CAPTCHA_TTL_MS = 2 * MINUTE;

type DrawCaptcha = (text: string, options: Parameters<typeof svgCaptchaModule.create>[0]) => string;
// svg-captcha's main export, the function that draws a given text, is missing from its typings;
// both CommonJS interop paths (tsc and vitest) expose it as the namespace's default.
const drawCaptcha = (svgCaptchaModule as unknown as { default: DrawCaptcha }).default;

/**
 * The 4-digit image code of SPEC §2: drawn as noisy glyph outlines (no text in the SVG for a
 * script to read), stored only as an HMAC, good once for two minutes.
 */
export class Captchas {
  constructor(
    private readonly enabled: boolean,
    private readonly hasher: KeyedHasher,
    private readonly random: Random,
    private readonly clock: Clock,
  ) {}

  get required(): boolean {
    return this.enabled;
  }

  async create(em: EntityManager): Promise<{ id: string; image: string; expiresAt: Date }> {
    const code = this.random.digits(4);
    const expiresAt = addMs(this.clock.now(), CAPTCHA_TTL_MS);
    const captcha = em.create(CaptchaCode, { codeHash: this.hasher.digest('captcha', code), expiresAt });
    await em.persistAndFlush(captcha);
    const image = drawCaptcha(code, { noise: 3, color: true, width: 150, height: 50, fontSize: 56, background: '#f4f6f5' });
    return { id: captcha.id, image, expiresAt };
  }

  /**
   * Uses up the captcha (whether or not the code is right: one guess per image) and tells
   * whether the code matched. The conditional update makes a reuse race lose.
   */
  async consume(em: EntityManager, id: string, code: string): Promise<boolean> {
    if (!this.enabled) return true;
    if (!/^[0-9a-f-]{36}$/.test(id)) return false;
    const now = this.clock.now();
    const taken = await em.nativeUpdate(CaptchaCode, { id, usedAt: null, expiresAt: { $gt: now } }, { usedAt: now });
    if (taken !== 1) return false;
    const captcha = await em.findOneOrFail(CaptchaCode, id, { disableIdentityMap: true });
    return this.hasher.matches('captcha', normalizeDigits(code), captcha.codeHash);
  }
}
