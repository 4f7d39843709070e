// Builds templates/law/*.yaml (the existing-law corpus) from
// reference/indonesia-law.json and reference/laws/*.md.
//
//   node scripts/corpus/build-law-corpus.mjs            writes the files
//   node scripts/corpus/build-law-corpus.mjs --dry-run  only prints what it would write
//
// Rules (kept for provenance; see scripts/corpus/README.md):
// - Statute wording, glosses, status, amendedBy, sources, verificationNote,
//   version and adjustedBy2026 are copied from indonesia-law.json unchanged.
// - This script adds structure and metadata only: `of` (the principal law whose
//   article an entry is), `currency` + `currencyNote` (decided from the JSON's
//   own fields, see DECISIONS below), `inForce` (the wording in force since
//   2 Januari 2026, composed mechanically where that is safe), and laws.yaml
//   (citations, gazette numbers read in reference/laws/*.md with the place
//   they were read, amendments, pasal lists).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { extractHeadings, extractRoman, extractInstructions, insertAfter, readLaw } from './articles.mjs';
import { ADDITIONS, additionProvision } from './additions.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
export const OUT_DIR = path.join(ROOT, 'templates/law');
export const JSON_PATH = process.env.RANCANG_REFERENCE_JSON ?? '/work/shared/reference/indonesia-law.json';
const DRY = process.argv.includes('--dry-run');

const entries = JSON.parse(readFileSync(JSON_PATH, 'utf8'));
const fail = (msg) => {
  throw new Error(msg);
};

// ------------------------------------------------------------------ gazette readings

/**
 * Finds `snippet` in a laws/*.md file (whitespace-insensitive) and returns
 * "laws/<file> line(s) a-b". Throws if the snippet is not there, so every
 * `source` below is checked against the text each time the script runs.
 */
function where(file, snippet) {
  const text = readLaw(file);
  const pattern = snippet
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const m = new RegExp(pattern).exec(text);
  if (!m) fail(`gazette reading not found in laws/${file}: "${snippet}"`);
  const a = text.slice(0, m.index).split('\n').length;
  const b = a + m[0].split('\n').length - 1;
  return `laws/${file} ${a === b ? `line ${a}` : `lines ${a}-${b}`}`;
}
const q = (file, snippet, what) => `${where(file, snippet)} (${what}: "${snippet}")`;

// ------------------------------------------------------------------ pasal lists

function principalArticles() {
  const notes = {};
  const lists = {};
  for (const [id, file] of [
    ['UU-23-2002', 'uu-2002-23.md'],
    ['UU-21-2007', 'uu-2007-21.md'],
    ['UU-11-2008', 'uu-2008-11.md'],
    ['UU-44-2008', 'uu-2008-44.md'],
    ['UU-12-2022', 'uu-2022-12.md'],
    ['UU-1-2023', 'uu-2023-1.md'],
  ]) {
    const h = extractHeadings(file);
    lists[id] = h.articles;
    notes[id] = h.notes;
    if (h.notes.some((n) => n.includes('no heading found'))) fail(`${id}: gap in the pasal headings: ${h.notes.join('; ')}`);
  }
  // expected sizes of the original texts (last heading = number of pasal, no gaps)
  const expect = { 'UU-23-2002': 93, 'UU-21-2007': 67, 'UU-11-2008': 54, 'UU-44-2008': 45, 'UU-12-2022': 93, 'UU-1-2023': 624 };
  for (const [id, n] of Object.entries(expect)) {
    const l = lists[id];
    if (l.length !== n || l.at(-1) !== String(n) || l.some((p, i) => p !== String(i + 1))) fail(`${id}: expected Pasal 1-${n}, got ${l.length}`);
  }

  // UU 23/2002 + UU 35/2014 (+ Perppu 1/2016 = UU 17/2016)
  const uu35 = extractInstructions('uu-2014-35.md');
  for (const x of uu35.inserted) insertAfter(lists['UU-23-2002'], x.after, x.pasal);
  const pa = lists['UU-23-2002'];
  const jsonSays = 'UU 17/2016 amended only Pasal 81, 81A, 82, 82A';
  if (!entries.some((e) => e.amendedBy.includes(jsonSays))) fail('JSON no longer says which pasal UU 17/2016 amended');
  if (!entries.some((e) => e.law === 'UU-17-2016' && e.article === 'Pasal 81A' && /Inserted into UU 23\/2002 by Perppu 1\/2016/.test(e.amendedBy))) fail('JSON no longer says 81A was inserted by Perppu 1/2016');
  insertAfter(pa, '81', ['81A']);
  insertAfter(pa, '82', ['82A']);

  // UU 11/2008 + UU 19/2016 + UU 1/2024
  const ite = lists['UU-11-2008'];
  // UU 19/2016: its amending instruction for Pasal 45 is lost in the OCR ("8. Ketentuan ."), but
  // its batang tubuh has the heading "Pasal 45A" and its Penjelasan "Pasal 45A ... Pasal 45El";
  // UU 1/2024 then amends both ("Ketentuan Pasal 45A diubah", "Ketentuan Pasal 45B diubah").
  where('uu-2016-19.md', 'Pasal 45A');
  where('uu-2016-19.md', 'Pasal 45A Cukup ^jelas. Pasal 45El');
  where('uu-2024-1.md', '17. Ketentuan Pasal 45A diubah');
  where('uu-2024-1.md', '18. Ketentuan Pasal 45B diubah');
  insertAfter(ite, '45', ['45A', '45B']);
  const uu1_2024 = extractInstructions('uu-2024-1.md');
  for (const x of uu1_2024.inserted) insertAfter(ite, x.after, x.pasal);

  // UU 1/2023 + UU 1/2026 Pasal VII
  const uu1_2026 = extractInstructions('uu-2026-1.md');
  for (const x of uu1_2026.inserted) insertAfter(lists['UU-1-2023'], x.after, x.pasal);

  return { lists, notes, uu35, uu1_2024, uu1_2026 };
}

const A = principalArticles();
const fmtIns = (ins) => ins.inserted.map((x) => `${x.pasal.join(', ')} after Pasal ${x.after}`).join('; ');
const roman = (file) => extractRoman(file);

// ------------------------------------------------------------------ laws.yaml

const LN = (year, number, tln, source) => ({ ln: { year, number }, tln, source });

