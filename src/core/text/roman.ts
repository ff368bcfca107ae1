// Roman numerals: how plans number their sections (I, II, … VI) and quarters (Quý II).

const DIGITS: Array<[number, string]> = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 6 → "VI", 14 → "XIV" (plans never go near 40). */
export function romanNumeral(n: number): string {
  let rest = Math.floor(n);
  let out = '';
  for (const [value, letters] of DIGITS) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
