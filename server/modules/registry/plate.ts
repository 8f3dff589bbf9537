/**
 * The 17 Latin letters of Saudi plates and the Arabic letter each stands for, as printed on the
 * plate's two halves (the Latin half is the transliteration of the Arabic one).
 */
const PLATE_LETTERS: Readonly<Record<string, string>> = {
  A: 'ا',
  B: 'ب',
  J: 'ح',
  D: 'د',
  R: 'ر',
  S: 'س',
  X: 'ص',
  T: 'ط',
  E: 'ع',
  G: 'ق',
  K: 'ك',
  L: 'ل',
  Z: 'م',
  N: 'ن',
  H: 'هـ',
  U: 'و',
  V: 'ى',
};

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/**
 * A plate as stored (`ABJ1234`, letters and digits, either first) written as its Arabic half:
 * the letters in Arabic, spaced as on the plate, then the digits in Arabic-Indic («ا ب ح ١٢٣٤»; read
 * right to left, the letters stand on the right as they do on the plate). Null when it is not a
 * Saudi plate: 1 to 3 letters of the plate alphabet and 1 to 4 digits.
 */
export function plateInArabic(plate: string): string | null {
  const lettersFirst = /^([A-Z]{1,3})(\d{1,4})$/.exec(plate);
  const digitsFirst = /^(\d{1,4})([A-Z]{1,3})$/.exec(plate);
  const [letters, digits] = lettersFirst ? [lettersFirst[1], lettersFirst[2]] : digitsFirst ? [digitsFirst[2], digitsFirst[1]] : [null, null];
  if (!letters || !digits) return null;
  const arabic = [...letters].map((l) => PLATE_LETTERS[l]);
  if (arabic.some((a) => a === undefined)) return null;
  return `${arabic.join(' ')} ${[...digits].map((d) => ARABIC_INDIC[Number(d)]).join('')}`;
}
