// The starter bill (templates/starters/osaec.rancang.json) exported end to
// end: every file written, every XML part well-formed, LibreOffice opens each
// DOCX and understands the redline's tracked changes, the bill is F4 in
// Bookman Old Style 12 without Word auto-numbering, the redline covers the
// existing provisions the bill changes, and the CSV lists every gap. Pages 1
// and 3 of the bill are rendered to test-results/export-pages/ for a human eye.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDraft, type Draft } from '../../src/core/draft';
import { indexLibrary, type LibraryIndex } from '../../src/core/library';
import { computeNumbering } from '../../src/core/numbering';
import { buildRedline, type RedlineEntry } from '../../src/core/redline';
import { loadLibrary } from '../../src/io/library-loader';
import { exportDraft, exportNames, type ExportFile } from '../../src/export/export-draft';
import { DEFAULT_LAYOUT, mm } from '../../src/export/layout';
import { NOTE_COLOR, REDLINE_STYLE, WARN_COLOR } from '../../src/export/redline';
import { paragraphs, resolve, unzip, type Para } from './ooxml';
import { convert, hasLibreOffice, pdfPages, pdfPageSizePts, pdfText } from './libreoffice';

const STEM = 'osaec';
const AUTHOR = 'Tim Perancang';
const DATE = '2026-11-28T10:00:00.000Z';
/** Where the rendered pages go, for a human to look at. */
const PAGES_DIR = path.resolve('test-results/export-pages');
/** F4 in PostScript points (215 x 330 mm). */
const F4_PTS = { w: (215 / 25.4) * 72, h: (330 / 25.4) * 72 };
/** The heading wording of each kind of change in the redline. */
const OP_TEXT: Readonly<Record<RedlineEntry['op'], string>> = { amends: 'diubah oleh', replaces: 'digantikan fungsinya oleh', repeals: 'dihapus oleh', inserts: 'disisipkan oleh' };

let dir: string;
let lib: LibraryIndex;
let draft: Draft;
let files: ExportFile[];
let redline: RedlineEntry[];

