import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../shared/paths';
import { secureFraction, seededFraction, type Fraction } from '../../shared/random';

export type CaptchaAudioLanguage = 'ar' | 'en';
export const CAPTCHA_AUDIO_LANGUAGES: readonly CaptchaAudioLanguage[] = ['ar', 'en'];

/** The clips' and the output's sample rate: telephone quality, plenty for ten spoken digits. */
export const CAPTCHA_AUDIO_SAMPLE_RATE = 8000;

export const CAPTCHA_AUDIO_DIR = path.join(REPO_ROOT, 'server', 'modules', 'identity', 'captcha-audio');

/** One spoken digit: samples in [-1, 1]. */
export type Clip = Float32Array;

/** Reads 16-bit mono PCM WAV at CAPTCHA_AUDIO_SAMPLE_RATE (the clips generate.sh writes). */
export function parseWav(bytes: Buffer): Clip {
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file');
  let at = 12;
  let format: { channels: number; rate: number; bits: number } | null = null;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') format = { channels: bytes.readUInt16LE(body + 2), rate: bytes.readUInt32LE(body + 4), bits: bytes.readUInt16LE(body + 14) };
    if (id === 'data') {
      if (!format || format.channels !== 1 || format.bits !== 16 || format.rate !== CAPTCHA_AUDIO_SAMPLE_RATE) throw new Error('expected 16-bit mono PCM at 8 kHz');
      const clip = new Float32Array(Math.floor(Math.min(size, bytes.length - body) / 2));
      for (let i = 0; i < clip.length; i++) clip[i] = bytes.readInt16LE(body + 2 * i) / 32768;
      return clip;
    }
    at = body + size + (size % 2);
  }
  throw new Error('WAV file without data');
}