const GAZ = {
  'UU-23-2002': LN(
    2002,
    109,
    4235,
    `not in its own extraction (laws/uu-2002-23.md has no closing gazette lines); read in ${q('uu-2007-21.md', '(Lembaran Negara Republik Indonesia Tahun 2002 Nomor 109, Tambahan Lembaran Negara Republik Indonesia Nomor 4235)', 'UU 21/2007 Mengingat angka 3')}; the same numbers in ${where('uu-2014-35.md', 'Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak (Lembaran Negara Republik Indonesia Tahun 2002 Nomor 109, Tambahan Lembaran Negara Republik Indonesia Nomor 4235);')} (UU 35/2014 Mengingat angka 2) and ${where('uu-2023-1.md', '(Lembaran Negara Republik Indonesia Tahun 2002 Nomor 109, Tambahan Lembaran Negara Republik Indonesia Nomor 4235)')} (KUHP 2023 Pasal 622 ayat (1) huruf n)`,
  ),
  'UU-35-2014': LN(
    2014,
    297,
    5606,
    `own closing lines: ${q('uu-2014-35.md', 'LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2014 NOMOR 297', 'after the promulgation formula')} and ${q('uu-2014-35.md', 'TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 5606', 'end of the Penjelasan')}; no second citation of these numbers in reference/laws`,
  ),
  'UU-17-2016': LN(
    2016,
    237,
    5946,
    `no text of UU 17/2016 in reference/laws; read in ${q('uu-2023-1.md', 'Anak Menjadi Undang-Undang (Ircmbaran Negara Republik Indonesia Tahun 2016 Nomor 237, Tambahan Lembaran Negara Republik Indonesia Nomor 5946);', "KUHP 2023 Pasal 622 ayat (1) huruf n, OCR 'Ircmbaran' for Lembaran")} and ${q('uu-2026-1.md', 'Anak Menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2016 Nomor 237, Tambahan Lembaran Negara Republik Indonesia Nomor 5946);', 'the same huruf n as restated by UU 1/2026 Pasal VII angka 55')}`,
  ),
  'UU-21-2007': LN(
    2007,
    58,
    4720,
    `not in its own extraction (laws/uu-2007-21.md has no closing gazette lines); read in ${q('uu-2023-1.md', 'Orang (kmbaran Negara Republik Indonesia Tahun 2007 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 4720);', "KUHP 2023 Pasal 622 ayat (1) huruf q, OCR 'kmbaran' for Lembaran")} and ${q('uu-2026-1.md', 'Perdagangan Orang (kmbaran Negara Republik Indonesia Tahun 2OO7 Nomor 58, Tambahan kmbaran Negara Republik Indonesia Nomor 4720);', "huruf q as restated by UU 1/2026 Pasal VII angka 55; OCR '2OO7' is the year 2007, confirmed by the first reading")}`,
  ),
  'UU-11-2008': LN(
    2008,
    58,
    4843,
    `own closing lines: ${q('uu-2008-11.md', 'LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2008 NOMOR 58', 'after the promulgation formula')} and ${q('uu-2008-11.md', 'TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 4843', 'end of the Penjelasan')}; confirmed by ${q('uu-2016-19.md', 'Tahun 2008 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 4843) diubah sebagai berikut:', 'UU 19/2016 Pasal I')} and ${where('uu-2024-1.md', 'Tahun 2008 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 4843) sebagaimana telah diubah')} (UU 1/2024 Mengingat). The Mengingat of UU 19/2016 reads ${q('uu-2016-19.md', '(Lembaran Negara Republik Indonesia Tahun 2O08 Nomor Sg, Tambahan Lembaran Negara Republik Indonesia Nomor 4g43)', 'OCR')}: 'Sg' and '4g43' are OCR errors for 58 and 4843, not used`,
  ),
  'UU-19-2016': LN(
    2016,
    251,
    5952,
    `LN: own closing line, ${q('uu-2016-19.md', 'LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2016 NOMOR 251', 'after the promulgation formula')} (its extraction has no TLN line); TLN: ${q('uu-2024-1.md', '(Lembaran Negara Republik Indonesia Tahun 2016 Nomor 251, Tambahan Lembaran Negara Republik Indonesia Nomor 5952) diubah sebagai berikut:', 'UU 1/2024 Pasal I')} and ${q('uu-2023-1.md', 'Elektronik (Lembaran Negara Republik Indonesia Tahun 2O16 Nomor 251, Tambahan Lembaran Negara Republik Indonesia Nomor 5952);', "KUHP 2023 Pasal 622 ayat (1) huruf r, OCR '2O16'")}. The Mengingat of UU 1/2024 reads 'Nomor 25L' (OCR) at ${where('uu-2024-1.md', 'Tahun 2016 Nomor 25L, Tambahan Lembaran Negara Republik Indonesia Nomor 5952);')}, not used`,
  ),
  'UU-1-2024': LN(
    2024,
    1,
    6905,
    `LN: own closing line, ${q('uu-2024-1.md', 'LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2024 NOMOR 1', 'end of the text')}, and ${q('uu-2026-1.md', '(lembaran Negara Republik Indonesia Tahtln 2024 Nomor 1,', 'KUHP Pasal 622 ayat (1) huruf r as restated by UU 1/2026')}. TLN: the only reading in reference/laws is ${q('uu-2026-1.md', 'Tambahan kmbaran Negara Republik Indonesia Nomor 69o5);', "same place; OCR letter 'o' for the digit 0")} (the extraction of UU 1/2024 has no TLN line); read as 6905 because indonesia-law.json states the same number independently of that line (entry UU-1-2024 Pasal II, amendedBy: "Transitional provision of UU 1/2024 (LN 2024 No. 1, TLN 6905)"). Second source is the curated reference JSON, not a statute text: check against the official PDF`,
  ),
  'UU-44-2008': LN(
    2008,
    181,
    4928,
    `own closing lines: ${q('uu-2008-44.md', 'LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2008 NOMOR 181', 'after the promulgation formula')} and ${q('uu-2008-44.md', 'TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 4928', 'end of the Penjelasan')}; confirmed by ${where('uu-2026-1.md', 'tentang Pornografi (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 181, Tambahan Lembaran Negara Republik Indonesia Nomor 4928);')} (KUHP Pasal 622 ayat (1) huruf t as restated by UU 1/2026)`,
  ),
  'UU-1-2023': LN(
    2023,
    1,
    6842,
    `not in its own extraction (laws/uu-2023-1.md ends at Pasal 624); read in ${q('uu-2024-1.md', '(Lembaran Negara Republik Indonesia Tahun 2023 Nomor 1, Tambahan Lembaran Negara Republik Indonesia Nomor 6842).', 'UU 1/2024 Pasal II angka 1')} and ${q('uu-2026-1.md', '(Lembaran Negara Republik Indonesia Tahun 2023 Nomor 1, Tambahan Lembaran Negara Republik Indonesia Nomor 6842);', 'UU 1/2026 Mengingat angka 2')}`,
  ),
  'UU-1-2026': LN(
    2026,
    1,
    7153,
    `own closing lines: ${q('uu-2026-1.md', 'LEMBARAN NEGARA REPUBLIK INDONESIATAHUN 2026 NOMOR 1', "after the promulgation formula; 'INDONESIATAHUN' is run together in the OCR")} and ${q('uu-2026-1.md', 'TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 7153', 'end of the Penjelasan')}; the same numbers in indonesia-law.json (amendedBy of the UU-1-2026 entries: "Lembaran Negara 2026 Nomor 1, Tambahan Lembaran Negara Nomor 7153")`,
  ),
};

