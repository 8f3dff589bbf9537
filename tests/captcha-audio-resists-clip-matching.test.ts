import { describe, expect, it } from 'vitest';
import { composeCaptchaAudio, loadDigitClips, parseWav, renderCaptchaAudio } from '../server/modules/identity/captcha-audio';
import { seededFraction } from '../server/shared/random';
import { concatenateClips, matchClips } from './helpers/audio-matchers';

/**
 * The audio code is assembled from clips committed to the repository, so an attacker has them. A
 * fixed-clip matcher (normalised cross-correlation of every clip at every offset) must not read the
 * rendered codes, while it does read the clips played as they are. Seeded, so the rates are the
 * same on every run.
 */
const clips = loadDigitClips();
const RENDERS = 12;

function codes(seed: number): string[] {
  const rand = seededFraction(seed);
  return Array.from({ length: RENDERS }, () => Array.from({ length: 4 }, () => Math.floor(rand() * 10)).join(''));
}

describe.each(['ar', 'en'] as const)('matching the committed clips against the audio code (%s)', (lang) => {
  it('reads every code when the clips are played as they are (the matcher works)', () => {
    for (const code of codes(1).slice(0, 4)) {
      const reading = matchClips(concatenateClips(code, clips[lang]), clips[lang], 4);
      expect(reading.code).toBe(code);
      expect(Math.min(...reading.scores)).toBeGreaterThan(0.99);
    }
  });

  it('reads none of the rendered codes, finds no clip in them and few digits', () => {
    const rand = seededFraction(2);
    let read = 0;
    let digits = 0;
    for (const code of codes(3)) {
      const reading = matchClips(composeCaptchaAudio(code, clips[lang], rand).samples, clips[lang], 4);
      if (reading.code === code) read++;
      for (let i = 0; i < 4; i++) if (reading.code[i] === code[i]) digits++;
      // Nothing in the output is close to a copy of a clip.
      expect(Math.max(...reading.scores)).toBeLessThan(0.75);
    }
    // Measured over other seeds too: no code, 10–30% of single digits (the English ones mostly by
    // answering the shortest clips, "six" and "eight", whatever was said); chance is 10%.
    expect(read).toBe(0);
    expect(digits / (4 * RENDERS)).toBeLessThan(0.45);
  }, 60_000);

  it('holds no run of a clip’s samples verbatim', () => {
    const windows = new Set<string>();
    for (const clip of clips[lang]) {
      const pcm = Int16Array.from(clip, (v) => Math.round(v * 32768));
      for (let i = 0; i + 16 <= pcm.length; i++) {
        const window = pcm.subarray(i, i + 16);
        // Near-silent stretches are alike in any recording; only voiced ones identify a clip.
        if (window.some((v) => Math.abs(v) > 500)) windows.add(window.join(','));
      }
    }
    for (const code of codes(4).slice(0, 4)) {
      const pcm = Int16Array.from(parseWav(renderCaptchaAudio(code, clips[lang])), (v) => Math.round(v * 32768));
      let found = 0;
      for (let i = 0; i + 16 <= pcm.length; i++) if (windows.has(pcm.subarray(i, i + 16).join(','))) found++;
      expect(found).toBe(0);
    }
  });
});
