import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { seededFraction } from '../../shared/random';
import { CAPTCHA_IMAGE_HEIGHT, CAPTCHA_IMAGE_WIDTH, CAPTCHA_INK, CAPTCHA_PAPER, CAPTCHA_TEXTURE, renderCaptchaImage } from './captcha-image';

/** WCAG 2.x relative luminance of an sRGB colour given as #rrggbb or as 0–255 channels. */
function luminance(r: number, g: number, b: number): number {
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
const hex = (colour: string) => luminance(parseInt(colour.slice(1, 3), 16), parseInt(colour.slice(3, 5), 16), parseInt(colour.slice(5, 7), 16));
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

async function pixels(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: canvas.getContext('2d').getImageData(0, 0, image.width, image.height).data };
}

describe('the image code renderer', () => {
  it('draws a PNG of the stated size', async () => {
    const png = renderCaptchaImage('4721');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const { width, height } = await pixels(png);
    expect([width, height]).toEqual([CAPTCHA_IMAGE_WIDTH, CAPTCHA_IMAGE_HEIGHT]);
  });

  it('never draws the same digits the same way twice', async () => {
    const a = await pixels(renderCaptchaImage('4721'));
    const b = await pixels(renderCaptchaImage('4721'));
    let differing = 0;
    for (let i = 0; i < a.data.length; i += 4) if (Math.abs(a.data[i]! - b.data[i]!) > 40) differing++;
    // Far more than noise at the edges: the glyphs themselves are elsewhere and shaped otherwise.
    expect(differing / (a.width * a.height)).toBeGreaterThan(0.15);
  });

  it('keeps every ink at 7:1 or more against every paper and texture tone (WCAG 1.4.11 asks 3:1)', () => {
    for (const ink of CAPTCHA_INK) {
      for (const tone of [...CAPTCHA_PAPER, ...CAPTCHA_TEXTURE]) expect(contrast(hex(ink), hex(tone)), `${ink} on ${tone}`).toBeGreaterThanOrEqual(7);
    }
  });

  it('shows the digits in strong contrast in the rendered pixels too', async () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { data } = await pixels(renderCaptchaImage('4721', seededFraction(seed)));
      const lum: number[] = [];
      for (let i = 0; i < data.length; i += 4) lum.push(luminance(data[i]!, data[i + 1]!, data[i + 2]!));
      lum.sort((x, y) => x - y);
      // The ink (the 5th percentile of luminance: glyphs and lines cover more than that) against the paper (the median).
      const ink = lum[Math.floor(lum.length * 0.05)]!;
      const paper = lum[Math.floor(lum.length * 0.5)]!;
      expect(contrast(ink, paper)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('costs a few milliseconds of CPU', () => {
    for (let i = 0; i < 10; i++) renderCaptchaImage('4721');
    const before = process.cpuUsage();
    for (let i = 0; i < 50; i++) renderCaptchaImage('4721');
    const used = process.cpuUsage(before);
    // Measured at 3–4 ms on the development machine; the bound is loose for shared CI cores.
    expect((used.user + used.system) / 1000 / 50).toBeLessThan(15);
  });
});