const NOT_FOUND = {
  'UU-12-2022':
    'not found in the reference: laws/uu-2022-12.md ends at Pasal 93 without the promulgation block or gazette lines, and no other text in reference/laws cites UU 12/2022 with its LN/TLN numbers',
  'PP-17-2025': 'not found in the reference: there is no text of PP 17/2025 in reference/laws and no text there cites it',
};

const CIT = {
  'UU-23-2002': 'Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak',
  'UU-35-2014': 'Undang-Undang Nomor 35 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak',
  'UU-17-2016':
    'Undang-Undang Nomor 17 Tahun 2016 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak Menjadi Undang-Undang',
  'UU-21-2007': 'Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang',
  'UU-11-2008': 'Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik',
  'UU-19-2016': 'Undang-Undang Nomor 19 Tahun 2016 tentang Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik',
  'UU-1-2024': 'Undang-Undang Nomor 1 Tahun 2024 tentang Perubahan Kedua atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik',
  'UU-44-2008': 'Undang-Undang Nomor 44 Tahun 2008 tentang Pornografi',
  'UU-12-2022': 'Undang-Undang Nomor 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual',
  'UU-1-2023': 'Undang-Undang Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana',
  'UU-1-2026': 'Undang-Undang Nomor 1 Tahun 2026 tentang Penyesuaian Pidana',
  'PP-17-2025': 'Peraturan Pemerintah Nomor 17 Tahun 2025 tentang Tata Kelola Penyelenggaraan Sistem Elektronik dalam Pelindungan Anak',
};

/** Where each citation's wording (title case) was read; written as YAML comments in laws.yaml. */
const TITLE_READ = {
  'UU-23-2002': `title as cited in ${where('uu-2007-21.md', 'Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak (Lembaran')} (UU 21/2007 Mengingat)`,
  'UU-35-2014': 'title as in the lawTitle of the UU-35-2014 entries of indonesia-law.json (laws/uu-2014-35.md prints it in capitals)',
  'UU-17-2016': `title as cited in KUHP 2023 Pasal 622 ayat (1) huruf n (${where('uu-2023-1.md', 'Tahun 2016 tentang Perubahan Kedua atas UndangUndang Nomor 23 Tahun 2002 tentang Perlindungan Anak Menjadi Undang-Undang')}) and its restatement in UU 1/2026; the lawTitle in indonesia-law.json writes "menjadi"`,
  'UU-21-2007': `title as cited in KUHP 2023 Pasal 622 ayat (1) huruf q (${where('uu-2023-1.md', 'tentang Pemberantasan Tindak Pidana Perdagangan Orang (kmbaran')})`,
  'UU-11-2008': `title as cited in ${where('uu-2024-1.md', 'Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik (Lembaran')} (UU 1/2024 Mengingat)`,
  'UU-19-2016': `title as cited in ${where('uu-2024-1.md', 'Undang-Undang Nomor 19 Tahun 2016 tentang Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik')} (UU 1/2024 Menimbang huruf b)`,
  'UU-1-2024': `title as cited in ${where('uu-2026-1.md', 'tentang Perubahan Kedua atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik')} (KUHP Pasal 622 ayat (1) huruf r as restated by UU 1/2026)`,
  'UU-44-2008': `title as cited in ${where('uu-2026-1.md', 'Nomor 44 Tahun 2008 tentang Pornografi')} (KUHP Pasal 622 ayat (1) huruf t as restated by UU 1/2026)`,
  'UU-12-2022': 'title as in the lawTitle of the UU-12-2022 entries of indonesia-law.json (laws/uu-2022-12.md prints it in capitals; no citation of it in reference/laws)',
  'UU-1-2023': `title as cited in ${where('uu-2024-1.md', 'Undang-Undang Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana (Lembaran')} (UU 1/2024 Pasal II angka 1)`,
  'UU-1-2026': 'title as in the lawTitle of the UU-1-2026 entries of indonesia-law.json (laws/uu-2026-1.md prints it in capitals)',
  'PP-17-2025': 'title as in the lawTitle of the PP-17-2025 entries of indonesia-law.json (no text of PP 17/2025 in the reference)',
};

function amendment(id) {
  const g = GAZ[id];
  return g ? { id, citation: CIT[id], gazette: g } : { id, citation: CIT[id], gazetteNote: NOT_FOUND[id] ?? 'not found in the reference' };
}

function law(id, type, number, year, short, extra) {
  const title = CIT[id].replace(/^.*? Tahun \d{4} tentang /, '');
  const base = { id, type, number, year, title, citation: CIT[id], short };
  if (GAZ[id]) base.gazette = GAZ[id];
  else base.gazetteNote = NOT_FOUND[id] ?? 'not found in the reference';
  return { ...base, amendments: [], ...extra };
}

const romanOf = (file, id) => {
  const r = roman(file);
  return { articles: r, articlesSource: `Roman pasal headings of ${id} itself, read as own-line headings ("Pasal I", "Pasal II", ...) in the batang tubuh of laws/${file}; the numbered pasal restated inside its amending Pasal belong to the principal law and are listed there`, articlesComplete: true };
};

const deleted35 = A.uu35.deleted.map((d) => d.pasal);
const deleted26 = A.uu1_2026.deleted.map((d) => d.pasal);

