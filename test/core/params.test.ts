// Template parameters written in the official style (R44, R76, R158): the
// strings params.ts produces for each parameter type and unit, the bounds a
// value must keep, and the KUHP fine categories with their rupiah equivalents.
// The words themselves are tested in terbilang.test.ts; here it is the whole
// parameter string, on awkward values, that is checked.
import { beforeAll, describe, expect, test } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Node } from 'prosemirror-model';
import { loadLibrary } from '../../src/io/library-loader';
import { indexLibrary, UNITS, type ClauseTemplate, type Library, type LibraryIndex, type Param, type Unit } from '../../src/core/library';
import { checkValue, formatValue, slotFormat, type SlotFormat } from '../../src/core/params';
import { skeletonBill } from '../../src/core/build';
import { insertTemplate, InstantiationError } from '../../src/core/instantiate';
import { computeNumbering } from '../../src/core/numbering';
import { provisionText } from '../../src/core/reading';
import { ParamInput } from '../../src/renderer/LibraryPane';

let lib: Library;
let idx: LibraryIndex;

beforeAll(async () => {
  lib = await loadLibrary('templates');
  idx = indexLibrary(lib);
});

const label = { id: 'Uji', en: 'Test' };
const integerParam = (unit: Unit, extra: Partial<Extract<Param, { type: 'integer' }>> = {}): Extract<Param, { type: 'integer' }> => ({ name: 'nilai', type: 'integer', unit, default: 24, min: 1, max: 72, label, ...extra });
const kategoriParam = (min: number, max: number): Extract<Param, { type: 'kategori' }> => ({ name: 'denda', type: 'kategori', default: min, min, max, label });
const rupiahParam: Extract<Param, { type: 'rupiah' }> = { name: 'ganti', type: 'rupiah', default: 5_000_000_000, min: 0, max: 5_000_000_000, label };