/** 16-bit mono PCM WAV of `samples` (clipped to [-1, 1]). */
export function encodeWav(samples: Float32Array): Buffer {
  const out = Buffer.alloc(44 + samples.length * 2);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + samples.length * 2, 4);
  out.write('WAVEfmt ', 8, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(CAPTCHA_AUDIO_SAMPLE_RATE, 24);
  out.writeUInt32LE(CAPTCHA_AUDIO_SAMPLE_RATE * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(samples.length * 2, 40);
  // WAV is little-endian, as is every platform Node runs on here; a typed view avoids a call per sample.
  const pcm = new Int16Array(out.buffer, out.byteOffset + 44, samples.length);
  for (let i = 0; i < samples.length; i++) pcm[i] = Math.round(Math.max(-1, Math.min(1, samples[i]!)) * 32767);
  return out;
}

/** The committed clips, 0–9 per language, read once per process. */
export function loadDigitClips(dir = CAPTCHA_AUDIO_DIR): Record<CaptchaAudioLanguage, Clip[]> {
  const read = (lang: CaptchaAudioLanguage) => Array.from({ length: 10 }, (_, d) => parseWav(readFileSync(path.join(dir, `${lang}-${d}.wav`))));
  return { ar: read('ar'), en: read('en') };
}

export interface ComposedAudio {
  samples: Float32Array;
  /** Where each digit is heard (sample indices, end exclusive), in order. */
  spoken: { start: number; end: number }[];
}

const between = (rand: Fraction, low: number, high: number) => low + (high - low) * rand();

/**
 * The digits spoken one by one with everything varied per render: each clip is resampled at its
 * own speed (0.86–1.16, which moves pitch and tempo together) with a slow wobble of the rate on
 * top, so that no constant stretch lines it up with the original either; its loudness, the pauses
 * and the lead-in vary; and the whole is laid over noise, a hum and, quietly, reversed fragments of
 * other digits. No output holds a clip's samples, and matching the clips fails
 * (captcha-audio.test.ts), while each digit stays well above the noise where it is spoken.
 * About a millisecond of one core for four digits.
 */
export function composeCaptchaAudio(digits: string, clips: Clip[], rand: Fraction = secureFraction): ComposedAudio {
  const rate = CAPTCHA_AUDIO_SAMPLE_RATE;
  const voiced: { samples: Float32Array; gap: number }[] = [];
  for (const ch of digits) {
    const clip = clips[Number(ch)];
    if (!clip) throw new Error('only digits can be spoken');
    voiced.push({ samples: scramblePhase(resample(clip, rand), rand), gap: Math.round(between(rand, 0.35, 0.75) * rate) });
  }
  const lead = Math.round(between(rand, 0.3, 0.6) * rate);
  const tail = Math.round(between(rand, 0.2, 0.4) * rate);
  const length = lead + voiced.reduce((n, v) => n + v.samples.length + v.gap, 0) + tail;
  const out = new Float32Array(length);

  // Noise floor: low-passed white noise (softer than hiss) and a mains-like hum.
  const noiseLevel = between(rand, 0.008, 0.016);
  const smoothing = between(rand, 0.3, 0.6);
  const humLevel = between(rand, 0.006, 0.015);
  const humStep = (2 * Math.PI * between(rand, 50, 120)) / rate;
  const humPhase = rand() * 2 * Math.PI;
  // Sample-level noise needs speed, not secrecy: a fast generator, seeded afresh from `rand` per render.
  const white = seededFraction(Math.floor(rand() * 2 ** 32));
  let low = 0;
  for (let i = 0; i < length; i++) {
    low = low * smoothing + (white() * 2 - 1) * (1 - smoothing);
    out[i] = low * noiseLevel * 3 + humLevel * Math.sin(i * humStep + humPhase);
  }

  // Babble: a few reversed, resampled digit fragments, quiet, anywhere.
  for (let n = 2 + Math.floor(rand() * 3); n > 0; n--) {
    const fragment = resample(clips[Math.floor(rand() * clips.length)]!, rand).reverse();
    const gain = between(rand, 0.03, 0.07);
    const start = Math.floor(rand() * Math.max(1, length - fragment.length));
    for (let i = 0; i < fragment.length && start + i < length; i++) out[start + i]! += fragment[i]! * gain;
  }

  const spoken: ComposedAudio['spoken'] = [];
  let at = lead;
  for (const { samples, gap } of voiced) {
    const gain = between(rand, 0.7, 0.95);
    const fade = Math.min(40, samples.length >> 2);
    for (let i = 0; i < samples.length; i++) {
      const envelope = Math.min(1, i / fade, (samples.length - 1 - i) / fade);
      out[at + i]! += samples[i]! * gain * envelope;
    }
    spoken.push({ start: at, end: at + samples.length });
    at += samples.length + gap;
  }
  return { samples: out, spoken };
}

/** `composeCaptchaAudio` as a WAV file. */
export function renderCaptchaAudio(digits: string, clips: Clip[], rand: Fraction = secureFraction): Buffer {
  return encodeWav(composeCaptchaAudio(digits, clips, rand).samples);
}

/** The clip read at a speed of its own that wobbles as it plays (linear interpolation). */
function resample(clip: Clip, rand: Fraction): Float32Array {
  const speed = between(rand, 0.82, 1.2);
  const depth = between(rand, 0.06, 0.11);
  const wobble = (2 * Math.PI * between(rand, 2, 4.5)) / CAPTCHA_AUDIO_SAMPLE_RATE;
  const phase = rand() * 2 * Math.PI;
  const out = new Float32Array(Math.ceil(clip.length / (speed * (1 - depth))) + 1);
  let n = 0;
  for (let pos = 0; pos < clip.length - 1 && n < out.length; n++) {
    const at = Math.floor(pos);
    const frac = pos - at;
    out[n] = clip[at]! * (1 - frac) + clip[at + 1]! * frac;
    pos += speed * (1 + depth * Math.sin(n * wobble + phase));
  }
  return out.subarray(0, n);
}

/**
 * Two second-order all-pass filters at random frequencies: the spectrum, which the ear goes by,
 * is untouched, while the waveform, which a correlation goes by, is reshaped. Then a gentle
 * random tilt of the tone (a peaking filter of ±4 dB).
 */
function scramblePhase(samples: Float32Array, rand: Fraction): Float32Array {
  const rate = CAPTCHA_AUDIO_SAMPLE_RATE;
  const sections: [number, number, number, number, number][] = [];
  for (let k = 0; k < 2; k++) {
    const w = (2 * Math.PI * between(rand, 250, 3000)) / rate;
    const alpha = Math.sin(w) / (2 * between(rand, 0.5, 2));
    const a0 = 1 + alpha;
    // All-pass: b = [1 - α, -2cos w, 1 + α], a = [1 + α, -2cos w, 1 - α].
    sections.push(
      [(1 - alpha) / a0, (-2 * Math.cos(w)) / a0, 1, (-2 * Math.cos(w)) / a0, (1 - alpha) / a0].map((v, i) => (i === 2 ? (1 + alpha) / a0 : v)) as [number, number, number, number, number],
    );
  }
  const w = (2 * Math.PI * between(rand, 400, 2500)) / rate;
  const gain = 10 ** (between(rand, -4, 4) / 40);
  const alpha = Math.sin(w) / 2;
  const a0 = 1 + alpha / gain;
  sections.push([(1 + alpha * gain) / a0, (-2 * Math.cos(w)) / a0, (1 - alpha * gain) / a0, (-2 * Math.cos(w)) / a0, (1 - alpha / gain) / a0]);
  let out = samples;
  for (const [b0, b1, b2, a1, a2] of sections) {
    const next = new Float32Array(out.length);
    let x1 = 0;
    let x2 = 0;
    let y1 = 0;
    let y2 = 0;
    for (let i = 0; i < out.length; i++) {
      const x = out[i]!;
      const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
      next[i] = y;
      x2 = x1;
      x1 = x;
      y2 = y1;
      y1 = y;
    }
    out = next;
  }
  return out;
}
