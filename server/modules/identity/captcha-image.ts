import path from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { REPO_ROOT } from '../../shared/paths';
import { secureFraction, type Fraction } from '../../shared/random';

export const CAPTCHA_IMAGE_WIDTH = 240;
export const CAPTCHA_IMAGE_HEIGHT = 80;

/**
 * The digit faces an image draws from, one picked per glyph: DejaVu (Bitstream Vera licence, see
 * captcha-fonts/README.md), subset to 0–9. Six faces, upright, oblique and italic, plain and
 * condensed, so that no single outline per digit exists to be matched.
 */
export const CAPTCHA_FONT_FILES = [
  'DejaVuSans-Bold-digits.ttf',
  'DejaVuSansCondensed-Bold-digits.ttf',
  'DejaVuSans-BoldOblique-digits.ttf',
  'DejaVuSerif-Bold-digits.ttf',
  'DejaVuSerifCondensed-BoldItalic-digits.ttf',
  'DejaVuSansMono-Bold-digits.ttf',
] as const;

export const CAPTCHA_FONT_DIR = path.join(REPO_ROOT, 'server', 'modules', 'identity', 'captcha-fonts');

/** Registers the faces once per process under family names of their own (no system font is used). */
export const captchaFontFamilies: readonly string[] = CAPTCHA_FONT_FILES.map((file, i) => {
  const family = `AbsherCaptcha${i}`;
  if (!GlobalFonts.registerFromPath(path.join(CAPTCHA_FONT_DIR, file), family)) throw new Error(`captcha font not loadable: ${file}`);
  return family;
});

/**
 * Ink for the digits and the lines through them: dark enough that each has a contrast of at least
 * 7:1 with every background tone below (WCAG 1.4.11 asks 3:1 of graphics a person must read; the
 * margin leaves room for anti-aliased edges and the texture).
 */
export const CAPTCHA_INK = ['#1b1f3b', '#2b1a12', '#0f2e1f', '#301030', '#102a43', '#222222'] as const;

/** Paper and texture tones: light, so the ink always stands out (see captcha-image.test.ts). */
export const CAPTCHA_PAPER = ['#ffffff', '#f7f4ea', '#eef5f9', '#f4eef7', '#eef7ef', '#fbf1e8'] as const;
export const CAPTCHA_TEXTURE = ['#d9e2ec', '#e6dcc8', '#d5ead8', '#e9d8e4', '#dbe4f0', '#ece0cf', '#cfdfe6'] as const;

