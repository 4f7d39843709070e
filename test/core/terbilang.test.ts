import { describe, expect, test } from 'vitest';
import { angkaDenganKata, letter, ordinalBagian, roman, fromRoman, rupiah, terbilang } from '../../src/core/terbilang';

describe('terbilang', () => {
  test.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [24, 'dua puluh empat'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [2500, 'dua ribu lima ratus'],
    [1_000_000, 'satu juta'],
    [1_000_000_000, 'satu miliar'],
    [2_500_000_000, 'dua miliar lima ratus juta'],
    [5_000_000_000, 'lima miliar'],
    [50_000_000_000, 'lima puluh miliar'],
    [1_000_000_000_000, 'satu triliun'],
  ])('%d -> %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  test('official number forms', () => {
    expect(angkaDenganKata(24)).toBe('24 (dua puluh empat)');
    expect(angkaDenganKata(11)).toBe('11 (sebelas)');
    expect(angkaDenganKata(1000)).toBe('1.000 (seribu)');
    expect(rupiah(5_000_000_000)).toBe('Rp5.000.000.000,00 (lima miliar rupiah)');
    expect(rupiah(2_500_000_000)).toBe('Rp2.500.000.000,00 (dua miliar lima ratus juta rupiah)');
    expect(rupiah(0)).toBe('Rp0,00 (nol rupiah)');
    expect(rupiah(100)).toBe('Rp100,00 (seratus rupiah)');
  });

  test('Bagian ordinals (R36)', () => {
    expect([1, 2, 10, 11, 12, 19, 20, 21, 100].map(ordinalBagian)).toEqual([
      'Kesatu', 'Kedua', 'Kesepuluh', 'Kesebelas', 'Kedua Belas', 'Kesembilan Belas', 'Kedua Puluh', 'Kedua Puluh Satu', 'Keseratus',
    ]);
  });

  test('Roman numerals round-trip', () => {
    for (let n = 1; n < 400; n++) expect(fromRoman(roman(n))).toBe(n);
    expect(roman(9)).toBe('IX');
    expect(roman(14)).toBe('XIV');
    expect(fromRoman('IIII')).toBeNaN();
  });

  test('letters after z (R48)', () => {
    expect(letter(1)).toBe('a');
    expect(letter(26)).toBe('z');
    expect(letter(27)).toBe('aa');
    expect(letter(28)).toBe('bb');
    expect(letter(53)).toBe('aaa');
    expect(letter(27, 'spreadsheet')).toBe('aa');
    expect(letter(28, 'spreadsheet')).toBe('ab');
  });
});
