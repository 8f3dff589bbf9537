import { Readable } from 'node:stream';
import { withCheckDigit } from '../../shared/normalize';
import { PERSON_COLUMNS } from './person-row';

const FIRST_M = [
  ['محمد', 'Mohammed'],
  ['عبدالله', 'Abdullah'],
  ['فهد', 'Fahd'],
  ['خالد', 'Khalid'],
  ['سعد', 'Saad'],
  ['ناصر', 'Nasser'],
  ['علي', 'Ali'],
  ['عمر', 'Omar'],
  ['يوسف', 'Yousef'],
  ['إبراهيم', 'Ibrahim'],
];
const FIRST_F = [
  ['نورة', 'Noura'],
  ['سارة', 'Sara'],
  ['ريم', 'Reem'],
  ['هند', 'Hind'],
  ['لمى', 'Lama'],
  ['منى', 'Mona'],
  ['عائشة', 'Aisha'],
  ['فاطمة', 'Fatimah'],
  ['جود', 'Joud'],
  ['دانة', 'Dana'],
];
const FAMILY = [
  ['القحطاني', 'Alqahtani'],
  ['العتيبي', 'Alotaibi'],
  ['الشمري', 'Alshammari'],
  ['الدوسري', 'Aldosari'],
  ['الغامدي', 'Alghamdi'],
  ['الزهراني', 'Alzahrani'],
  ['الحربي', 'Alharbi'],
  ['المطيري', 'Almutairi'],
  ['السبيعي', 'Alsubaie'],
  ['العنزي', 'Alanazi'],
];
const CITIES = [
  ['Riyadh', 'Al Olaya', '12211'],
  ['Jeddah', 'Al Rawdah', '23432'],
  ['Dammam', 'Al Faisaliyah', '32272'],
  ['Makkah', 'Al Aziziyah', '24243'],
  ['Madinah', 'Quba', '42311'],
];
const NATIONALITIES = ['IND', 'PAK', 'EGY', 'PHL', 'BGD', 'YEM', 'SDN', 'JOR'];

/**
 * A deterministic synthetic registry for scale tests: person n gets ID 3xxxxxxxx-style numbers
 * far from the demo IDs (1/2 followed by 8 digits of n + 10,000,000), names from small lists,
 * one or two mobiles, families of four. Same count → same people, every time.
 */
export function syntheticPersons(count: number): Readable {
  let n = 0;
  return new Readable({
    read() {
      if (n === 0) this.push(`${PERSON_COLUMNS.join(',')}\n`);
      let chunk = '';
      for (let i = 0; i < 1000 && n < count; i++, n++) chunk += row(n);
      this.push(chunk || null);
      if (n >= count && chunk) this.push(null);
    },
  });
}

function row(n: number): string {
  const resident = n % 5 === 4;
  const id = withCheckDigit(`${resident ? 2 : 1}${String(10_000_000 + n).padStart(8, '0')}`);
  const female = n % 2 === 1;
  const [firstAr, firstEn] = (female ? FIRST_F : FIRST_M)[n % 10];
  const [fatherAr, fatherEn] = FIRST_M[(n >> 3) % 10];
  const [grandAr, grandEn] = FIRST_M[(n >> 6) % 10];
  const [familyAr, familyEn] = FAMILY[(n >> 2) % 10];
  const [city, district, postal] = CITIES[n % 5];
  const year = 1950 + (n % 60);
  const dob = `${year}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
  const mobile = `05${String(n % 100_000_000).padStart(8, '0')}`;
  const mobiles = n % 7 === 0 ? `${mobile};+9665${String((n * 7) % 100_000_000).padStart(8, '0')}` : mobile;
  const head = n % 4 === 0 || resident ? '' : withCheckDigit(`1${String(10_000_000 + n - (n % 4)).padStart(8, '0')}`);
  return `${id},${firstAr},${fatherAr},${grandAr},${familyAr},${firstEn},${fatherEn},${grandEn},${familyEn},${dob},${female ? 'F' : 'M'},${resident ? NATIONALITIES[n % 8] : 'SAU'},${mobiles},false,${city},${district},${postal},${head}\n`;
}