const between = (rand: Fraction, low: number, high: number) => low + (high - low) * rand();
const pick = <T>(rand: Fraction, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/**
 * Draws `digits` as a PNG whose every render differs: each glyph in a random face, size, rotation,
 * shear and stretch, overlapping its neighbours, on a textured background, crossed by lines in the
 * glyphs' own ink, and the whole ink layer bent by a random wave field. There is no fixed outline or
 * path to recognise (the attack on the SVG images), and the pixels are only pixels: segmenting them
 * and correlating with reference glyphs reads few codes (tests/captcha-image-resists-structural-solvers.test.ts).
 * About 2 ms of one core.
 */
export function renderCaptchaImage(digits: string, rand: Fraction = secureFraction): Buffer {
  const width = CAPTCHA_IMAGE_WIDTH;
  const height = CAPTCHA_IMAGE_HEIGHT;

  // Ink layer: glyphs and crossing lines on transparency, bent afterwards as one.
  const ink = createCanvas(width, height);
  const g = ink.getContext('2d');
  const inkColour = pick(rand, CAPTCHA_INK);
  g.fillStyle = inkColour;
  g.strokeStyle = inkColour;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  // Uneven spacing, neighbours touching or overlapping, the group placed anywhere it fits: no
  // fixed columns to cut the image at.
  const sizes = Array.from(digits, () => between(rand, 44, 56));
  const advances = sizes.map((size) => size * between(rand, 0.6, 0.82));
  const span = advances.reduce((a, b) => a + b, 0);
  let x = between(rand, 16, Math.max(17, width - span - 16));
  for (let i = 0; i < digits.length; i++) {
    x += advances[i]! / 2;
    g.save();
    g.translate(x, height / 2 + between(rand, -5, 5));
    x += advances[i]! / 2;
    g.rotate(between(rand, -0.4, 0.4));
    g.transform(1, between(rand, -0.12, 0.12), between(rand, -0.3, 0.3), 1, 0, 0);
    g.scale(between(rand, 0.75, 1.3), between(rand, 0.85, 1.15));
    g.font = `${Math.round(sizes[i]!)}px ${pick(rand, captchaFontFamilies)}`;
    if (rand() < 0.35) {
      // Some glyphs are outlines only: the same digit, with no filled shape to match.
      g.lineWidth = between(rand, 2, 3);
      g.lineJoin = 'round';
      g.strokeText(digits[i]!, 0, 0);
    } else {
      g.fillText(digits[i]!, 0, 0);
      // A varied stroke thickens some glyphs and leaves others thin.
      const stroke = between(rand, 0, 3);
      if (stroke > 0.8) {
        g.lineWidth = stroke;
        g.lineJoin = 'round';
        g.strokeText(digits[i]!, 0, 0);
      }
    }
    g.restore();
  }
  crossingLines(g, rand, width, height);

  // The wave field: every ink pixel is read from a randomly displaced place (bilinear).
  const source = g.getImageData(0, 0, width, height);
  const bent = g.createImageData(width, height);
  warp(source.data, bent.data, width, height, rand);
  // Small holes through the ink, so glyphs are not solid regions with clean outlines.
  for (let n = Math.round(between(rand, 60, 110)); n > 0; n--) {
    const at = (Math.floor(rand() * height) * width + Math.floor(rand() * width)) * 4;
    bent.data[at + 3] = Math.floor(bent.data[at + 3]! * 0.2);
  }

  // Paper: a light tone with a texture of light shapes, then the bent ink, then specks.
  const canvas = createCanvas(width, height);
  const c = canvas.getContext('2d');
  c.fillStyle = pick(rand, CAPTCHA_PAPER);
  c.fillRect(0, 0, width, height);
  for (let n = Math.round(between(rand, 14, 24)); n > 0; n--) {
    c.fillStyle = pick(rand, CAPTCHA_TEXTURE);
    c.globalAlpha = between(rand, 0.4, 1);
    c.beginPath();
    c.ellipse(rand() * width, rand() * height, between(rand, 4, 26), between(rand, 3, 14), rand() * Math.PI, 0, 2 * Math.PI);
    c.fill();
  }
  c.globalAlpha = 1;
  for (let n = Math.round(between(rand, 3, 6)); n > 0; n--) {
    c.strokeStyle = pick(rand, CAPTCHA_TEXTURE);
    c.lineWidth = between(rand, 1, 4);
    c.beginPath();
    c.moveTo(rand() * width, rand() * height);
    c.quadraticCurveTo(rand() * width, rand() * height, rand() * width, rand() * height);
    c.stroke();
  }
  const inkOnly = createCanvas(width, height);
  inkOnly.getContext('2d').putImageData(bent, 0, 0);
  c.drawImage(inkOnly, 0, 0);
  c.fillStyle = inkColour;
  for (let n = Math.round(between(rand, 40, 80)); n > 0; n--) c.fillRect(Math.floor(rand() * width), Math.floor(rand() * height), 1 + Math.floor(rand() * 2), 1 + Math.floor(rand() * 2));
  // zlib level 3: a third of the default's time for a few per cent more bytes.
  return canvas.encodeSync('png', { compressionLevel: 3 });
}

/** Two or three curves through the glyphs, in their ink, some as thick as a thin stroke of a digit. */
function crossingLines(g: SKRSContext2D, rand: Fraction, width: number, height: number): void {
  for (let n = 2 + Math.floor(rand() * 2); n > 0; n--) {
    g.lineWidth = between(rand, 1.2, 2.6);
    g.beginPath();
    const y0 = between(rand, 0.2, 0.8) * height;
    g.moveTo(between(rand, 0, 20), y0);
    g.bezierCurveTo(between(rand, 0.2, 0.4) * width, rand() * height, between(rand, 0.6, 0.8) * width, rand() * height, width - between(rand, 0, 20), between(rand, 0.2, 0.8) * height);
    g.stroke();
  }
}

function warp(src: Uint8ClampedArray, out: Uint8ClampedArray, width: number, height: number, rand: Fraction): void {
  // Horizontal shifts vary by row and vertical ones by column: two waves plus a ripple.
  const ax = between(rand, 2, 4.5);
  const ay = between(rand, 2, 4);
  const fx = (2 * Math.PI) / between(rand, 28, 60);
  const fx2 = (2 * Math.PI) / between(rand, 14, 30);
  const fy = (2 * Math.PI) / between(rand, 40, 90);
  const px = rand() * 2 * Math.PI;
  const px2 = rand() * 2 * Math.PI;
  const py = rand() * 2 * Math.PI;
  const shiftX = Float64Array.from({ length: height }, (_, y) => ax * Math.sin(y * fx + px) + 1.2 * Math.sin(y * fx2 + px2));
  const shiftY = Float64Array.from({ length: width }, (_, x) => ay * Math.sin(x * fy + py));
  // And local bulges: a few places where the ink is pushed a few pixels one way, fading with
  // distance (computed only within three standard deviations).
  const bumpX = new Float32Array(width * height);
  const bumpY = new Float32Array(width * height);
  for (let n = 0; n < 4; n++) {
    const cx = rand() * width;
    const cy = rand() * height;
    const dx = between(rand, -3.5, 3.5);
    const dy = between(rand, -3, 3);
    const sigma = between(rand, 8, 16);
    const reach = Math.ceil(3 * sigma);
    for (let y = Math.max(0, Math.floor(cy - reach)); y < Math.min(height, cy + reach); y++) {
      for (let x = Math.max(0, Math.floor(cx - reach)); x < Math.min(width, cx + reach); x++) {
        const weight = Math.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * sigma * sigma));
        bumpX[y * width + x]! += dx * weight;
        bumpY[y * width + x]! += dy * weight;
      }
    }
  }
  const row = width * 4;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = x + shiftX[y]! + bumpX[y * width + x]!;
      const sy = y + shiftY[x]! + bumpY[y * width + x]!;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const i00 = y0 * row + x0 * 4;
      const i01 = i00 + row;
      // Most of the layer is empty: nothing to blend where the four neighbours are transparent.
      if (src[i00 + 3] === 0 && src[i00 + 7] === 0 && src[i01 + 3] === 0 && src[i01 + 7] === 0) continue;
      const dx = sx - x0;
      const dy = sy - y0;
      const o = y * row + x * 4;
      for (let ch = 0; ch < 4; ch++) {
        const top = src[i00 + ch]! * (1 - dx) + src[i00 + 4 + ch]! * dx;
        const bottom = src[i01 + ch]! * (1 - dx) + src[i01 + 4 + ch]! * dx;
        out[o + ch] = top * (1 - dy) + bottom * dy;
      }
    }
  }
}
