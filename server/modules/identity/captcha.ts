import { EntityManager, raw } from '@mikro-orm/core';
import { type Clock, MINUTE, addMs } from '../../shared/clock';
import type { KeyedHasher } from '../../shared/crypto';
import type { Deps } from '../../shared/module';
import type { FieldError } from '../../shared/errors';
import { normalizeDigits } from '../../shared/normalize';
import { type Random, secureFraction, type Fraction } from '../../shared/random';
import { Sealer } from '../../shared/sealed';
import { CaptchaAudioLanguage, loadDigitClips, renderCaptchaAudio, type Clip } from './captcha-audio';
import { renderCaptchaImage } from './captcha-image';
import { CaptchaCode } from './challenge.entity';
import type { IdentityErrorCode } from './identity.errors';
import { ProofOfWork } from './proof-of-work';

export const CAPTCHA_TTL_MS = 2 * MINUTE;

/**
 * Plays of one code's audio, whatever the language: enough to listen again in both languages, too
 * few to average renders into the clean clips.
 */
export const MAX_AUDIO_PLAYS = 6;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What a person sends back for a human check: the image code's id and digits, and the solved proof of work. */
export interface CaptchaAnswer {
  /** Optional in the schema (the check can be off); required here while it is on. */
  captchaId?: string | null;
  captchaCode?: string | null;
  proofOfWork?: string | null;
}

export interface IssuedCaptcha {
  id: string;
  /** `data:image/png;base64,…` */
  image: string;
  /** Where the digits are spoken: add `?lang=ar` or `?lang=en`. */
  audioUrl: string;
  /** The ALTCHA challenge (JSON) bound to this code; null when no proof of work is asked for. */
  proofOfWork: string | null;
  expiresAt: Date;
}

/**
 * The 4-digit human check of SPEC §2: an image (PNG, distorted anew each time), the same digits
 * spoken on demand in Arabic or English, and a proof of work bound to it. The code is stored as an
 * HMAC (to check) and sealed (to speak); it is good once, for two minutes.
 */
export class Captchas {
  private readonly sealer: Sealer;
  private readonly proofOfWork: ProofOfWork;
  private readonly clips: Record<CaptchaAudioLanguage, Clip[]>;

  private readonly enabled: boolean;
  private readonly hasher: KeyedHasher;
  private readonly random: Random;
  private readonly clock: Clock;

  constructor(
    deps: Deps<'config' | 'hasher' | 'random' | 'clock' | 'appSecrets'>,
    private readonly rand: Fraction = secureFraction,
  ) {
    this.enabled = deps.config.captcha;
    ({ hasher: this.hasher, random: this.random, clock: this.clock } = deps);
    this.sealer = new Sealer(deps.appSecrets, 'captcha-audio');
    this.proofOfWork = new ProofOfWork(deps.appSecrets, deps.config.proofOfWorkMaxNumber);
    this.clips = loadDigitClips();
  }

  /** Whether `register`, `login` and `requestPasswordReset` check the image code and the proof of work. */
  get required(): boolean {
    return this.enabled;
  }

  async create(em: EntityManager): Promise<IssuedCaptcha> {
    const code = this.random.digits(4);
    const now = this.clock.now();
    const expiresAt = addMs(now, CAPTCHA_TTL_MS);
    const captcha = em.create(CaptchaCode, {
      codeHash: this.hasher.digest('captcha', code),
      sealedCode: await this.sealer.seal({ code }, now, CAPTCHA_TTL_MS / 1000),
      expiresAt,
    });
    await em.persistAndFlush(captcha);
    return {
      id: captcha.id,
      image: `data:image/png;base64,${renderCaptchaImage(code, this.rand).toString('base64')}`,
      audioUrl: `/captcha/${captcha.id}/audio`,
      proofOfWork: this.enabled ? await this.proofOfWork.issue(captcha.id) : null,
      expiresAt,
    };
  }

  /**
   * Checks the proof of work, then uses up the captcha (whether or not the code is right: one
   * guess per image) and tells whether the code matched. A missing or wrong proof of work leaves
   * the captcha unspent: it proves nothing about the code. The conditional update makes a reuse
   * race lose; since the proof of work is bound to this captcha, it is single use with it.
   */
  async spend(em: EntityManager, answer: CaptchaAnswer): Promise<FieldError<IdentityErrorCode> | null> {
    if (!this.enabled) return null;
    const { captchaId: id, captchaCode: code } = answer;
    if (!id || !code?.trim()) return this.missing(answer);
    const invalid = { field: 'captchaCode', code: 'CAPTCHA_INVALID' } as const;
    if (!UUID.test(id)) return invalid;
    const problem = await this.proofOfWork.check(answer.proofOfWork, id);
    // With an image code that is gone anyway, that is the thing to fix (a new image brings a new
    // challenge); otherwise the proof of work is.
    if (problem) return (await this.isSpent(em, id)) ? invalid : { field: 'proofOfWork', code: problem };
    const now = this.clock.now();
    const taken = await em.nativeUpdate(CaptchaCode, { id, usedAt: null, expiresAt: { $gt: now } }, { usedAt: now });
    if (taken !== 1) return invalid;
    const captcha = await em.findOneOrFail(CaptchaCode, id, { disableIdentityMap: true });
    return this.hasher.matches('captcha', normalizeDigits(code), captcha.codeHash) ? null : invalid;
  }

  /**
   * CAPTCHA_REQUIRED on a field left out while the check is on (the schema cannot require them:
   * they are optional where it is off). A problem of the input alone, listed with the others.
   */
  missing(answer: CaptchaAnswer): FieldError<IdentityErrorCode> | null {
    if (!this.enabled) return null;
    if (!answer.captchaCode?.trim()) return { field: 'captchaCode', code: 'CAPTCHA_REQUIRED' };
    if (!answer.captchaId) return { field: 'captchaId', code: 'CAPTCHA_REQUIRED' };
    return null;
  }

  /**
   * Whether the captcha `id` can no longer be used (used, expired or unknown): after a refusal, it
   * tells the client whether the same image code may be sent again.
   */
  async isSpent(em: EntityManager, id: string): Promise<boolean> {
    if (!this.enabled) return false;
    if (!UUID.test(id)) return true;
    const live = await em.count(CaptchaCode, { id, usedAt: null, expiresAt: { $gt: this.clock.now() } });
    return live === 0;
  }

  /**
   * The digits of a live captcha spoken in `lang` (a WAV file, rendered anew), or null when the
   * captcha is unknown, used, expired or has been played MAX_AUDIO_PLAYS times.
   */
  async audio(em: EntityManager, id: string, lang: CaptchaAudioLanguage): Promise<Buffer | null> {
    if (!UUID.test(id)) return null;
    const now = this.clock.now();
    // Counted before rendering, in one conditional statement, like an attempt at a code.
    const counted = await em.nativeUpdate(
      CaptchaCode,
      { id, usedAt: null, expiresAt: { $gt: now }, audioPlays: { $lt: MAX_AUDIO_PLAYS }, sealedCode: { $ne: null } },
      { audioPlays: raw('audio_plays + 1') },
    );
    if (counted !== 1) return null;
    const captcha = await em.findOneOrFail(CaptchaCode, id, { disableIdentityMap: true });
    const sealed = await this.sealer.open(captcha.sealedCode!, now);
    const code = typeof sealed?.code === 'string' ? sealed.code : null;
    return code ? renderCaptchaAudio(code, this.clips[lang], this.rand) : null;
  }
}
