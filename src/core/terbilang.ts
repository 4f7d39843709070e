// Indonesian number words, as statutes write them: "24 (dua puluh empat)",
// "Rp5.000.000.000,00 (lima miliar rupiah)", "Bagian Kedua Belas" (R36, R44).

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

const SCALES: readonly [bigint, string][] = [
  [1_000_000_000_000_000n, 'biliun'],
  [1_000_000_000_000n, 'triliun'],
  [1_000_000_000n, 'miliar'],
  [1_000_000n, 'juta'],
];

function belowThousand(n: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(`${ONES[hundreds]} ratus`);
  if (rest === 0) return words.join(' ');
  if (rest < 10) words.push(ONES[rest]!);
  else if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest < 20) words.push(`${ONES[rest - 10]} belas`);
  else {
    const tens = Math.floor(rest / 10);
    const ones = rest % 10;
    words.push(ones === 0 ? `${ONES[tens]} puluh` : `${ONES[tens]} puluh ${ONES[ones]}`);
  }
  return words.join(' ');
}

/** Words for a non-negative whole number: 1000 -> "seribu", 2500000000 -> "dua miliar lima ratus juta". */
export function terbilang(value: number | bigint): string {
  let n = typeof value === 'bigint' ? value : BigInt(Math.trunc(value));
  if (n < 0n) return `minus ${terbilang(-n)}`;
  if (n === 0n) return 'nol';
  const words: string[] = [];
  for (const [scale, name] of SCALES) {
    if (n >= scale) {
      words.push(`${terbilang(n / scale)} ${name}`);
      n %= scale;
    }
  }
  const thousands = Number(n / 1000n);
  const rest = Number(n % 1000n);
  if (thousands === 1) words.push('seribu');
  else if (thousands > 1) words.push(`${belowThousand(thousands)} ribu`);
  if (rest > 0) words.push(belowThousand(rest));
  return words.join(' ');
}

/** "24 (dua puluh empat)" - a number in digits followed by its words (R44). */
export function angkaDenganKata(n: number): string {
  return `${formatThousands(BigInt(n))} (${terbilang(n)})`;
}

/** Digits grouped by dots, Indonesian style: 1000000 -> "1.000.000". */
export function formatThousands(n: bigint): string {
  const s = (n < 0n ? -n : n).toString();
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0n ? `-${grouped}` : grouped;
}

/** "Rp5.000.000.000,00 (lima miliar rupiah)" (R44). */
export function rupiah(amount: number | bigint): string {
  const n = typeof amount === 'bigint' ? amount : BigInt(Math.round(amount));
  return `Rp${formatThousands(n)},00 (${terbilang(n)} rupiah)`;
}

function capitalise(words: string): string {
  return words.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, ch: string) => space + ch.toUpperCase());
}

/** Ordinal for Bagian: 1 -> "Kesatu", 11 -> "Kesebelas", 12 -> "Kedua Belas", 21 -> "Kedua Puluh Satu" (R36). */
export function ordinalBagian(n: number): string {
  return capitalise(`ke${terbilang(n)}`);
}

/** Ordinal for amendment titles and BUKU: 2 -> "KEDUA" (R9, R34). */
export function ordinalUpper(n: number): string {
  return ordinalBagian(n).toUpperCase();
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Roman numeral for BAB and the Pasal of an amending law (R35, R129). */
export function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Parses a Roman numeral; NaN if malformed. */
export function fromRoman(s: string): number {
  const n = [...s].reduce((acc, ch, i, all) => {
    const v = ROMAN.find(([, sym]) => sym === ch)?.[0] ?? NaN;
    const next = ROMAN.find(([, sym]) => sym === all[i + 1])?.[0] ?? 0;
    return acc + (v < next ? -v : v);
  }, 0);
  return roman(n) === s ? n : NaN;
}

export type AfterZ = 'doubled' | 'spreadsheet';

/**
 * Letter for the nth item (1-based): a..z, then what comes after z. Lampiran II has
 * no rule for lists longer than 26 (R48); doubled letters "aa, bb" are seen in
 * practice [M] and are the default, "aa, ab" is the alternative.
 */
export function letter(n: number, afterZ: AfterZ = 'doubled'): string {
  if (n <= 26) return String.fromCharCode(96 + n);
  if (afterZ === 'doubled') {
    const ch = String.fromCharCode(96 + ((n - 1) % 26) + 1);
    return ch.repeat(Math.floor((n - 1) / 26) + 1);
  }
  let out = '';
  let rest = n;
  while (rest > 0) {
    const r = (rest - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}
