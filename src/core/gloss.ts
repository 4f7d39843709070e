// The English gloss of a template with its parameters filled in: "within 24
// hours", "up to 12 years", "category VI (Rp2,000,000,000)". The gloss is
// for readers of the library; the bill itself is written only in Indonesian.
import type { ClauseTemplate, Kategori, Param, UNITS } from './library';
import type { ParamValue } from './params';
import { roman } from './terbilang';

const ENGLISH_UNITS: Readonly<Record<(typeof UNITS)[number], readonly [string, string]>> = {
  jam: ['hour', 'hours'],
  kali: ['time', 'times'],
  hari: ['day', 'days'],
  bulan: ['month', 'months'],
  tahun: ['year', 'years'],
  orang: ['person', 'persons'],
};

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** One parameter value in English; "…" when the value is missing or out of type. */
export function englishValue(param: Param, value: ParamValue | undefined, kategori: readonly Kategori[]): string {
  if (param.type === 'choice') return param.options.find((o) => o.value === value)?.label.en ?? '…';
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return '…';
  if (param.type === 'kategori') {
    const k = kategori.find((x) => x.kategori === value);
    return k ? `category ${roman(value)} (Rp${grouped(k.rupiah)})` : `category ${roman(value)}`;
  }
  if (param.type === 'rupiah') return `Rp${grouped(value)}`;
  const unit = ENGLISH_UNITS[param.unit];
  return `${value} ${value === 1 ? unit[0] : unit[1]}`;
}

/** The template's English gloss with every {param} replaced by its value. */
export function englishGloss(t: ClauseTemplate, params: Readonly<Record<string, ParamValue>>, kategori: readonly Kategori[]): string {
  return t.english.replace(/\{([a-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    const param = t.params.find((p) => p.name === name);
    return param ? englishValue(param, params[name] ?? param.default, kategori) : whole;
  });
}
