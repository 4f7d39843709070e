// The English gloss of every template reads with its parameter values, never
// with raw {placeholders}; units, fine categories and rupiah read in English.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/io/library-loader';
import type { Library } from '../../src/core/library';
import { englishGloss, englishValue } from '../../src/core/gloss';

let lib: Library;
beforeAll(async () => {
  lib = await loadLibrary('templates');
});

describe('English gloss', () => {
  test('every template, at its defaults, has no placeholder left', () => {
    for (const t of lib.templates) expect(englishGloss(t, {}, lib.kategori), t.id).not.toMatch(/\{[a-z][A-Za-z0-9]*\}/);
  });

  test('values read in English: hours, years, a fine category with its rupiah, a missing value', () => {
    const t = lib.templates.find((x) => x.id === 'itikad-baik')!;
    expect(englishGloss(t, { jamLapor: 12 }, lib.kategori)).toContain('within 12 hours of being done');
    const jam = t.params.find((p) => p.name === 'jamLapor')!;
    expect(englishValue(jam, 1, lib.kategori)).toBe('1 hour');
    expect(englishValue(jam, 2.5, lib.kategori)).toBe('…');
    const withFine = lib.templates.find((x) => x.params.some((p) => p.type === 'kategori'))!;
    const fine = withFine.params.find((p) => p.type === 'kategori')!;
    expect(englishValue(fine, 6, lib.kategori)).toBe('category VI (Rp2,000,000,000)');
    const years = lib.templates.flatMap((x) => x.params).find((p) => p.type === 'integer' && p.unit === 'tahun')!;
    expect(englishValue(years, 15, lib.kategori)).toBe('15 years');
  });
});