const LAWS = [
  law('UU-21-2007', 'UU', 21, 2007, 'UU TPPO', {
    articles: A.lists['UU-21-2007'],
    articlesSource:
      'Pasal headings 1-67 of laws/uu-2007-21.md (batang tubuh before "Agar setiap orang mengetahuinya"), all on their own line, no gap; the extraction shows the heading "Pasal 2" with no text, so Pasal 2 is listed. The law has no amending act; Pasal 2 is revoked from 2 Januari 2026 by KUHP Pasal 622 ayat (1) huruf q (indonesia-law.json) but keeps its number and stays listed.',
    articlesComplete: true,
  }),
  law('UU-44-2008', 'UU', 44, 2008, 'UU Pornografi', {
    articles: A.lists['UU-44-2008'],
    articlesSource:
      'Pasal headings 1-45 of laws/uu-2008-44.md (batang tubuh), all on their own line, no gap. No amending act; Pasal 29 is revoked from 2 Januari 2026 by KUHP Pasal 622 ayat (1) huruf t (indonesia-law.json) but stays listed.',
    articlesComplete: true,
  }),
  law('UU-23-2002', 'UU', 23, 2002, 'UU Perlindungan Anak', {
    amendments: [amendment('UU-35-2014'), amendment('UU-17-2016')],
    articles: A.lists['UU-23-2002'],
    articlesSource: `Pasal headings 1-93 of laws/uu-2002-23.md (batang tubuh), all on their own line, no gap; plus the pasal inserted by UU 35/2014 Pasal I, read from its amending instructions in laws/uu-2014-35.md ("Di antara Pasal .. dan Pasal .. disisipkan ... yakni Pasal ..."): ${fmtIns(A.uu35)}; plus Pasal 81A and 82A inserted by Perppu 1/2016 (enacted by UU 17/2016), which has no text in reference/laws, taken from indonesia-law.json (amendedBy: "UU 17/2016 amended only Pasal 81, 81A, 82, 82A"; entry UU-17-2016 Pasal 81A: "Inserted into UU 23/2002 by Perppu 1/2016"). Deleted: Pasal ${deleted35.join(', ')} ("Ketentuan Pasal 63 dihapus." UU 35/2014 Pasal I angka 40), kept in the list because its number stays taken. Pasal 82 (and Pasal 81 ayat (1)) are revoked from 2 Januari 2026 by KUHP Pasal 622 ayat (1) huruf n and stay listed. articlesComplete is false because the text of Perppu 1/2016 is not in the reference: its insertions are known only from indonesia-law.json.`,
    articlesComplete: false,
  }),
  law('UU-35-2014', 'UU', 35, 2014, 'UU Perubahan UU Perlindungan Anak', romanOf('uu-2014-35.md', 'UU 35/2014')),
  law('UU-17-2016', 'UU', 17, 2016, 'UU Penetapan Perppu 1/2016 (Perubahan Kedua UU Perlindungan Anak)', {
    articles: [],
    articlesSource:
      'No text of UU 17/2016 (or of Perppu 1/2016) in reference/laws (mblonyox/data-peraturan holds only a thumbnail, see laws/README.md). The corpus shows only the provisions of UU 23/2002 that Perppu 1/2016 replaced or inserted (Pasal 81, 81A, 82, 82A, per indonesia-law.json); they are articles of UU 23/2002 and are listed under UU-23-2002. The pasal of UU 17/2016 itself are not shown in the reference.',
    articlesComplete: false,
  }),
  law('UU-11-2008', 'UU', 11, 2008, 'UU ITE', {
    amendments: [amendment('UU-19-2016'), amendment('UU-1-2024')],
    articles: A.lists['UU-11-2008'],
    articlesSource: `Pasal headings 1-54 of laws/uu-2008-11.md (batang tubuh before "Agar setiap orang mengetahuinya"); Pasal 17, 26 and 39 stand in mid-line after a BAB title or a full stop ("BAB V TRANSAKSI ELEKTRONIK Pasal 17 (1)", "... Perundang-undangan. Pasal 26 (1)", "... Perundang-undangan. Pasal 39 (1)") and were taken from there; the OCR headings "P ^asal 53" etc. are in the Penjelasan and not used. Plus Pasal 45A and 45B inserted by UU 19/2016: its amending instruction is lost in the OCR ("8. Ketentuan ."), but laws/uu-2016-19.md has the heading "Pasal 45A" and, in its Penjelasan, "Pasal 45A ... Pasal 45El" (45B), and UU 1/2024 Pasal I angka 17 and 18 amend "Pasal 45A" and "Pasal 45B". Plus the pasal inserted by UU 1/2024 Pasal I, read from its amending instructions in laws/uu-2024-1.md: ${fmtIns(A.uu1_2024)}. No pasal deleted. Pasal revoked from 2 Januari 2026 by KUHP Pasal 622 ayat (1) huruf r (e.g. Pasal 30, 36, 46, 47) stay listed.`,
    articlesComplete: true,
  }),
  law('UU-19-2016', 'UU', 19, 2016, 'UU Perubahan Pertama UU ITE', romanOf('uu-2016-19.md', 'UU 19/2016')),
  law('UU-1-2024', 'UU', 1, 2024, 'UU Perubahan Kedua UU ITE', romanOf('uu-2024-1.md', 'UU 1/2024')),
  law('UU-12-2022', 'UU', 12, 2022, 'UU TPKS', {
    articles: A.lists['UU-12-2022'],
    articlesSource: 'Pasal headings 1-93 of laws/uu-2022-12.md (the extraction has no Penjelasan), all on their own line, no gap. No amending act.',
    articlesComplete: true,
  }),
  law('UU-1-2023', 'UU', 1, 2023, 'KUHP', {
    amendments: [amendment('UU-1-2026')],
    articles: A.lists['UU-1-2023'],
    articlesSource: `Pasal headings 1-624 of laws/uu-2023-1.md, all on their own line, no gap; four headings read through OCR digits (${A.notes['UU-1-2023']
      .filter((n) => n.includes('(OCR)'))
      .map((n) => n.replace(/^uu-2023-1\.md:/, 'line ').replace(/ read as /, ' = '))
      .join('; ')}). Plus Pasal 599A inserted by UU 1/2026 Pasal VII angka 47 ("Di. antara Pasal 599 dan Pasal 600 disisipkan I (satu) pasal yakni Pasal 599A", laws/uu-2026-1.md). Deleted by UU 1/2026 Pasal VII angka 53-54: Pasal ${deleted26.join(' and ')} ("Pasa1 615 dihapus. 54. Pasal 616 dihapus."), kept in the list because their numbers stay taken.`,
    articlesComplete: true,
  }),
  law('UU-1-2026', 'UU', 1, 2026, 'UU Penyesuaian Pidana', romanOf('uu-2026-1.md', 'UU 1/2026')),
  law('PP-17-2025', 'PP', 17, 2025, 'PP Tunas', {
    articles: ['9', '19', '21', '27', '28', '29', '30'],
    articlesSource:
      'No text of PP 17/2025 in the reference. Listed are the pasal the corpus shows: Pasal 9 and 21 (verbatim entries "Pasal 9 ayat (1)", "Pasal 21 ayat (2)") and Pasal 19 and 27-30, named only in the paraphrase entry "(ringkasan - bukan teks pasal)" ("larangan pemrofilan Anak (Pasal 19)", "antara lain Pasal 27-30"). The PP has more pasal than these.',
    articlesComplete: false,
  }),
];

// checks on the amending acts' own pasal lists
for (const [id, n] of [['UU-35-2014', 2], ['UU-19-2016', 2], ['UU-1-2024', 2], ['UU-1-2026', 9]]) {
  const l = LAWS.find((x) => x.id === id);
  if (l.articles.length !== n) fail(`${id}: expected ${n} roman pasal, got ${l.articles.join(' ')}`);
}

