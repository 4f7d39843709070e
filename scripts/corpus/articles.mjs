// Pasal lists of the laws in the existing-law corpus, read from the machine
// extractions in reference/laws/*.md (see reference/laws/README.md). Used by
// build-law-corpus.mjs; kept separate so the heading extraction can be read
// and re-run on its own:  node scripts/corpus/articles.mjs
//
// What it does, per law:
//  1. takes the batang tubuh (the text before the promulgation formula
//     "Agar setiap orang mengetahuinya" / "Disahkan di Jakarta"),
//  2. finds Pasal headings: a line that is only "Pasal N", a heading glued to
//     the end of a line ("... BAB II Pasal 5"), or a heading in mid-line after
//     a full stop or a BAB title and followed by "(1)" or a capital letter
//     ("... undang-undangan. Pasal 39 (1) Gugatan ...");
//  3. repairs OCR digits inside the heading number only ("l20" -> 120,
//     "16O" -> 160, "P ^asal 53" -> Pasal 53);
//  4. keeps a heading only if it continues the sequence (next number, at most
//     a few ahead) and reports every number it had to skip, so that a gap is
//     never silent;
//  5. for a principal law, adds the pasal inserted by its amending acts, read
//     from their amending instructions ("Di antara Pasal 38 dan Pasal 39
//     disisipkan 1 (satu) pasal, yakni Pasal 38A"), and notes the pasal they
//     delete ("Pasal 63 dihapus").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAWS_DIR = process.env.RANCANG_REFERENCE_LAWS ?? '/work/shared/reference/laws';

export function readLaw(file) {
  return readFileSync(path.join(LAWS_DIR, file), 'utf8');
}

/** Sort key of a pasal number: "76E" -> [76, 5]. */
export function pasalKey(p) {
  const m = /^(\d+)([A-Z]?)$/.exec(p);
  if (!m) throw new Error(`not an arabic pasal number: ${p}`);
  return [Number(m[1]), m[2] ? m[2].charCodeAt(0) - 64 : 0];
}
const cmp = (a, b) => a[0] - b[0] || a[1] - b[1];

/** OCR repair of a heading number: l/I -> 1, O/o -> 0 when mixed with digits. */
function repairNumber(raw) {
  const m = /^([0-9lIOo]+)([A-Z]?)$/.exec(raw);
  if (!m) return null;
  if (!/[0-9]/.test(m[1])) return null; // "I", "II": roman, not arabic
  const digits = m[1].replace(/[lI]/g, '1').replace(/[Oo]/g, '0');
  return { num: String(Number(digits)) + m[2], repaired: digits !== m[1] };
}

