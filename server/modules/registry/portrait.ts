import { createHash } from 'node:crypto';

/** What a synthetic portrait is drawn from: the person's own registry data, nothing else. */
export interface PortraitSeed {
  nationalId: string;
  gender: 'M' | 'F';
  nationality: string;
  /** Age in whole years on the day the registry was seeded. */
  age: number;
}

const BACKGROUNDS = ['#dbe7f0', '#e4ecdf', '#efe5d8', '#e6e0ef', '#dfeceb', '#f0e0e0'];
const SKIN = ['#f1d2b6', '#e0b48f', '#c68f64', '#a9714a', '#8a5636', '#6b4028'];
const HAIR = ['#1f1a17', '#3b2a1f', '#5a3b24', '#2b2b2b'];
const SCARVES = ['#1d1d24', '#2c3e66', '#6b2737', '#8a7560', '#55606b', '#3f5a4a'];
const CLOTHES = ['#35618c', '#4d7a53', '#8c5a35', '#5b4f80', '#2f6f73', '#7a3f45'];

/**
 * A clearly synthetic ID portrait for the demo registry: a flat stylised bust (no face but two
 * dots), never a real person's likeness and no model behind it. Deterministic: the same seed data
 * draws the same picture, so the demo looks the same on every start. Colours and headwear vary
 * by a hash of the ID, gender, nationality and age (a ghutra and agal for Saudi men, a scarf for
 * women, hair or a cap otherwise; grey for the old, no beard for boys).
 */
export function syntheticPortrait(seed: PortraitSeed): string {
  const h = createHash('sha256').update(`${seed.nationalId}|${seed.gender}|${seed.nationality}|${seed.age}`).digest();
  const pick = <T>(list: readonly T[], i: number): T => list[h[i] % list.length];
  const skin = pick(SKIN, 0);
  const old = seed.age >= 60;
  const hair = old ? '#b9b5ae' : pick(HAIR, 1);
  const parts: string[] = [`<rect width="120" height="150" fill="${pick(BACKGROUNDS, 2)}"/>`];
  const saudiMan = seed.gender === 'M' && seed.nationality === 'SAU';
  // Clothes: a white thobe for Saudi men, a colour for everyone else.
  parts.push(`<path d="M10 150 C14 118 34 106 60 106 C86 106 106 118 110 150 Z" fill="${saudiMan ? '#f7f7f5' : pick(CLOTHES, 3)}"/>`);
  parts.push(`<rect x="50" y="84" width="20" height="26" rx="6" fill="${skin}"/>`);
  if (seed.gender === 'F') {
    const scarf = pick(SCARVES, 4);
    parts.push(`<path d="M28 66 C28 28 92 28 92 66 L96 112 C80 122 40 122 24 112 Z" fill="${scarf}"/>`);
    parts.push(`<ellipse cx="60" cy="66" rx="20" ry="25" fill="${skin}"/>`);
  } else if (saudiMan) {
    // A red-and-white shemagh or a white ghutra, falling to the shoulders, under a black agal.
    const red = h[5] % 2 === 0;
    parts.push(
      red ? `<defs><pattern id="s" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fafafa"/><rect width="3" height="3" fill="#c0282d"/></pattern></defs>` : '',
    );
    parts.push(`<path d="M30 58 C30 24 90 24 90 58 L100 118 L84 112 L80 70 L40 70 L36 112 L20 118 Z" fill="${red ? 'url(#s)' : '#fbfbfb'}" stroke="#d9d9d6"/>`);
    parts.push(`<ellipse cx="60" cy="68" rx="20" ry="24" fill="${skin}"/>`);
    parts.push(`<ellipse cx="60" cy="38" rx="27" ry="6" fill="none" stroke="#1b1b1b" stroke-width="4"/>`);
  } else {
    parts.push(`<ellipse cx="60" cy="66" rx="21" ry="25" fill="${skin}"/>`);
    parts.push(h[6] % 3 === 0 ? `<path d="M38 54 C38 30 82 30 82 54 Z" fill="${pick(CLOTHES, 7)}"/>` : `<path d="M38 62 C36 36 84 36 82 62 C76 50 46 50 38 62 Z" fill="${hair}"/>`);
  }
  if (seed.gender === 'M' && seed.age >= 18) {
    parts.push(`<path d="M42 72 C44 96 76 96 78 72 C72 84 48 84 42 72 Z" fill="${hair}"/>`);
  }
  parts.push(`<circle cx="52" cy="64" r="2.4" fill="#2a2a2a"/><circle cx="68" cy="64" r="2.4" fill="#2a2a2a"/>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 150" width="120" height="150">${parts.join('')}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