// ------------------------------------------------------------------ provisions: of, currency, inForce

/** The principal law whose article an entry is. */
function ofLaw(e) {
  if (e.law === 'UU-1-2024' && e.article === 'Pasal II') return 'UU-1-2024';
  if (['UU-19-2016', 'UU-1-2024'].includes(e.law)) return 'UU-11-2008';
  if (['UU-35-2014', 'UU-17-2016'].includes(e.law)) return 'UU-23-2002';
  return e.law;
}

const K = (e) => `${e.law} ${e.article}`;
const where26 = (e) => e.adjustedBy2026.where;

// Currency decided per entry. Keys are "<law> <article>" exactly as in the JSON.
// Entries not listed here fall under the default rules in `decide()`.
const DECISIONS = {
  // ---- UU 21/2007
  'UU-21-2007 Pasal 2': ['revoked', 'amendedBy: "REVOKED from 2 Januari 2026 by Pasal 622 ayat (1) huruf q KUHP (UU 1/2023)"; references to it are replaced by KUHP Pasal 455 (Pasal 622 ayat (9)), and UU 1/2026 therefore does not adjust it (not in Lampiran I No. 48).'],
  'UU-21-2007 Penjelasan Pasal 2 ayat (1)': [
    'unclear',
    'amendedBy says "Not amended (no amending statute found).", but the Pasal it explains, UU 21/2007 Pasal 2, is revoked from 2 Januari 2026 by Pasal 622 ayat (1) huruf q KUHP (entry UU-21-2007 Pasal 2); the JSON does not say whether this elucidation keeps any effect, so treat it as explaining revoked text.',
  ],
  'UU-21-2007 Pasal 12': ['in-force', 'amendedBy: "Text not amended; reference to Pasal 2 now read as Pasal 455 KUHP from 2 Januari 2026 (Pasal 622 ayat (9) KUHP)"; it has no penalty of its own, so UU 1/2026 does not list it (penalties of Pasal 3-6 are adjusted in Lampiran I No. 48).'],
  'UU-21-2007 Pasal 17': ['in-force', 'amendedBy: "Text not amended; reference to Pasal 2 now read as Pasal 455 KUHP from 2 Januari 2026"; an aggravation of 1/3 without a penalty of its own, not listed in UU 1/2026 Lampiran I No. 48.'],
  // ---- UU 44/2008
  'UU-44-2008 Pasal 29': ['revoked', 'amendedBy: "REVOKED from 2 Januari 2026 by Pasal 622 ayat (1) huruf t KUHP; references to Pasal 29 are replaced by Pasal 407 ayat (1) KUHP (Pasal 622 ayat (12))", which is why UU 1/2026 Lampiran I No. 63 does not list it.'],
  'UU-44-2008 Pasal 4': ['in-force', 'amendedBy: "Text not amended"; only its penalty article, Pasal 29, is revoked from 2 Januari 2026 (references -> KUHP Pasal 407 ayat (1)) and "the prohibition in Pasal 4 itself is not listed as revoked".'],
  'UU-44-2008 Pasal 37': [
    'in-force',
    'amendedBy: "Text not amended; references in it to Pasal 29 now read as Pasal 407 ayat (1) KUHP"; it is not in UU 1/2026 Lampiran I No. 63, so the general rules of UU 1/2026 Pasal I-III apply (Pasal VIII) and no adjusted wording is published - no inForce, and the text itself is partial ("[SISA TEKS TIDAK DITEMUKAN]").',
  ],
  // ---- UU 23/2002 as amended by UU 35/2014
  'UU-35-2014 Pasal 76D': ['in-force', 'amendedBy: "Inserted by UU 35/2014. Penalty in Pasal 81"; the prohibition is not listed as revoked, but its penalty, Pasal 81 ayat (1), is revoked from 2 Januari 2026 by Pasal 622 ayat (1) huruf n KUHP with references redirected to KUHP Pasal 473 ayat (4) (entries UU-35-2014 and UU-17-2016 Pasal 81).'],
  'UU-35-2014 Pasal 76E': ['in-force', 'amendedBy: "Inserted by UU 35/2014. Penalty in Pasal 82"; the prohibition is not listed as revoked, but Pasal 82 is revoked from 2 Januari 2026 by Pasal 622 ayat (1) huruf n KUHP (scope in doubt, see entry UU-17-2016 Pasal 82) with references redirected to KUHP Pasal 415 or 417.'],
  'UU-35-2014 Pasal 76F': ['in-force', 'amendedBy: "Inserted by UU 35/2014. Penalty in Pasal 83"; no revocation recorded (Pasal 83 is in force with the penalty adjusted by UU 1/2026).'],
  'UU-35-2014 Pasal 76I': ['in-force', 'amendedBy: "Inserted by UU 35/2014. Penalty in Pasal 88"; no revocation recorded (Pasal 88 is in force with the penalty adjusted by UU 1/2026).'],
  'UU-35-2014 Penjelasan Pasal 66': ['in-force', 'amendedBy: "Elucidation added by UU 35/2014."; the JSON records no later change to Pasal 66 or its elucidation.'],
  'UU-35-2014 Pasal 71D': ['in-force', 'amendedBy: "Inserted by UU 35/2014."; the JSON records no later change (UU 17/2016 amended only Pasal 81, 81A, 82, 82A).'],
  'UU-35-2014 Penjelasan Pasal 71D ayat (1)': ['in-force', 'amendedBy: "Elucidation added by UU 35/2014."; the JSON records no later change to Pasal 71D or its elucidation.'],
  'UU-35-2014 Pasal 81': [
    'superseded',
    'version: "UU 35/2014 wording (superseded)"; amendedBy: "SUPERSEDED: this is the UU 35/2014 wording. Pasal 81 was replaced again by Perppu 1/2016 (enacted by UU 17/2016)" - the current Pasal 81 is entry UU-17-2016 Pasal 81 (paraphrase only; its ayat (1) revoked from 2 Januari 2026).',
  ],
  'UU-35-2014 Pasal 82': ['superseded', 'version: "UU 35/2014 wording (superseded)"; amendedBy: "SUPERSEDED: this is the UU 35/2014 wording. Replaced by Perppu 1/2016 (UU 17/2016) - see entry UU-17-2016 Pasal 82 (partial)."'],
  // ---- UU 23/2002 as amended by Perppu 1/2016 (UU 17/2016)
  'UU-17-2016 Pasal 81': [
    'in-force',
    'PARTLY REVOKED: amendedBy says Pasal 81 as replaced by Perppu 1/2016 (UU 17/2016) loses only ayat (1) from 2 Januari 2026 (Pasal 622 ayat (1) huruf n KUHP, references -> KUHP Pasal 473 ayat (4)); the other ayat stay in force with penalties adjusted by the general rules of UU 1/2026 Pasal I-III (no adjusted wording published) - and the text here is a paraphrase, not the statute.',
  ],
  'UU-17-2016 Pasal 81 ayat (7) dan ayat (8)': [
    'unclear',
    'The JSON is inconsistent: version says "Perppu 1/2016 wording (current until 2 Januari 2026)", while amendedBy says "Pasal 622 ayat (1) huruf n KUHP revokes only Pasal 81 ayat (1); these ayat are not listed as revoked"; ayat (7) also refers to ayat (4) and (5), whose text was not recovered - check what applies after 2 Januari 2026.',
  ],
  'UU-17-2016 Pasal 81A': ['in-force', 'amendedBy: "Inserted into UU 23/2002 by Perppu 1/2016, enacted as UU 17/2016"; not among the provisions revoked by Pasal 622 ayat (1) huruf n KUHP (Pasal 81 ayat (1) and Pasal 82); UU 1/2026 gives no adjusted wording (no Lampiran I entry for UU 17/2016).'],
  'UU-17-2016 Pasal 82': [
    'unclear',
    'amendedBy: Pasal 622 ayat (1) huruf n KUHP "revokes \'Pasal 82\' of UU 23/2002 as amended from 2 Januari 2026 - verify whether the whole article or only ayat (1) is revoked"; the same field adds that the restatement by UU 1/2026 "revokes Pasal 81 ayat (1) and Pasal 82 (the whole article)" and the KUHP entry\'s note calls this a reading "not confirmed by a second source" - so probably revoked as a whole, but the JSON itself leaves the doubt open.',
  ],
  // ---- UU 11/2008 (ITE)
  'UU-11-2008 Pasal 27 ayat (1)': [
    'superseded',
    'version: "UU 11/2008 wording (superseded 2 Januari 2024)"; amendedBy: "SUPERSEDED: replaced by UU 1/2024 (Pasal I angka 8)" - and the replacing wording (entry UU-1-2024 Pasal 27 ayat (1)) is itself revoked from 2 Januari 2026.',
  ],
  'UU-19-2016 Pasal 45 ayat (1)': [
    'superseded',
    'version: "UU 19/2016 wording (superseded 2 Januari 2024)"; amendedBy: "SUPERSEDED: Pasal 45 replaced by UU 1/2024 (Pasal I angka 16)" - and the replacing ayat (entry UU-1-2024 Pasal 45 ayat (1) dan ayat (2)) are themselves revoked from 2 Januari 2026.',
  ],
  'UU-11-2008 Pasal 52 ayat (1)': [
    'unclear',
    'amendedBy: "Not amended by UU 19/2016 or UU 1/2024 ... the offence it aggravates (Pasal 27 ayat (1) jo. 45 ayat (1)) applies only until the KUHP took effect ..., so its practical effect from 2 Januari 2026 is doubtful - legal analysis needed."',
  ],
  'UU-19-2016 Pasal 1 angka 6a': ['in-force', 'amendedBy: "Inserted into Pasal 1 UU 11/2008 by UU 19/2016 (Pasal I angka 1). Not amended by UU 1/2024."'],
  'UU-1-2024 Pasal 16A': ['in-force', 'amendedBy: "Inserted into UU 11/2008 by UU 1/2024 (Pasal I angka 5). Implemented by PP 17/2025."; no later change recorded.'],
  'UU-1-2024 Penjelasan Pasal 16A': ['in-force', 'amendedBy: "Elucidation of Pasal 16A as inserted by UU 1/2024."; no later change recorded.'],
  'UU-1-2024 Pasal 16B': ['in-force', 'amendedBy: "Inserted into UU 11/2008 by UU 1/2024 (Pasal I angka 5). Implemented by PP 17/2025."; no later change recorded.'],
  'UU-1-2024 Pasal 27 ayat (1)': ['revoked', 'amendedBy: "Per Pasal II angka 1 UU 1/2024 this ayat applies only until the KUHP (UU 1/2023) takes effect, i.e. until 2 Januari 2026; Pasal 622 ayat (1) huruf r KUHP revokes Pasal 27 ayat (1)" (references -> KUHP Pasal 407).'],
  'UU-1-2024 Penjelasan Pasal 27 ayat (1)': ['revoked', 'amendedBy: "Elucidation replaced by UU 1/2024; same sunset as Pasal 27 ayat (1)." - i.e. no longer applies from 2 Januari 2026 (Pasal II angka 1 UU 1/2024; Pasal 622 ayat (1) huruf r KUHP).'],
  'UU-1-2024 Pasal 40': ['in-force', 'amendedBy: "Ayat (2a) and (2b) inserted by UU 19/2016; ayat (2b), (5), (6) amended and ayat (2c), (2d) inserted by UU 1/2024 (Pasal I angka 13)" - current wording; no later change recorded.'],
  'UU-1-2024 Penjelasan Pasal 40 ayat (2b)': ['in-force', 'amendedBy: "Elucidation of ayat (2b) amended by UU 1/2024."; no later change recorded.'],
  'UU-1-2024 Pasal 40A': ['in-force', 'amendedBy: "Inserted by UU 1/2024 (Pasal I angka 14)."; no later change recorded.'],
  'UU-1-2024 Pasal 43 ayat (5)': ['in-force', 'amendedBy: "Ayat (5) amended by UU 19/2016 and again by UU 1/2024 (Pasal I angka 15, adding huruf l)"; its note that a new KUHAP "may affect investigator powers - not researched" is not a recorded change.'],
  'UU-1-2024 Pasal 45 ayat (1) dan ayat (2)': ['revoked', 'amendedBy: "Per Pasal II angka 1 UU 1/2024, ayat (1) and (2) apply only until the KUHP takes effect (2 Januari 2026); Pasal 622 ayat (1) huruf r and ayat (10) huruf a KUHP redirect Pasal 45 ayat (1) to Pasal 407 KUHP" - both ayat of this entry lapse.'],
  'UU-1-2024 Pasal II': ['in-force', 'UU 1/2024\'s own closing article (amendedBy: "Transitional provision of UU 1/2024 (LN 2024 No. 1, TLN 6905)"), not amended; its angka 1 is what ends the listed ITE provisions on 2 Januari 2026.'],
  // ---- UU 12/2022: penalty adjusted, but no safe composition (see inForceFor)
  'UU-12-2022 Pasal 12': [
    'in-force',
    'Penalty adjusted by UU 1/2026 (adjustedBy2026: Lampiran I No. 136, Pasal 12); no inForce because replacing the text from "dipidana" with the adjusted clause would drop the offence\'s name ("dipidana karena eksploitasi seksual, dengan ..."), and Lampiran I does not show whether that wording stays - a hand composition keeping it (adjusted penalty from "pidana penjara" after "dengan") is plausible but needs a legal reviewer.',
  ],
  'UU-12-2022 Pasal 13': [
    'in-force',
    'Penalty adjusted by UU 1/2026 (adjustedBy2026: Lampiran I No. 136, Pasal 13); no inForce because replacing the text from "dipidana" with the adjusted clause would drop the offence\'s name ("dipidana karena perbudakan seksual, dengan ..."), and Lampiran I does not show whether that wording stays - a hand composition keeping it is plausible but needs a legal reviewer.',
  ],
  'UU-12-2022 Pasal 14': [
    'in-force',
    'Penalty of ayat (1) and (2) adjusted by UU 1/2026 (adjustedBy2026 labels "(1)" and "(2)", Lampiran I No. 136); the ayat mapping is certain, but no inForce because in ayat (1) the clause from "dipidana" carries the offence\'s name ("dipidana karena melakukan kekerasan seksual berbasis elektronik, dengan ..."), which ayat (3) relies on, and the adjusted clause drops it - composing would lose words; left to a legal reviewer.',
  ],
  // ---- KUHP
  'UU-1-2023 Pasal 624': ['in-force', 'Commencement provision (amendedBy: "Not amended by UU 1/2026 (its Pasal VII does not list Pasal 624)"); the KUHP took effect under it on 2 Januari 2026.'],
  'UU-1-2023 Pasal 417': ['in-force', 'amendedBy: "in force 2 Januari 2026 (Pasal 624). Not amended by UU 1/2026"; the text has an illegible gap ("[KATA TIDAK TERBACA]") but that is a text problem, not a currency one.'],
  // ---- PP 17/2025
  'PP-17-2025 Pasal 9 ayat (1)': ['in-force', 'amendedBy: "Implements Pasal 16A ayat (5) and Pasal 16B ayat (3) UU ITE (as amended by UU 1/2024)."; the JSON records no amendment or revocation.'],
  'PP-17-2025 Pasal 21 ayat (2)': ['in-force', 'amendedBy: "Implements Pasal 16A ayat (5) and Pasal 16B ayat (3) UU ITE (as amended by UU 1/2024)."; the JSON records no amendment or revocation.'],
};

