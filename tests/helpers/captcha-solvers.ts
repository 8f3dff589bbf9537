import { createCanvas, loadImage } from '@napi-rs/canvas';
import * as svgCaptchaModule from 'svg-captcha';
import { captchaFontFamilies } from '../../server/modules/identity/captcha-image';

/**
 * The attacks on the image code, written as an attacker would: no access to the server's secrets
 * or randomness, only to the images and to the renderer's public code (fonts included).
 */

type DrawSvg = (text: string, options: Parameters<typeof svgCaptchaModule.create>[0]) => string;
const drawSvg = (svgCaptchaModule as unknown as { default: DrawSvg }).default;

/** The portal's former image: svg-captcha with the options it used. */
export function oldSvgCaptcha(code: string): string {
  return drawSvg(code, { noise: 3, color: true, width: 150, height: 50, fontSize: 56, background: '#f4f6f5' });
}

/**
 * The attack that read 1,000 of 1,000 SVG codes: svg-captcha draws each digit as one filled path
 * whose sequence of path commands never changes (only the coordinates move), while its noise is
 * stroked. Ten signatures learnt from ten images, then each glyph is looked up and the glyphs read
 * left to right.
 */
export class SvgSignatureSolver {
  private readonly signatures = new Map<string, string>();

  constructor() {
    for (let d = 0; d < 10; d++) {
      for (const glyph of glyphs(oldSvgCaptcha(String(d).repeat(4)))) this.signatures.set(glyph.signature, String(d));
    }
  }

  solve(svg: string): string {
    return glyphs(svg)
      .sort((a, b) => a.x - b.x)
      .map((g) => this.signatures.get(g.signature) ?? '?')
      .join('');
  }
}

function glyphs(svg: string): { x: number; signature: string }[] {
  return [...svg.matchAll(/<path fill="[^"]+" d="([^"]+)"/g)].map((m) => ({ x: Number(/^M([\d.]+)/.exec(m[1]!)![1]), signature: m[1]!.replace(/[^A-Za-z]/g, '') }));
}

const CELL_W = 24;
const CELL_H = 32;

/** A binary image: 1 where there is ink. */
interface Bitmap {
  width: number;
  height: number;
  ink: Uint8Array;
}

/**
 * A structural attack on the PNG images: binarise (the ink is dark, the paper light), open the
 * bitmap to strip thin lines and specks, cut it into four glyphs at the columns of least ink near
 * the even split, and match each glyph, cropped and scaled, against reference renders of every
 * digit in every face the renderer ships at several rotations (Pearson correlation). It reads
 * clean, undistorted digits in those faces almost always (`plainDigits`); what it reads of the real
 * images is what the distortion leaves to an attacker of this kind.
 */
export class TemplateSolver {
  private readonly templates: { digit: string; cell: Float64Array }[] = [];

  constructor() {
    for (let d = 0; d < 10; d++) {
      for (const family of captchaFontFamilies) {
        for (const angle of [-0.3, -0.15, 0, 0.15, 0.3]) {
          const canvas = createCanvas(80, 80);
          const g = canvas.getContext('2d');
          g.fillStyle = '#fff';
          g.fillRect(0, 0, 80, 80);
          g.fillStyle = '#000';
          g.textAlign = 'center';
          g.textBaseline = 'middle';
          g.translate(40, 40);
          g.rotate(angle);
          g.font = `50px ${family}`;
          g.fillText(String(d), 0, 0);
          const bitmap = binarise(g.getImageData(0, 0, 80, 80).data, 80, 80);
          this.templates.push({ digit: String(d), cell: normalise(cell(bitmap, bounds(bitmap, 0, 80)!)) });
        }
      }
    }
  }

  async solve(png: Buffer, length = 4): Promise<string> {
    const image = await loadImage(png);
    const canvas = createCanvas(image.width, image.height);
    const g = canvas.getContext('2d');
    g.drawImage(image, 0, 0);
    const bitmap = open(binarise(g.getImageData(0, 0, image.width, image.height).data, image.width, image.height));
    const columns = columnInk(bitmap);
    const first = columns.findIndex((n) => n > 0);
    const last = columns.length - 1 - [...columns].reverse().findIndex((n) => n > 0);
    if (first < 0) return '?'.repeat(length);
    const cuts = [first];
    const width = (last - first + 1) / length;
    for (let i = 1; i < length; i++) {
      const guess = Math.round(first + i * width);
      let best = guess;
      for (let x = Math.max(first + 1, guess - 8); x <= Math.min(last - 1, guess + 8); x++) if (columns[x]! < columns[best]!) best = x;
      cuts.push(best);
    }
    cuts.push(last + 1);
    let code = '';
    for (let i = 0; i < length; i++) {
      const box = bounds(bitmap, cuts[i]!, cuts[i + 1]!);
      code += box ? this.match(normalise(cell(bitmap, box))) : '?';
    }
    return code;
  }

  private match(glyph: Float64Array): string {
    let best = { digit: '?', score: -Infinity };
    for (const t of this.templates) {
      let score = 0;
      for (let i = 0; i < glyph.length; i++) score += glyph[i]! * t.cell[i]!;
      if (score > best.score) best = { digit: t.digit, score };
    }
    return best.digit;
  }
}

/** The control for `TemplateSolver`: the same faces, upright and clean, on plain paper. */
export function plainDigits(code: string, familyIndex: number): Buffer {
  const canvas = createCanvas(240, 80);
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, 240, 80);
  g.fillStyle = '#1b1f3b';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.font = `50px ${captchaFontFamilies[familyIndex % captchaFontFamilies.length]}`;
  for (let i = 0; i < code.length; i++) g.fillText(code[i]!, 24 + 48 * (i + 0.5), 40);
  return canvas.encodeSync('png');
}

