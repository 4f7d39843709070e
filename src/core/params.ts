// Template parameters and how their values are written in the official style:
// "24 (dua puluh empat) jam", "kategori VI", "Rp5.000.000.000,00 (lima miliar
// rupiah)" (R44, R76, R158).
import type { Param } from './library';
import { angkaDenganKata, roman, rupiah } from './terbilang';

/** What a slot node needs to write its value without the library. */
export type SlotFormat =
  | { readonly type: 'integer'; readonly unit: string; readonly prefix?: string }
  | { readonly type: 'kategori' }
  | { readonly type: 'rupiah' }
  | { readonly type: 'choice'; readonly options: Readonly<Record<string, string>> };

export type ParamValue = number | string;

/** The format a slot of this parameter carries. */
export function slotFormat(param: Param): SlotFormat {
  switch (param.type) {
    case 'integer':
      return param.prefix ? { type: 'integer', unit: param.unit, prefix: param.prefix } : { type: 'integer', unit: param.unit };
    case 'kategori':
      return { type: 'kategori' };
    case 'rupiah':
      return { type: 'rupiah' };
    case 'choice':
      return { type: 'choice', options: Object.fromEntries(param.options.map((o) => [o.value, o.text])) };
  }
}

/** Writes a value in the official style. */
/** A number, or a non-blank numeric string; NaN for anything else (null and '' are not 0). */
/** A whole number not below zero, or NaN: "1.000" or 2.5 is no value a slot can print. */
function numeric(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : Number.NaN;
}

export function formatValue(format: SlotFormat | null, value: unknown): string {
  if (!format) return String(value ?? '');
  switch (format.type) {
    case 'integer': {
      const n = numeric(value);
      if (!Number.isFinite(n)) return '…';
      const text = `${angkaDenganKata(n)} ${format.unit}`;
      return format.prefix ? `${format.prefix} ${text}` : text;
    }
    case 'kategori': {
      const n = numeric(value);
      return Number.isInteger(n) && n >= 1 && n <= 8 ? `kategori ${roman(n)}` : 'kategori …';
    }
    case 'rupiah': {
      const n = numeric(value);
      return Number.isFinite(n) ? rupiah(n) : 'Rp…';
    }
    case 'choice':
      return format.options[String(value)] ?? '…';
  }
}

/** Why a value does not fit its parameter, for messages in either language. */
export type ValueProblem = { readonly kind: 'integer' } | { readonly kind: 'min'; readonly bound: number } | { readonly kind: 'max'; readonly bound: number } | { readonly kind: 'choice'; readonly options: readonly string[] };

/** Checks a value against its parameter; null when valid. */
export function valueProblem(param: Param, value: unknown): ValueProblem | null {
  switch (param.type) {
    case 'integer':
    case 'kategori':
    case 'rupiah': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return { kind: 'integer' };
      if (value < param.min) return { kind: 'min', bound: param.min };
      if (value > param.max) return { kind: 'max', bound: param.max };
      return null;
    }
    case 'choice':
      return param.options.some((o) => o.value === value) ? null : { kind: 'choice', options: param.options.map((o) => o.value) };
  }
}

/** Checks a value against its parameter; null when valid, else a message (Indonesian) naming the bound. */
export function checkValue(param: Param, value: unknown): string | null {
  const p = valueProblem(param, value);
  if (!p) return null;
  switch (p.kind) {
    case 'integer':
      return `${param.name}: harus bilangan bulat`;
    case 'min':
      return `${param.name}: paling rendah ${p.bound}`;
    case 'max':
      return `${param.name}: paling tinggi ${p.bound}`;
    case 'choice':
      return `${param.name}: pilih salah satu dari ${p.options.join(', ')}`;
  }
}