function decide(e) {
  const key = K(e);
  if (e.article.startsWith('(ringkasan')) return ['not-a-provision', `Summary entry "${e.article}" with status ${e.status}: the text is a paraphrase of news coverage (${e.law}), not a provision.`];
  if (e.version && /\(superseded/.test(e.version)) {
    if (DECISIONS[key]?.[0] !== 'superseded' || !/^SUPERSEDED:/.test(e.amendedBy)) fail(`${key}: version says superseded but no superseded decision`);
    return DECISIONS[key];
  }
  if (DECISIONS[key]) {
    if (DECISIONS[key][0] === 'superseded') fail(`${key}: superseded decision without a superseded version`);
    return DECISIONS[key];
  }
  const ab = e.amendedBy;
  if (ab.startsWith('Not amended (no amending statute found).')) return ['in-force', 'amendedBy: "Not amended (no amending statute found)."; no field of the entry records a revocation or adjustment.'];
  if (e.law === 'UU-35-2014' && /^(Inserted by UU 35\/2014\. )?Wording as set out in UU 35\/2014/.test(ab))
    return ['in-force', `amendedBy: "${/^Inserted/.test(ab) ? 'Inserted by UU 35/2014. ' : ''}Wording as set out in UU 35/2014 (Pasal I) ... No later amendment found (UU 17/2016 amended only Pasal 81, 81A, 82, 82A)."; no revocation recorded.`];
  if (e.law === 'UU-11-2008' && /^Not amended \(UU 19\/2016 restated Pasal 1 only/.test(ab)) return ['in-force', 'amendedBy: "Not amended (UU 19/2016 restated Pasal 1 only to insert angka 6a; UU 1/2024 did not amend Pasal 1)."'];
  if (e.law === 'UU-1-2026') return ['in-force', 'amendedBy: "promulgated and in force 2 Januari 2026 (Pasal IX). No amendment known."'];
  if (e.law === 'UU-1-2023' && !e.adjustedBy2026 && /Not amended by UU 1\/2026/.test(ab)) return ['in-force', 'amendedBy: "in force 2 Januari 2026 (Pasal 624). Not amended by UU 1/2026 (Penyesuaian Pidana)".'];
  if (e.law === 'UU-1-2023' && e.adjustedBy2026) {
    const how = /Amended by UU 1\/2026 \(Penyesuaian Pidana\), (Pasal VII angka \d+)/.exec(ab)?.[1] ?? fail(`${key}: no Pasal VII angka in amendedBy`);
    return ['in-force', `amendedBy: "in force 2 Januari 2026 (Pasal 624). Amended by UU 1/2026 (Penyesuaian Pidana), ${how}, in force 2 Januari 2026"; \`text\` is the 2023 wording, the wording in force is under inForce.`];
  }
  if (e.adjustedBy2026 && /^(Text not otherwise amended|Amended by UU 35\/2014|Text not otherwise amended;)/.test(ab)) {
    return ['in-force', `amendedBy: "${ab.split('. Penalty')[0]}. Penalty adjusted by UU 1/2026 ... (in force 2 Januari 2026)" (${where26(e)}); \`text\` is the wording before the adjustment, the wording in force is under inForce.`];
  }
  if (e.adjustedBy2026 && e.law === 'UU-21-2007' && e.article === 'Pasal 7')
    return ['in-force', `amendedBy: "Text not otherwise amended; references to Pasal 2 now read as Pasal 455 KUHP (Pasal 622 ayat (9) KUHP) from 2 Januari 2026. Penalty adjusted by UU 1/2026" (${where26(e)}); the wording in force is under inForce.`];
  fail(`no currency rule for ${key}: ${ab}`);
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** The wording in force since 2 Januari 2026, where it can be stated from the entry itself. */
function inForceFor(e) {
  const adj = e.adjustedBy2026;
  if (!adj) return undefined;
  const key = K(e);
  // KUHP articles: the adjustment restates the whole article (or the same excerpt).
  if (/^\((1|6)\) /.test(adj.text) && e.law === 'UU-1-2023') {
    const excerpt = adj.text.includes('[...]');
    return {
      text: adj.text,
      basis: 'adjusted-text',
      note: excerpt
        ? `adjustedBy2026.text as is: the same excerpt as \`text\` ("[...]" marks omitted huruf/ayat) as restated by ${adj.where}; the wording of the excerpt is taken unchanged from the JSON.`
        : `adjustedBy2026.text as is: ${adj.where} restates the provision in full, so no composition was needed; taken unchanged from the JSON${key === 'UU-1-2023 Pasal 473' ? ". It fills the first OCR gap of the 2023 text of ayat (2) huruf d ('menyalahgunakan'); adjustedBy2026.note warns that a word after 'penyesatan' may have been dropped by the OCR - check the official PDF" : ''} (OCR corrections listed in adjustedBy2026.note).`,
    };
  }
  // One penalty clause from "dipidana dengan" to the end, and an adjusted clause of the same form.
  const count = (e.text.match(/dipidana/g) ?? []).length;
  const i = e.text.indexOf('dipidana');
  const clause = e.text.slice(i);
  if (count === 1 && clause.startsWith('dipidana dengan pidana') && adj.text.startsWith('dipidana dengan pidana') && !adj.text.includes('\n')) {
    const text = e.text.slice(0, i) + adj.text;
    // checks: nothing of the offence description lost or duplicated
    if (!text.startsWith(e.text.slice(0, i)) || (text.match(/dipidana/g) ?? []).length !== 1) fail(`${key}: composition check failed`);
    if (!/[A-Za-z)0-9],? $/.test(e.text.slice(0, i))) fail(`${key}: unexpected text before "dipidana": "${e.text.slice(i - 20, i)}"`);
    if (!text.endsWith('.')) fail(`${key}: composed text does not end with a full stop`);
    const ayat = /\n\((\d+)\) [^\n]*$/.exec(e.text)?.[1];
    const head = norm(clause).split(' ').slice(0, 9).join(' ');
    return {
      text,
      basis: 'composed',
      note: `Composed: \`text\` up to (not including) its only "dipidana"${ayat ? `, which is in ayat (${ayat}) (the ayat before it are kept unchanged)` : ''}, followed by adjustedBy2026.text (${adj.where}); the description of the offence is unchanged (UU 1/2026 Pasal II ayat (8)) and only the penalty clause "${head} ..." is replaced.`,
    };
  }
  if (['UU-12-2022 Pasal 12', 'UU-12-2022 Pasal 13', 'UU-12-2022 Pasal 14'].includes(key)) return undefined; // explained in DECISIONS
  fail(`${key}: adjustedBy2026 present but no inForce rule applies`);
}

function provision(e) {
  const [currency, currencyNote] = decide(e);
  const p = {
    article: e.article,
    of: ofLaw(e),
    text: e.text,
    english: e.english,
    status: e.status,
    amendedBy: e.amendedBy,
    sources: e.sources,
    verificationNote: e.verificationNote,
  };
  if (e.version !== undefined) p.version = e.version;
  if (e.adjustedBy2026 !== undefined) p.adjustedBy2026 = e.adjustedBy2026;
  p.currency = currency;
  p.currencyNote = currencyNote;
  const f = inForceFor(e);
  if (f) p.inForce = f;
  const known = new Set(['law', 'lawTitle', 'article', 'text', 'english', 'status', 'amendedBy', 'sources', 'verificationNote', 'version', 'adjustedBy2026']);
  for (const k of Object.keys(e)) if (!known.has(k)) fail(`${K(e)}: unknown JSON field ${k}`);
  return p;
}

// ------------------------------------------------------------------ YAML output

function toYaml(value, header, comments = {}) {
  const doc = new YAML.Document(value, { aliasDuplicateObjects: false });
  YAML.visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
    },
    Pair(_, pair) {
      if (YAML.isScalar(pair.key) && pair.key.value === 'article' && YAML.isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
      if (YAML.isScalar(pair.key) && pair.key.value === 'articles' && YAML.isSeq(pair.value)) {
        pair.value.flow = true;
        for (const item of pair.value.items) item.type = 'QUOTE_DOUBLE';
      }
    },
  });
  doc.commentBefore = header;
  for (const [i, c] of Object.entries(comments)) {
    const item = doc.get('laws').items[Number(i)];
    item.commentBefore = ` ${c}`;
  }
  return doc.toString({ lineWidth: 0, blockQuote: 'literal', indentSeq: true });
}

