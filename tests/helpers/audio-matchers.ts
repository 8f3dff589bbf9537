/**
 * Attacks on the audio code that use the committed clips themselves (an attacker has them: they
 * are in the repository): find where each clip occurs in the output by normalised
 * cross-correlation, optionally trying the clips stretched by a range of constant factors.
 */

/** In-place iterative radix-2 FFT (inverse when `inverse`); lengths are powers of two. */
function fft(re: Float64Array, im: Float64Array, inverse = false): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const angle = ((inverse ? 2 : -2) * Math.PI) / size;
    const wr = Math.cos(angle);
    const wi = Math.sin(angle);
    for (let start = 0; start < n; start += size) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < size / 2; k++) {
        const a = start + k;
        const b = a + size / 2;
        const tr = re[b]! * cr - im[b]! * ci;
        const ti = re[b]! * ci + im[b]! * cr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a]! += tr;
        im[a]! += ti;
        [cr, ci] = [cr * wr - ci * wi, cr * wi + ci * wr];
      }
    }
  }
  if (inverse) {
    for (let i = 0; i < n; i++) {
      re[i]! /= n;
      im[i]! /= n;
    }
  }
}

/** The output prepared once for correlating many clips against it. */
export class Correlator {
  private readonly size: number;
  private readonly spectrumRe: Float64Array;
  private readonly spectrumIm: Float64Array;
  private readonly energy: Float64Array;

  constructor(private readonly signal: Float32Array) {
    this.size = 1 << Math.ceil(Math.log2(signal.length * 2));
    this.spectrumRe = new Float64Array(this.size);
    this.spectrumIm = new Float64Array(this.size);
    this.spectrumRe.set(signal);
    fft(this.spectrumRe, this.spectrumIm);
    this.energy = new Float64Array(signal.length + 1);
    for (let i = 0; i < signal.length; i++) this.energy[i + 1] = this.energy[i]! + signal[i]! * signal[i]!;
  }

  /** Normalised cross-correlation of `clip` at every offset where it fits entirely: in [-1, 1]. */
  ncc(clip: Float32Array): Float64Array {
    const re = new Float64Array(this.size);
    const im = new Float64Array(this.size);
    re.set(clip);
    fft(re, im);
    // Correlation = IFFT(S · conj(C)).
    for (let i = 0; i < this.size; i++) {
      const r = this.spectrumRe[i]! * re[i]! + this.spectrumIm[i]! * im[i]!;
      const m = this.spectrumIm[i]! * re[i]! - this.spectrumRe[i]! * im[i]!;
      re[i] = r;
      im[i] = m;
    }
    fft(re, im, true);
    const clipNorm = Math.sqrt(clip.reduce((a, b) => a + b * b, 0));
    const offsets = Math.max(0, this.signal.length - clip.length + 1);
    const out = new Float64Array(offsets);
    for (let t = 0; t < offsets; t++) {
      const windowEnergy = this.energy[t + clip.length]! - this.energy[t]!;
      out[t] = windowEnergy > 0 ? re[t]! / (clipNorm * Math.sqrt(windowEnergy)) : 0;
    }
    return out;
  }
}

export function stretch(clip: Float32Array, factor: number): Float32Array {
  const out = new Float32Array(Math.floor((clip.length - 1) / factor));
  for (let i = 0; i < out.length; i++) {
    const pos = i * factor;
    const at = Math.floor(pos);
    out[i] = clip[at]! * (1 - (pos - at)) + (clip[at + 1] ?? 0) * (pos - at);
  }
  return out;
}

export interface Reading {
  code: string;
  /** The correlation of each digit read (1 for an exact copy). */
  scores: number[];
}

/**
 * Reads `length` digits: the best (digit, offset) by correlation over all clips (and stretch
 * factors), then the next best that does not overlap it, and so on; read in time order.
 */
export function matchClips(signal: Float32Array, clips: Float32Array[], length: number, factors: number[] = [1]): Reading {
  const correlator = new Correlator(signal);
  const candidates: { digit: number; start: number; end: number; score: number }[] = [];
  for (let digit = 0; digit < clips.length; digit++) {
    for (const factor of factors) {
      const clip = factor === 1 ? clips[digit]! : stretch(clips[digit]!, factor);
      const ncc = correlator.ncc(clip);
      // Local maxima only, over a window a tenth of the clip, keeps the list short.
      const radius = Math.max(1, clip.length >> 4);
      for (let t = 0; t < ncc.length; t += radius) {
        let best = t;
        for (let u = t; u < Math.min(ncc.length, t + radius); u++) if (ncc[u]! > ncc[best]!) best = u;
        candidates.push({ digit, start: best, end: best + clip.length, score: ncc[best]! });
      }
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    if (chosen.length === length) break;
    if (chosen.some((o) => c.start < o.end && o.start < c.end)) continue;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  return { code: chosen.map((c) => c.digit).join(''), scores: chosen.map((c) => c.score) };
}

/** The naive design the matcher is proven on: the clips as they are, with fixed pauses. */
export function concatenateClips(digits: string, clips: Float32Array[], pause = 4000): Float32Array {
  const parts = [...digits].map((d) => clips[Number(d)]!);
  const out = new Float32Array(parts.reduce((n, p) => n + p.length + pause, pause));
  let at = pause;
  for (const p of parts) {
    out.set(p, at);
    at += p.length + pause;
  }
  return out;
}