function template(id: string): ClauseTemplate {
  const t = idx.template(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

function param(templateId: string, name: string): Param {
  const p = template(templateId).params.find((x) => x.name === name);
  if (!p) throw new Error(`${templateId} has no parameter ${name}`);
  return p;
}

describe('slot formats', () => {
  test('an integer parameter carries its unit, and its prefix only when it has one', () => {
    expect(slotFormat(integerParam('jam'))).toStrictEqual({ type: 'integer', unit: 'jam' });
    expect(slotFormat(integerParam('tahun', { prefix: 'paling lama' }))).toStrictEqual({ type: 'integer', unit: 'tahun', prefix: 'paling lama' });
  });

  test('kategori, rupiah and choice parameters', () => {
    expect(slotFormat(kategoriParam(4, 7))).toStrictEqual({ type: 'kategori' });
    expect(slotFormat(rupiahParam)).toStrictEqual({ type: 'rupiah' });
    expect(slotFormat(param('kepemilikan-akses', 'jumlahMateri'))).toStrictEqual({ type: 'choice', options: { '10': '10 (sepuluh)', '100': '100 (seratus)', '1000': '1.000 (seribu)' } });
  });
});

describe('integer parameters: digits, words in brackets, unit', () => {
  const cases: [number, Unit, string][] = [
    [24, 'jam', '24 (dua puluh empat) jam'],
    [0, 'jam', '0 (nol) jam'],
    [11, 'hari', '11 (sebelas) hari'],
    [100, 'bulan', '100 (seratus) bulan'],
    [15, 'tahun', '15 (lima belas) tahun'],
    [1000, 'kali', '1.000 (seribu) kali'],
    [1_000_000_000, 'orang', '1.000.000.000 (satu miliar) orang'],
    [2_500_000_000, 'orang', '2.500.000.000 (dua miliar lima ratus juta) orang'],
    [12, 'bulan', '12 (dua belas) bulan'],
    [111, 'hari', '111 (seratus sebelas) hari'],
  ];
  test.each(cases)('%d %s -> %s', (n, unit, text) => {
    expect(formatValue(slotFormat(integerParam(unit)), n)).toBe(text);
  });

  test('the cases cover every unit a parameter may have', () => {
    expect(new Set(cases.map(([, unit]) => unit))).toEqual(new Set(UNITS));
  });

  test('a prefix goes before the number: "paling lama 15 (lima belas) tahun"', () => {
    const f = slotFormat(integerParam('tahun', { prefix: 'paling lama' }));
    expect(formatValue(f, 15)).toBe('paling lama 15 (lima belas) tahun');
    expect(formatValue(f, 11)).toBe('paling lama 11 (sebelas) tahun');
    expect(formatValue(slotFormat(integerParam('jam', { prefix: 'paling lambat' })), 1000)).toBe('paling lambat 1.000 (seribu) jam');
  });

  test('a value stored as text (from a draft file) is written the same way', () => {
    expect(formatValue({ type: 'integer', unit: 'jam' }, '48')).toBe('48 (empat puluh delapan) jam');
  });

  test('a value that is not a number gives a placeholder, never a number', () => {
    const f: SlotFormat = { type: 'integer', unit: 'jam' };
    expect(formatValue(f, Number.NaN)).toBe('…');
    expect(formatValue(f, undefined)).toBe('…');
    expect(formatValue(f, 'dua puluh empat')).toBe('…');
    expect(formatValue(f, Number.POSITIVE_INFINITY)).toBe('…');
  });

  test('a fraction, a negative number or a number written with dots gives a placeholder, never a crash', () => {
    const f: SlotFormat = { type: 'integer', unit: 'tahun' };
    expect(formatValue(f, 2.5)).toBe('…');
    expect(formatValue(f, -3)).toBe('…');
    expect(formatValue(f, '1.000')).toBe('…');
    expect(formatValue(f, 1e21)).toBe('…');
    expect(formatValue({ type: 'rupiah' }, 2.5)).toBe('Rp…');
    expect(formatValue({ type: 'kategori' }, 2.5)).toBe('kategori …');
  });

  // A slot node's value defaults to null (src/core/kinds.ts); a slot without a
  // value must not print as "0 (nol) jam" in the bill.
  test('a slot with no value (null or empty) gives a placeholder, not zero', () => {
    expect(formatValue({ type: 'integer', unit: 'tahun', prefix: 'paling lama' }, null)).toBe('…');
    expect(formatValue({ type: 'integer', unit: 'jam' }, null)).toBe('…');
    expect(formatValue({ type: 'integer', unit: 'jam' }, '')).toBe('…');
    expect(formatValue({ type: 'rupiah' }, null)).toBe('Rp…');
  });
});

describe('fine categories: "pidana denda paling banyak kategori VI"', () => {
  test.each([
    [1, 'kategori I'],
    [2, 'kategori II'],
    [3, 'kategori III'],
    [4, 'kategori IV'],
    [5, 'kategori V'],
    [6, 'kategori VI'],
    [7, 'kategori VII'],
    [8, 'kategori VIII'],
  ])('%d -> %s', (n, text) => {
    expect(formatValue({ type: 'kategori' }, n)).toBe(text);
  });

  test('in a sentence', () => {
    expect(`pidana denda paling banyak ${formatValue(slotFormat(param('kepemilikan-akses', 'denda')), 6)}`).toBe('pidana denda paling banyak kategori VI');
  });

  test('outside I-VIII or not whole: a placeholder', () => {
    for (const v of [0, 9, 11, 100, 2.5, -1, Number.NaN, 'enam']) expect(formatValue({ type: 'kategori' }, v), String(v)).toBe('kategori …');
    expect(formatValue({ type: 'kategori' }, '6')).toBe('kategori VI');
  });
});

describe('rupiah amounts: "Rp5.000.000.000,00 (lima miliar rupiah)"', () => {
  // 0, 100, 2.500.000.000 and 5.000.000.000 are checked on rupiah() in terbilang.test.ts.
  test.each([
    [5_000_000_000, 'Rp5.000.000.000,00 (lima miliar rupiah)'],
    [11, 'Rp11,00 (sebelas rupiah)'],
    [1000, 'Rp1.000,00 (seribu rupiah)'],
    [1_000_000, 'Rp1.000.000,00 (satu juta rupiah)'],
    [1_000_000_000, 'Rp1.000.000.000,00 (satu miliar rupiah)'],
    [1_001_000, 'Rp1.001.000,00 (satu juta seribu rupiah)'],
    [2_500_000_000, 'Rp2.500.000.000,00 (dua miliar lima ratus juta rupiah)'],
  ])('%d -> %s', (n, text) => {
    expect(formatValue(slotFormat(rupiahParam), n)).toBe(text);
  });

  test('a value that is not a number gives a placeholder', () => {
    expect(formatValue({ type: 'rupiah' }, Number.NaN)).toBe('Rp…');
    expect(formatValue({ type: 'rupiah' }, 'lima miliar')).toBe('Rp…');
  });
});

describe('choice parameters', () => {
  test('print the option text; an unknown option prints a placeholder', () => {
    const f = slotFormat(param('kepemilikan-akses', 'jumlahMateri'));
    expect(formatValue(f, '1000')).toBe('1.000 (seribu)');
    expect(formatValue(f, '10')).toBe('10 (sepuluh)');
    expect(formatValue(f, '5')).toBe('…');
  });

  test('without a format the raw value is printed', () => {
    expect(formatValue(null, 'teks')).toBe('teks');
    expect(formatValue(null, undefined)).toBe('');
  });
});

describe('KUHP fine categories (UU 1/2023 Pasal 79 ayat (1))', () => {
  const table: [number, string, string][] = [
    [1, 'I', 'Rp1.000.000,00 (satu juta rupiah)'],
    [2, 'II', 'Rp10.000.000,00 (sepuluh juta rupiah)'],
    [3, 'III', 'Rp50.000.000,00 (lima puluh juta rupiah)'],
    [4, 'IV', 'Rp200.000.000,00 (dua ratus juta rupiah)'],
    [5, 'V', 'Rp500.000.000,00 (lima ratus juta rupiah)'],
    [6, 'VI', 'Rp2.000.000.000,00 (dua miliar rupiah)'],
    [7, 'VII', 'Rp5.000.000.000,00 (lima miliar rupiah)'],
    [8, 'VIII', 'Rp50.000.000.000,00 (lima puluh miliar rupiah)'],
  ];

  test('templates/kategori.yaml holds the eight categories, and the formatter prints each one and its amount', () => {
    expect(lib.kategori.map((k) => k.kategori)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const printed = lib.kategori.map((k) => [k.kategori, k.roman, formatValue({ type: 'rupiah' }, k.rupiah)]);
    expect(printed).toEqual(table);
    for (const k of lib.kategori) expect(formatValue({ type: 'kategori' }, k.kategori)).toBe(`kategori ${k.roman}`);
  });

  test('a kategori parameter input shows the category and its rupiah equivalent', () => {
    for (const [n, roman, amount] of table) {
      const html = renderToStaticMarkup(createElement(ParamInput, { param: kategoriParam(1, 8), value: n, lib: idx, lang: 'id', onChange: () => undefined }));
      expect(html.replace(/<!-- -->/g, ''), `kategori ${roman}`).toContain(`kategori ${roman} = setara ${amount}`);
    }
  });
});

describe('bounds', () => {
  test('integer: whole numbers within min..max; the message names the parameter and the bound', () => {
    const p = param('itikad-baik', 'jamLapor');
    expect(p).toMatchObject({ type: 'integer', min: 1, max: 72 });
    expect(checkValue(p, 1)).toBeNull();
    expect(checkValue(p, 72)).toBeNull();
    expect(checkValue(p, 0)).toBe('jamLapor: paling rendah 1');
    expect(checkValue(p, 73)).toBe('jamLapor: paling tinggi 72');
    expect(checkValue(p, 1000)).toBe('jamLapor: paling tinggi 72');
    expect(checkValue(p, 24.5)).toBe('jamLapor: harus bilangan bulat');
    expect(checkValue(p, '24')).toBe('jamLapor: harus bilangan bulat');
    expect(checkValue(p, Number.NaN)).toBe('jamLapor: harus bilangan bulat');
    expect(checkValue(p, null)).toBe('jamLapor: harus bilangan bulat');
  });

  test('kategori: only the categories the template allows', () => {
    const p = param('kepemilikan-akses', 'denda');
    expect(p).toMatchObject({ type: 'kategori', min: 4, max: 7 });
    expect([4, 5, 6, 7].map((v) => checkValue(p, v))).toEqual([null, null, null, null]);
    expect(checkValue(p, 3)).toBe('denda: paling rendah 4');
    expect(checkValue(p, 8)).toBe('denda: paling tinggi 7');
    expect(checkValue(p, 6.5)).toBe('denda: harus bilangan bulat');
  });

  test('rupiah: whole rupiah within min..max', () => {
    expect(checkValue(rupiahParam, 0)).toBeNull();
    expect(checkValue(rupiahParam, 5_000_000_000)).toBeNull();
    expect(checkValue(rupiahParam, -1)).toBe('ganti: paling rendah 0');
    expect(checkValue(rupiahParam, 5_000_000_001)).toBe('ganti: paling tinggi 5000000000');
    expect(checkValue(rupiahParam, 1000.5)).toBe('ganti: harus bilangan bulat');
  });

  test('choice: one of the options, by value (text, not a number)', () => {
    const p = param('kepemilikan-akses', 'jumlahMateri');
    expect(checkValue(p, '1000')).toBeNull();
    expect(checkValue(p, '5')).toBe('jumlahMateri: pilih salah satu dari 10, 100, 1000');
    expect(checkValue(p, 100)).toBe('jumlahMateri: pilih salah satu dari 10, 100, 1000');
  });

  test('every library parameter default is within its own bounds', () => {
    const bad = lib.templates.flatMap((t) => t.params.filter((p) => checkValue(p, p.default) !== null).map((p) => `${t.id}.${p.name}: ${checkValue(p, p.default)}`));
    expect(bad).toEqual([]);
  });

  test('inserting a template with a value out of bounds is refused, naming template, parameter and bound', () => {
    const base = skeletonBill('Uji');
    const t = template('itikad-baik');
    let error: unknown;
    try {
      insertTemplate(base, t, idx, { params: { jamLapor: 73 } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InstantiationError);
    const ie = error as InstantiationError;
    expect(ie.template).toBe('itikad-baik');
    expect(ie.field).toBe('params.jamLapor');
    expect(ie.message).toBe('itikad-baik: params.jamLapor: jamLapor: paling tinggi 72');
    expect(() => insertTemplate(base, template('kepemilikan-akses'), idx, { params: { denda: 8 } })).toThrow('kepemilikan-akses: params.denda: denda: paling tinggi 7');
    expect(() => insertTemplate(base, template('kepemilikan-akses'), idx, { params: { jumlahMateri: '5' } })).toThrow(/params\.jumlahMateri: jumlahMateri: pilih salah satu dari 10, 100, 1000/);
    expect(() => insertTemplate(base, t, idx, { params: { jamLapor: '24' } })).toThrow(/jamLapor: harus bilangan bulat/);
  });
});

describe('parameters in an instantiated clause', () => {
  function pasalText(doc: Node, id: string): string {
    let found: Node | null = null;
    doc.descendants((n) => {
      if (found) return false;
      if (n.attrs.id === id) found = n;
      return !found;
    });
    if (!found) throw new Error(`no node ${id}`);
    const numbering = computeNumbering(doc, { lawArticles: (l) => idx.law(l)?.articles });
    return provisionText(found, [id], { numbering, lib: idx });
  }

  test('penalty slots read as the statute writes them', () => {
    const r = insertTemplate(skeletonBill('Uji'), template('kepemilikan-akses'), idx, { params: { penjara: 4, denda: 4, jumlahMateri: '1000', usiaAnak: 11, penjaraBerat: 20, dendaBerat: 8 } });
    const pidana = pasalText(r.tr.doc, r.inserted[1]!);
    expect(pidana).toContain('dipidana dengan pidana penjara paling lama 4 (empat) tahun dan/atau pidana denda paling banyak kategori IV.');
    expect(pidana).toContain('dipidana dengan pidana penjara paling lama 7 (tujuh) tahun dan/atau pidana denda paling banyak kategori V.');
    expect(pidana).toContain('dalam jumlah paling sedikit 1.000 (seribu) satuan;');
    expect(pidana).toContain('yang menggambarkan Anak yang belum berusia 11 (sebelas) tahun; atau');
    expect(pidana).toContain('pelaku dipidana dengan pidana penjara paling lama 20 (dua puluh) tahun dan/atau pidana denda paling banyak kategori VIII.');
  });

  test('a deadline slot: "paling lambat 24 (dua puluh empat) jam"', () => {
    const r = insertTemplate(skeletonBill('Uji'), template('itikad-baik'), idx);
    expect(pasalText(r.tr.doc, r.inserted[0]!)).toContain('dilaporkan kepada Pusat Koordinasi paling lambat 24 (dua puluh empat) jam sejak perbuatan tersebut dilakukan.');
    const r11 = insertTemplate(skeletonBill('Uji'), template('itikad-baik'), idx, { params: { jamLapor: 11 } });
    expect(pasalText(r11.tr.doc, r11.inserted[0]!)).toContain('paling lambat 11 (sebelas) jam sejak');
  });
});
