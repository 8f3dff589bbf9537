import { describe, expect, it } from 'vitest';
import { seededFraction } from '../../shared/random';
import { CAPTCHA_AUDIO_SAMPLE_RATE, composeCaptchaAudio, encodeWav, loadDigitClips, parseWav, renderCaptchaAudio } from './captcha-audio';

const clips = loadDigitClips();
const rms = (s: Float32Array, from = 0, to = s.length) => {
  let sum = 0;
  for (let i = from; i < to; i++) sum += s[i]! * s[i]!;
  return Math.sqrt(sum / Math.max(1, to - from));
};

describe('the audio code renderer', () => {
  it('has the ten digits in Arabic and in English, each a short clip', () => {
    for (const lang of ['ar', 'en'] as const) {
      expect(clips[lang]).toHaveLength(10);
      for (const clip of clips[lang]) {
        expect(clip.length / CAPTCHA_AUDIO_SAMPLE_RATE).toBeGreaterThan(0.3);
        expect(clip.length / CAPTCHA_AUDIO_SAMPLE_RATE).toBeLessThan(1);
      }
    }
  });

  it('writes a WAV file (16-bit mono PCM, 8 kHz) that reads back', () => {
    const wav = renderCaptchaAudio('4721', clips.ar);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(24)).toBe(CAPTCHA_AUDIO_SAMPLE_RATE);
    const seconds = parseWav(wav).length / CAPTCHA_AUDIO_SAMPLE_RATE;
    expect(seconds).toBeGreaterThan(2.5);
    expect(seconds).toBeLessThan(7);
    expect(parseWav(encodeWav(Float32Array.from([0, 0.5, -0.5, 1, 2])))).toEqual(Float32Array.from([0, 16384, -16383, 32767, 32767], (v) => v / 32768));
  });

  it('never renders the same digits the same way twice', () => {
    const a = parseWav(renderCaptchaAudio('4721', clips.en));
    const b = parseWav(renderCaptchaAudio('4721', clips.en));
    const same = a.length === b.length && a.every((v, i) => v === b[i]);
    expect(same).toBe(false);
  });

  it('speaks each digit where it says, well above the noise, for about the clip’s length', () => {
    for (const lang of ['ar', 'en'] as const) {
      for (let seed = 1; seed <= 40; seed++) {
        const digits = String(1000 + seed * 397).slice(-4);
        const { samples, spoken } = composeCaptchaAudio(digits, clips[lang], seededFraction(seed));
        expect(spoken).toHaveLength(4);
        // The noise: everything outside the spoken digits (lead-in, pauses, tail).
        const quiet = Float32Array.from(samples.filter((_, i) => !spoken.some((s) => i >= s.start && i < s.end)));
        for (const [i, { start, end }] of spoken.entries()) {
          const clip = clips[lang][Number(digits[i])]!;
          // Resampling stretches a clip by at most 1/0.82 × 1/(1 − 0.11) and shrinks it by 1/1.2 × 1/1.11.
          expect((end - start) / clip.length).toBeGreaterThan(0.74);
          expect((end - start) / clip.length).toBeLessThan(1.38);
          // Measured over 600 renders: 9.4 dB at worst, 16 dB in the median.
          expect(20 * Math.log10(rms(samples, start, end) / rms(quiet))).toBeGreaterThan(9);
          if (i > 0) expect(start).toBeGreaterThanOrEqual(spoken[i - 1]!.end + 0.35 * CAPTCHA_AUDIO_SAMPLE_RATE - 1);
        }
      }
    }
  });

  it('costs a few milliseconds of CPU', () => {
    for (let i = 0; i < 10; i++) renderCaptchaAudio('8888', clips.ar);
    const before = process.cpuUsage();
    for (let i = 0; i < 50; i++) renderCaptchaAudio('8888', clips.ar);
    const used = process.cpuUsage(before);
    // Measured at 2–3 ms on the development machine; the bound is loose for shared CI cores.
    expect((used.user + used.system) / 1000 / 50).toBeLessThan(15);
  });
});