const file = (name: string): ExportFile => {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`${name} was not exported`);
  return f;
};
const part = (name: string, partName: string): string => {
  const xml = unzip(file(name).bytes).get(partName);
  if (xml === undefined) throw new Error(`${name} has no ${partName}`);
  return xml;
};
const names = () => exportNames(STEM).map((n) => n.name);
const docxNames = () => names().filter((n) => n.endsWith('.docx'));
const squash = (s: string) => s.replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rancang-starter-'));
  lib = indexLibrary(await loadLibrary(path.resolve('templates')));
  const parsed = parseDraft(readFileSync(path.resolve('templates/starters/osaec.rancang.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  draft = parsed.draft;
  files = await exportDraft(draft, lib, { stem: STEM, author: AUTHOR, date: DATE });
  for (const f of files) writeFileSync(path.join(dir, f.name), f.bytes);
  redline = buildRedline(draft.doc, computeNumbering(draft.doc, { lawArticles: (l) => lib.law(l)?.articles }), lib);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Parts of a DOCX that xmllint rejects, with its message. */
function illFormed(bytes: Uint8Array): string[] {
  const bad: string[] = [];
  const f = path.join(dir, 'part.xml');
  for (const [name, xml] of unzip(bytes)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    writeFileSync(f, xml);
    try {
      execFileSync('xmllint', ['--noout', f], { stdio: 'pipe' });
    } catch (e) {
      bad.push(`${name}: ${String((e as { stderr?: Buffer }).stderr ?? e).slice(0, 300)}`);
    }
  }
  return bad;
}

/** The runs of tracked provision paragraphs, one group per redline entry. */
function trackedGroups(paras: readonly Para[]): Para[][] {
  const out: Para[][] = [];
  let cur: Para[] | null = null;
  for (const p of paras) {
    if (p.style === REDLINE_STYLE) {
      if (!cur) out.push((cur = []));
      cur.push(p);
    } else cur = null;
  }
  return out;
}

describe('the starter bill exported', () => {
  test('writes all five files', () => {
    expect(names()).toEqual(['osaec.ruu.docx', 'osaec.redline.docx', 'osaec.checklist.docx', 'osaec.checklist.csv', 'osaec.matriks.docx']);
    expect(files.map((f) => f.name).sort()).toEqual([...names()].sort());
    for (const n of names()) {
      expect(existsSync(path.join(dir, n)), n).toBe(true);
      expect(statSync(path.join(dir, n)).size, n).toBeGreaterThan(0);
    }
  });

  test('every DOCX part is well-formed XML', () => {
    for (const n of docxNames()) {
      const parts = [...unzip(file(n).bytes).keys()];
      expect(parts, n).toContain('word/document.xml');
      expect(illFormed(file(n).bytes), n).toEqual([]);
    }
  });

  test('the bill is F4, Bookman Old Style 12, with numbers as text rather than Word auto-numbering', () => {
    const styles = part('osaec.ruu.docx', 'word/styles.xml');
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? '';
    const rPr = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(defaults)?.[1] ?? '';
    expect(rPr).toMatch(/<w:rFonts\b[^>]*w:ascii="Bookman Old Style"/);
    expect(rPr).toMatch(/<w:rFonts\b[^>]*w:hAnsi="Bookman Old Style"/);
    expect(rPr).toMatch(/<w:sz w:val="24"\/>/);
    expect(DEFAULT_LAYOUT.sizePt * 2).toBe(24);

    const xml = part('osaec.ruu.docx', 'word/document.xml');
    const sizes = [...xml.matchAll(/<w:pgSz\b[^>]*\/>/g)].map((m) => m[0]);
    expect(sizes.length).toBeGreaterThan(0);
    for (const s of sizes) {
      expect(s).toContain(`w:w="${mm(215)}"`);
      expect(s).toContain(`w:h="${mm(330)}"`);
    }
    expect(xml).not.toContain('<w:numPr');
    expect(part('osaec.ruu.docx', 'word/styles.xml')).not.toContain('<w:numPr');
  });

  test('the checklist and the matrix are landscape F4 pages whose tables fit between the margins', () => {
    for (const n of ['osaec.checklist.docx', 'osaec.matriks.docx']) {
      const xml = part(n, 'word/document.xml');
      const sizes = [...xml.matchAll(/<w:pgSz\b[^>]*\/>/g)].map((m) => m[0]);
      expect(sizes.length, n).toBeGreaterThan(0);
      for (const s of sizes) {
        expect(s, n).toContain(`w:w="${mm(330)}"`);
        expect(s, n).toContain(`w:h="${mm(215)}"`);
        expect(s, n).toContain('w:orient="landscape"');
      }
      const pgMar = /<w:pgMar\b[^>]*\/>/.exec(xml)?.[0] ?? '';
      const side = (k: string) => Number(new RegExp(`w:${k}="(\\d+)"`).exec(pgMar)?.[1]);
      const room = mm(330) - side('left') - side('right');
      for (const grid of xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)) {
        const width = [...grid[1]!.matchAll(/w:w="(\d+)"/g)].reduce((a, m) => a + Number(m[1]), 0);
        expect(width, `${n}: table width against ${room} twips of room`).toBeLessThanOrEqual(room);
      }
    }
  });

  test('the CSV has a UTF-8 BOM, a header, and one row per gap', () => {
    const bytes = file('osaec.checklist.csv').bytes;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    // Split on record ends only: quoted fields may hold line breaks.
    const records = text.slice(1).replace(/"(?:[^"]|"")*"/g, '""').split('\r\n').filter((l) => l !== '');
    expect(records[0]!.split(',')[0]).toBe('gap');
    expect(lib.library.gaps.length, 'the gap catalog (templates/gaps.yaml)').toBe(24);
    expect(records.length).toBe(1 + lib.library.gaps.length);
    expect(records.slice(1).map((r) => r.split(',')[0]).sort()).toEqual(lib.library.gaps.map((g) => g.id).sort());
  });
});

describe('the starter redline', () => {
  test('covers at least 12 distinct existing provisions, each under its heading', () => {
    const changed = redline.filter((e) => e.op === 'amends' || e.op === 'replaces' || e.op === 'repeals');
    const distinct = new Set(changed.map((e) => `${e.law} ${e.article}`));
    expect(distinct.size).toBeGreaterThanOrEqual(12);
    const texts = paragraphs(part('osaec.redline.docx', 'word/document.xml')).map((p) => p.runs.map((r) => r.text).join(''));
    for (const e of redline) expect(texts, `${e.law} ${e.article}`).toContain(`${e.article} ${OP_TEXT[e.op]} ${e.billLabel} RUU`);
  });

  test('compares like with like, in Indonesian, naming laws as readers do', () => {
    // "Pasal 1 angka 8" in the corpus is the definition alone: the proposed side is too.
    const def = redline.find((e) => e.law === 'UU-21-2007' && e.article === 'Pasal 1 angka 8');
    expect(def, 'the starter amends UU 21/2007 Pasal 1 angka 8').toBeDefined();
    expect(def!.proposed.startsWith('Eksploitasi Seksual adalah')).toBe(true);
    expect(def!.segments.filter((x) => x.type === 'insert').map((x) => x.text).join('')).not.toContain('Dalam Undang-Undang ini');
    // Notes carry no internal English from the corpus.
    for (const e of redline) for (const n of e.notes) expect(n.text, `${e.law} ${e.article}`).not.toMatch(/Composed|adjustedBy2026|amendedBy|\bthe\b/);
    // A repeal is labelled with its amendment point.
    for (const e of redline.filter((x) => x.op === 'repeals')) expect(e.billLabel).toMatch(/^Pasal \d+ angka \d+$/);
    // A provision whose penalty UU 1/2026 adjusted carries a caveat, printed in red; plain notes in grey.
    const adjusted = redline.filter((e) => e.basis.startsWith('in-force'));
    expect(adjusted.length).toBeGreaterThan(0);
    for (const e of adjusted) expect(e.notes.some((n) => n.warn && n.text.includes('2 Januari 2026'))).toBe(true);
    const xml = part('osaec.redline.docx', 'word/document.xml');
    const runOf = (text: string) => [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>/g)].map((m) => m[0]).find((r) => r.includes(text)) ?? '';
    expect(runOf('Dibandingkan dengan rumusan yang berlaku sejak 2 Januari 2026')).toContain(`w:val="${WARN_COLOR}"`);
    expect(runOf('Teks yang berlaku: UU 21/2007 Pasal 1 angka 8')).toContain(`w:val="${NOTE_COLOR}"`);
    expect(xml).not.toMatch(/Teks yang berlaku: UU-\d/);
  });

  test('every tracked change carries an author and a date', () => {
    const xml = part('osaec.redline.docx', 'word/document.xml');
    const tags = [...xml.matchAll(/<w:(?:ins|del)\b[^>]*>/g)].map((m) => m[0]);
    expect(tags.some((t) => t.startsWith('<w:ins'))).toBe(true);
    expect(tags.some((t) => t.startsWith('<w:del'))).toBe(true);
    for (const t of tags) {
      expect(t).toContain(`w:author="${AUTHOR}"`);
      expect(t).toMatch(/w:date="2026-11-28T10:00:00(\.000)?Z"/);
    }
  });

  test('Accept All gives the proposed texts and Reject All the existing texts', () => {
    const groups = trackedGroups(paragraphs(part('osaec.redline.docx', 'word/document.xml')));
    expect(groups.length).toBe(redline.length);
    groups.forEach((g, i) => {
      const e = redline[i]!;
      expect(resolve(g, 'accept'), `${e.law} ${e.article}`).toBe(e.proposed);
      expect(resolve(g, 'reject'), `${e.law} ${e.article}`).toBe(e.existing);
    });
    expect(groups.map((g) => resolve(g, 'accept')).join('\n')).toBe(redline.map((e) => e.proposed).join('\n'));
    expect(groups.map((g) => resolve(g, 'reject')).join('\n')).toBe(redline.map((e) => e.existing).join('\n'));
  });
});