const HEADER_LAW = (id) =>
  ` Existing-law corpus: provisions of ${id} (the enacting act), generated by scripts/corpus/build-law-corpus.mjs
 from reference/indonesia-law.json (and reference/laws/*.md for the additions listed in scripts/corpus/additions.mjs)
 - do not edit by hand; change the script or the JSON and re-run it.
 article, text, english, status, amendedBy, sources, verificationNote, version and adjustedBy2026 are
 copied from the JSON unchanged. Added: of (principal law of the article), currency + currencyNote
 (decided from the JSON's own fields), inForce (wording since 2 Januari 2026, where it can be stated).`;

const HEADER_LAWS = ` Laws the existing-law corpus refers to, generated by scripts/corpus/build-law-corpus.mjs - do not edit by hand.
 gazette: Lembaran Negara / Tambahan Lembaran Negara numbers, only where read in reference/laws/*.md
 (source says where); gazetteNote where they were not found. articles: pasal numbers in the order of the
 law as amended (articlesSource says how the list was built).`;

export function build() {
  const byLaw = new Map();
  for (const e of entries) {
    if (!byLaw.has(e.law)) byLaw.set(e.law, []);
    byLaw.get(e.law).push(provision(e));
  }
  // Provisions Rancang adds from reference/laws/*.md (scripts/corpus/additions.mjs), each before the entry it names.
  for (const a of ADDITIONS) {
    const list = byLaw.get(a.law) ?? fail(`addition ${a.law} ${a.article}: no law ${a.law} in the JSON`);
    const at = list.findIndex((p) => p.article === a.before);
    if (at < 0) fail(`addition ${a.law} ${a.article}: no entry ${a.before} to place it before`);
    list.splice(at, 0, additionProvision(a));
  }
  const files = {};
  for (const [id, provisions] of byLaw) files[`${id.toLowerCase()}.yaml`] = toYaml({ law: id, provisions }, HEADER_LAW(id));
  const comments = Object.fromEntries(LAWS.map((l, i) => [i, `${l.id}: ${TITLE_READ[l.id]}`]));
  files['laws.yaml'] = toYaml({ laws: LAWS }, HEADER_LAWS, comments);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = build();
  if (!DRY) mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    if (DRY) console.log(`--- ${name} (${text.length} chars)`);
    else writeFileSync(path.join(OUT_DIR, name), text);
  }
  if (!DRY) console.log(`wrote ${Object.keys(files).length} files to ${path.relative(ROOT, OUT_DIR)}/`);
  for (const [id, notes] of Object.entries(A.notes)) for (const n of notes) console.log(`note ${id}: ${n}`);
}