function binarise(rgba: Uint8ClampedArray, width: number, height: number): Bitmap {
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < ink.length; i++) {
    const luminance = (0.2126 * rgba[i * 4]! + 0.7152 * rgba[i * 4 + 1]! + 0.0722 * rgba[i * 4 + 2]!) / 255;
    ink[i] = luminance < 0.4 ? 1 : 0;
  }
  return { width, height, ink };
}

/** Erosion then dilation with a 3×3 square: lines and specks thinner than 3 px go. */
function open(b: Bitmap): Bitmap {
  const morph = (src: Uint8Array, keep: (count: number) => boolean) => {
    const out = new Uint8Array(src.length);
    for (let y = 0; y < b.height; y++) {
      for (let x = 0; x < b.width; x++) {
        let count = 0;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) count += src[Math.min(b.height - 1, Math.max(0, y + dy)) * b.width + Math.min(b.width - 1, Math.max(0, x + dx))]!;
        out[y * b.width + x] = keep(count) ? 1 : 0;
      }
    }
    return out;
  };
  return {
    ...b,
    ink: morph(
      morph(b.ink, (n) => n === 9),
      (n) => n > 0,
    ),
  };
}

function columnInk(b: Bitmap): number[] {
  const columns = new Array<number>(b.width).fill(0);
  for (let y = 0; y < b.height; y++) for (let x = 0; x < b.width; x++) columns[x]! += b.ink[y * b.width + x]!;
  return columns;
}

function bounds(b: Bitmap, x0: number, x1: number): { x0: number; x1: number; y0: number; y1: number } | null {
  let top = b.height;
  let bottom = -1;
  let left = x1;
  let right = x0 - 1;
  for (let y = 0; y < b.height; y++) {
    for (let x = x0; x < x1; x++) {
      if (!b.ink[y * b.width + x]) continue;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return bottom < 0 ? null : { x0: left, x1: right + 1, y0: top, y1: bottom + 1 };
}

/** The box scaled to CELL_W × CELL_H by area sampling. */
function cell(b: Bitmap, box: { x0: number; x1: number; y0: number; y1: number }): Float64Array {
  const out = new Float64Array(CELL_W * CELL_H);
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  for (let cy = 0; cy < CELL_H; cy++) {
    for (let cx = 0; cx < CELL_W; cx++) {
      const sx0 = box.x0 + Math.floor((cx * w) / CELL_W);
      const sx1 = Math.max(sx0 + 1, box.x0 + Math.floor(((cx + 1) * w) / CELL_W));
      const sy0 = box.y0 + Math.floor((cy * h) / CELL_H);
      const sy1 = Math.max(sy0 + 1, box.y0 + Math.floor(((cy + 1) * h) / CELL_H));
      let sum = 0;
      for (let y = sy0; y < sy1; y++) for (let x = sx0; x < sx1; x++) sum += b.ink[y * b.width + x]!;
      out[cy * CELL_W + cx] = sum / ((sx1 - sx0) * (sy1 - sy0));
    }
  }
  return out;
}

/** Zero mean, unit length: the dot product of two is their Pearson correlation. */
function normalise(v: Float64Array): Float64Array {
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const out = v.map((x) => x - mean);
  const norm = Math.sqrt(out.reduce((a, b) => a + b * b, 0)) || 1;
  return out.map((x) => x / norm);
}