describe('LibreOffice reads the starter exports', () => {
  let pdfs: string[] = [];
  const billPdf = () => path.join(dir, 'osaec.ruu.pdf');

  test('converts every DOCX to PDF in one call; the bill is F4 and reads as a bill', () => {
    expect(hasLibreOffice(), 'soffice is required (.ci/run installs libreoffice-writer-nogui)').toBe(true);
    const docx = docxNames().map((n) => path.join(dir, n));
    pdfs = convert(docx, 'pdf', dir);
    expect(pdfs.map((p) => path.basename(p))).toEqual(docxNames().map((n) => n.replace(/\.docx$/, '.pdf')));
    for (const p of pdfs) expect(pdfPages(p), path.basename(p)).toBeGreaterThan(0);

    const size = pdfPageSizePts(billPdf());
    expect(Math.abs(size.w - F4_PTS.w), `width ${size.w} pt`).toBeLessThanOrEqual(2);
    expect(Math.abs(size.h - F4_PTS.h), `height ${size.h} pt`).toBeLessThanOrEqual(2);

    const pages = pdfText(billPdf()).split('\f').map(squash);
    const text = pages.join(' ');
    expect(pages[0]).toContain('RANCANGAN UNDANG-UNDANG REPUBLIK INDONESIA NOMOR ... TAHUN ... TENTANG');
    expect(text).toMatch(/BAB I KETENTUAN UMUM Pasal 1 /);
    // The Penjelasan is its own part, starting on a new page under its title.
    const penjelasan = pages.findIndex((p) => /^(?:- \d+ - )?PENJELASAN ATAS RANCANGAN UNDANG-UNDANG REPUBLIK INDONESIA/.test(p.trim()));
    expect(penjelasan, 'a page that starts with the Penjelasan title').toBeGreaterThan(0);
    expect(pages.slice(penjelasan).join(' ')).toMatch(/I\. UMUM .*II\. PASAL DEMI PASAL/);
    // Amendment instructions generated from the links (src/core/amendment.ts):
    // each amended or repealed article of the redline has its instruction.
    expect(text).toMatch(/Ketentuan (?:(?:ayat|huruf|angka) \S+ )*Pasal \d+[A-Z]? diubah sehingga (?:Pasal \d+[A-Z]? )?berbunyi sebagai berikut:/);
    const changed = redline.filter((e) => e.op === 'amends' || e.op === 'repeals');
    expect(changed.length).toBeGreaterThan(0);
    for (const e of changed) {
      const num = escape(/^Pasal (\S+)/.exec(e.article)?.[1] ?? e.article);
      const instruction =
        e.op === 'amends'
          ? new RegExp(`(?:Ketentuan|Di antara) (?:[^.:]*? )?Pasal ${num} (?:[^.:]*? )?(?:diubah|disisipkan|ditambah)[^.:]*? sehingga (?:Pasal ${num} )?berbunyi sebagai berikut:`)
          : /^Pasal \S+ \S/.test(e.article)
            ? new RegExp(`Pasal ${num} ${escape(e.article.replace(/^Pasal \S+ /, ''))} dihapus sehingga Pasal ${num} berbunyi sebagai berikut:\\s+(?:- \\d+ -\\s+)?Pasal ${num}\\s.*?Dihapus\\.`)
            : new RegExp(`(?:Ketentuan [^.:]*? )?Pasal ${num} dihapus\\.`);
      expect(text, `instruction for ${e.law} ${e.article}`).toMatch(instruction);
    }
  }, 300_000);

  test('the checklist and the matrix print on landscape pages', () => {
    for (const n of ['osaec.checklist.pdf', 'osaec.matriks.pdf']) {
      const size = pdfPageSizePts(path.join(dir, n));
      expect(Math.abs(size.w - F4_PTS.h), `${n}: width ${size.w} pt`).toBeLessThanOrEqual(2);
      expect(Math.abs(size.h - F4_PTS.w), `${n}: height ${size.h} pt`).toBeLessThanOrEqual(2);
      mkdirSync(PAGES_DIR, { recursive: true });
      const out = path.join(PAGES_DIR, n.replace(/\.pdf$/, '-1'));
      execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', '-singlefile', path.join(dir, n), out], { stdio: 'pipe' });
      expect(existsSync(`${out}.png`), `${out}.png`).toBe(true);
    }
  });

  test('understands the tracked changes of the redline', () => {
    const odt = convert([path.join(dir, 'osaec.redline.docx')], 'odt', dir);
    expect(odt.length).toBe(1);
    const content = unzip(readFileSync(odt[0]!)).get('content.xml') ?? '';
    const tracked = /<text:tracked-changes\b[^>]*>([\s\S]*?)<\/text:tracked-changes>/.exec(content)?.[1] ?? '';
    expect(tracked).not.toBe('');
    const regions = [...tracked.matchAll(/<text:changed-region\b[\s\S]*?<\/text:changed-region>/g)].map((m) => m[0]);
    expect(regions.some((r) => r.includes('<text:insertion'))).toBe(true);
    expect(regions.some((r) => r.includes('<text:deletion'))).toBe(true);
    expect(regions.length).toBeGreaterThanOrEqual(12);
    for (const r of regions) expect(r).toContain(`<dc:creator>${AUTHOR}</dc:creator>`);
  }, 300_000);

  test('renders pages 1 and 3 of the bill for a human to look at', () => {
    expect(existsSync(billPdf()), 'the PDF conversion ran').toBe(true);
    mkdirSync(PAGES_DIR, { recursive: true });
    for (const page of [1, 3]) {
      const out = path.join(PAGES_DIR, `osaec.ruu-${page}`);
      rmSync(`${out}.png`, { force: true });
      execFileSync('pdftoppm', ['-r', '50', '-png', '-f', String(page), '-l', String(page), '-singlefile', billPdf(), out], { stdio: 'pipe' });
      expect(existsSync(`${out}.png`), `${out}.png`).toBe(true);
    }
  });
});