function bodyOf(text) {
  const m = /Agar setiap orang mengetahuinya|Agar\s+Disahkan di Jakarta|Agar setiap\b/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const HEAD = String.raw`P\s*\^?\s*asa[l1]\s*\^?\s+([0-9lIOo]+[A-Z]?)`;

/** Arabic pasal headings of a text, in order, with the problems met. */
export function extractHeadings(file) {
  const text = bodyOf(readLaw(file));
  const lines = text.split('\n');
  const cands = [];
  lines.forEach((line, i) => {
    const own = new RegExp(String.raw`^\s*${HEAD}\s*\^?\s*$`).exec(line);
    if (own) return cands.push({ line: i + 1, raw: own[1], how: 'own line' });
    // mid-line headings, after a sentence end or a BAB title, followed by "(1)" or a capital
    const mid = new RegExp(String.raw`(?:^|[.:;]\s+|[A-Z]{3,}\s+)${HEAD}\s*\^?\s+(?=\(1\)|[A-Z])`, 'g');
    for (const m of line.matchAll(mid)) cands.push({ line: i + 1, raw: m[1], how: 'in line' });
    const end = new RegExp(String.raw`\s${HEAD}\s*\^?\s*$`).exec(line);
    if (end && !/(?:dalam|dan|atau|dengan|pada)\s+P\S*\s*\S+\s*$/.test(line)) cands.push({ line: i + 1, raw: end[1], how: 'end of line' });
  });
  const out = [];
  const notes = [];
  let last = [0, 0];
  for (const c of cands) {
    const r = repairNumber(c.raw);
    if (!r) continue;
    const k = pasalKey(r.num);
    if (cmp(k, last) <= 0) continue; // a repeat or a cross-reference to an earlier pasal
    if (k[0] > last[0] + 3) continue; // too far ahead: a cross-reference, not a heading
    if (k[0] > last[0] + 1) notes.push(`${file}: no heading found for Pasal ${last[0] + 1}${k[0] - last[0] > 2 ? `-${k[0] - 1}` : ''} before line ${c.line}`);
    if (r.repaired) notes.push(`${file}:${c.line}: heading "Pasal ${c.raw}" read as Pasal ${r.num} (OCR)`);
    if (c.how !== 'own line') notes.push(`${file}:${c.line}: heading Pasal ${r.num} found ${c.how}`);
    out.push(r.num);
    last = k;
  }
  return { articles: out, notes };
}

/** Roman pasal headings (Pasal I, II, ...) of an amending act. */
export function extractRoman(file) {
  const lines = bodyOf(readLaw(file)).split('\n');
  const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  const out = [];
  for (const line of lines) {
    const m = /^\s*Pasal\s+([IVX]+)\s*$/.exec(line);
    if (m && m[1] === ROMAN[out.length]) out.push(m[1]);
  }
  return out;
}

/** Amending instructions of an amending act: inserted and deleted pasal. */
export function extractInstructions(file) {
  const flat = bodyOf(readLaw(file)).replace(/\s+/g, ' ');
  const inserted = [];
  const re = /Di\.?\s*antara Pasal (\d+[A-Z]?) dan Pasal (\d+[A-Z]?) disisipkan (?:\S+ )?\(\S+\) pasal,? yakni ((?:Pasal \d+[A-Z]?(?:,? (?:dan )?)?)+)/g;
  for (const m of flat.matchAll(re)) {
    const list = [...m[3].matchAll(/Pasal (\d+[A-Z]?)/g)].map((x) => x[1]);
    inserted.push({ after: m[1], before: m[2], pasal: list, quote: m[0].trim() });
  }
  const deleted = [];
  for (const m of flat.matchAll(/(?:Ketentuan )?Pasa[l1] (\d+[A-Z]?) dihapus\./g)) deleted.push({ pasal: m[1], quote: m[0] });
  return { inserted, deleted };
}

/** Inserts pasal after a given one, keeping the order of the law. */
export function insertAfter(list, after, items) {
  const i = list.indexOf(after);
  if (i < 0) throw new Error(`cannot insert ${items.join(', ')}: no Pasal ${after}`);
  let j = i + 1;
  // skip pasal already inserted after `after` (e.g. 71A-71D before 71E)
  while (j < list.length && pasalKey(list[j])[0] === pasalKey(after)[0]) j++;
  for (const it of items) if (list.includes(it)) throw new Error(`Pasal ${it} already listed`);
  list.splice(j, 0, ...items);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const f of ['uu-2002-23.md', 'uu-2007-21.md', 'uu-2008-11.md', 'uu-2008-44.md', 'uu-2022-12.md', 'uu-2023-1.md']) {
    const { articles, notes } = extractHeadings(f);
    console.log(`${f}: ${articles.length} headings, last ${articles.at(-1)}`);
    for (const n of notes) console.log(`  ${n}`);
  }
  for (const f of ['uu-2014-35.md', 'uu-2016-19.md', 'uu-2024-1.md', 'uu-2026-1.md']) {
    console.log(`${f}: roman ${extractRoman(f).join(' ')}`);
    const ins = extractInstructions(f);
    for (const x of ins.inserted) console.log(`  + after ${x.after}: ${x.pasal.join(', ')}`);
    for (const x of ins.deleted) console.log(`  - ${x.pasal} (${x.quote})`);
  }
}
