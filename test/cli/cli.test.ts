// The `rancang` command's contract (design.md section 8, README "The command
// line"): what each command writes and prints, the shape of every --json
// output, exit statuses (0 success, 1 the draft has errors, 2 bad usage or
// unreadable input) and the one clear line on stderr for a file it cannot
// read, which it never touches. Most tests call run() in-process; one block
// builds and spawns the real binary.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Node } from 'prosemirror-model';
import { run, type Io } from '../../src/cli/run';
import { parseDraft, newDraft, serializeDraft, type Draft } from '../../src/core/draft';
import { angka, ayat, bab, bill, dasarHukumButir, pasal, pertimbangan, rujukan, skeletonBill, teks } from '../../src/core/build';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LIBRARY = path.join(ROOT, 'templates');
const STARTER_FILE = path.join(LIBRARY, 'starters', 'osaec.rancang.json');
const NOW = new Date('2026-11-28T12:00:00.000Z');

// ---------------------------------------------------------------------------
// Helpers

interface Result {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

let dir: string;

async function cli(args: readonly string[], cwd: string = dir): Promise<Result> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd, now: () => NOW, libraryDir: LIBRARY };
  const code = await run(args, io);
  return { code, out, err };
}

function parseOrThrow(text: string): Draft {
  const r = parseDraft(text);
  if (!r.ok) throw new Error(`not a valid draft: ${r.error.message}`);
  return r.draft;
}

const starterText = readFileSync(STARTER_FILE, 'utf8');

/** Writes a draft file into the temp folder and returns its absolute path. */
function writeDraft(name: string, draft: Draft): string {
  const file = path.join(dir, name);
  writeFileSync(file, serializeDraft(draft));
  return file;
}

function writeStarter(name = 'osaec.rancang.json'): string {
  const file = path.join(dir, name);
  writeFileSync(file, starterText);
  return file;
}

/** A small bill whose one cross-reference either resolves or points at a provision that does not exist. */
function referencingBill(dangling: boolean): Node {
  const a = pertimbangan('bahwa setiap Anak berhak atas pelindungan;');
  const b = pertimbangan('bahwa berdasarkan pertimbangan ', rujukan([String(a.attrs.id)]), ', perlu membentuk Undang-Undang tentang Uji Coba;');
  const first = ayat('Setiap Orang wajib melaporkan eksploitasi seksual Anak.');
  const target = dangling ? 'tidak-ada-unit-ini' : String(first.attrs.id);
  const second = ayat(teks('Laporan sebagaimana dimaksud pada ', rujukan([target]), ' disampaikan secara tertulis.'));
  return bill({
    title: 'Uji Coba',
    konsiderans: [a, b],
    dasarHukum: [dasarHukumButir('Pasal 20 dan Pasal 21 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;')],
    body: [
      bab('KETENTUAN UMUM', { role: 'ketentuan-umum' }, pasal('Dalam Undang-Undang ini yang dimaksud dengan:', angka('Anak adalah seseorang yang belum berusia 18 (delapan belas) tahun.'), angka('Setiap Orang adalah orang perseorangan atau Korporasi.'))),
      bab('MATERI', { role: 'materi' }, pasal(first, second), pasal('Setiap Orang wajib melindungi Anak.')),
      bab('KETENTUAN PENUTUP', { role: 'ketentuan-penutup' }, pasal('Undang-Undang ini mulai berlaku pada tanggal diundangkan.')),
    ],
    umum: ['Undang-Undang ini disusun untuk melindungi Anak dari kekerasan dan eksploitasi seksual secara daring.'],
  });
}

/** stderr holds exactly one line, prefixed "rancang: ", and no stack trace. */
function expectOneLine(err: string): string {
  expect(err.endsWith('\n')).toBe(true);
  const lines = err.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^rancang: \S/);
  expect(err).not.toMatch(/^\s+at /m);
  return lines[0]!;
}

// Shape checks on parsed JSON (values arrive as unknown).
function record(v: unknown, keys: readonly string[]): Record<string, unknown> {
  expect(typeof v).toBe('object');
  expect(v).not.toBeNull();
  expect(Array.isArray(v)).toBe(false);
  const o = v as Record<string, unknown>;
  expect(Object.keys(o).sort()).toEqual([...keys].sort());
  return o;
}
function list(v: unknown): unknown[] {
  expect(Array.isArray(v)).toBe(true);
  return v as unknown[];
}
function text(v: unknown): string {
  expect(typeof v).toBe('string');
  return v as string;
}
function nonEmptyText(v: unknown): string {
  const s = text(v);
  expect(s.trim()).not.toBe('');
  return s;
}
function count(v: unknown): number {
  expect(Number.isInteger(v)).toBe(true);
  expect(v as number).toBeGreaterThanOrEqual(0);
  return v as number;
}

interface Finding {
  rule: string;
  severity: 'error' | 'warning';
  at: string;
  message: string;
}

/** Parses `lint --json` output, checking the exact shape of every finding. */
function lintJson(out: string): Finding[] {
  expect(out.endsWith('\n')).toBe(true);
  const top = record(JSON.parse(out) as unknown, ['findings']);
  return list(top.findings).map((f) => {
    const o = record(f, ['rule', 'severity', 'at', 'message']);
    const rule = text(o.rule);
    expect(rule).toMatch(/^R\d+[a-z]?$/);
    const severity = text(o.severity);
    expect(['error', 'warning']).toContain(severity);
    return { rule, severity: severity as Finding['severity'], at: nonEmptyText(o.at), message: nonEmptyText(o.message) };
  });
}

interface GapRow {
  id: string;
  severity: string;
  status: 'closed' | 'partial' | 'open';
  closedBy: { clause: string; template: string; pasal: string; modified: boolean }[];
  review: string;
}

/** Parses `check --json` output, checking the exact shape. */
function checkJson(out: string): { gaps: GapRow[]; summary: { closed: number; partial: number; open: number } } {
  expect(out.endsWith('\n')).toBe(true);
  const top = record(JSON.parse(out) as unknown, ['gaps', 'summary']);
  const gaps = list(top.gaps).map((g): GapRow => {
    const o = record(g, ['id', 'severity', 'status', 'closedBy', 'review']);
    const status = text(o.status);
    expect(['closed', 'partial', 'open']).toContain(status);
    const review = text(o.review);
    expect(['none', 'accepted', 'disputed', 'stale']).toContain(review);
    const closedBy = list(o.closedBy).map((c) => {
      const co = record(c, ['clause', 'template', 'pasal', 'modified']);
      expect(typeof co.modified).toBe('boolean');
      return { clause: nonEmptyText(co.clause), template: nonEmptyText(co.template), pasal: text(co.pasal), modified: co.modified as boolean };
    });
    return { id: text(o.id), severity: nonEmptyText(o.severity), status: status as GapRow['status'], closedBy, review };
  });
  const s = record(top.summary, ['closed', 'partial', 'open']);
  return { gaps, summary: { closed: count(s.closed), partial: count(s.partial), open: count(s.open) } };
}

interface TemplatesJson {
  templates: { id: string; title: { id: string; en: string }; source: string; closes: { gap: string; extent: 'full' | 'partial' }[] }[];
  gaps: { id: string; severity: string; title: unknown }[];
  starters: { id: string; title: string }[];
}

/** Parses `templates --json` output, checking the exact shape. */
function templatesJson(out: string): TemplatesJson {
  expect(out.endsWith('\n')).toBe(true);
  const top = record(JSON.parse(out) as unknown, ['templates', 'gaps', 'starters']);
  const templates = list(top.templates).map((t) => {
    const o = record(t, ['id', 'title', 'source', 'closes']);
    const title = record(o.title, ['id', 'en']);
    const closes = list(o.closes).map((c) => {
      const co = record(c, ['gap', 'extent']);
      const extent = text(co.extent);
      expect(['full', 'partial']).toContain(extent);
      return { gap: text(co.gap), extent: extent as 'full' | 'partial' };
    });
    return { id: nonEmptyText(o.id), title: { id: nonEmptyText(title.id), en: nonEmptyText(title.en) }, source: text(o.source), closes };
  });
  const gaps = list(top.gaps).map((g) => {
    const o = record(g, ['id', 'severity', 'title']);
    return { id: text(o.id), severity: text(o.severity), title: o.title };
  });
  const starters = list(top.starters).map((s) => {
    const o = record(s, ['id', 'title']);
    return { id: nonEmptyText(o.id), title: nonEmptyText(o.title) };
  });
  return { templates, gaps, starters };
}

function documentXml(file: string): string {
  const entry = unzipSync(readFileSync(file))['word/document.xml'];
  if (!entry) throw new Error(`${file} has no word/document.xml`);
  return strFromU8(entry);
}

/** The usage text, as `--help` prints it. */
let usage: string;

beforeAll(async () => {
  const help = await run(['--help'], { stdout: (s) => void (usage = s), stderr: () => undefined, cwd: ROOT, now: () => NOW, libraryDir: LIBRARY });
  expect(help).toBe(0);
});

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rancang-cli-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------
// 1. rancang new

describe('rancang new', () => {
  test('--out FILE writes an empty skeleton that parses and that lint accepts with warnings only (exit 0)', async () => {
    const r = await cli(['new', '--out', 'a.rancang.json']);
    expect(r).toEqual({ code: 0, out: `${path.join(dir, 'a.rancang.json')}\n`, err: '' });
    const written = parseOrThrow(readFileSync(path.join(dir, 'a.rancang.json'), 'utf8'));
    expect(written.meta.kind).toBe('new');
    expect(written.meta.created).toBe(NOW.toISOString());
    expect(written.meta.modified).toBe(NOW.toISOString());
    expect(written.reviews).toEqual([]);
    // The skeleton: title block, pembukaan, body with Ketentuan Umum and Ketentuan Penutup, penutup, penjelasan.
    const parts: string[] = [];
    written.doc.forEach((n) => void parts.push(n.type.name));
    expect(parts).toEqual(['judul', 'pembukaan', 'batangTubuh', 'penutup', 'penjelasan']);
    const roles: unknown[] = [];
    written.doc.child(2).forEach((n) => void roles.push(n.attrs.role));
    expect(roles).toEqual(['ketentuan-umum', 'ketentuan-penutup']);

    const lint = await cli(['lint', 'a.rancang.json', '--json']);
    expect(lint.err).toBe('');
    expect(lint.code).toBe(0);
    const findings = lintJson(lint.out);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The skeleton's "…" placeholders are flagged as warnings to fill in.
    expect(findings.some((f) => f.severity === 'warning' && f.rule === 'R41')).toBe(true);

    const plain = await cli(['lint', 'a.rancang.json']);
    expect(plain.code).toBe(0);
    expect(plain.out.trimEnd().split('\n').at(-1)).toBe(`0 error(s), ${findings.length} warning(s)`);
  });

  test('--starter osaec --out FILE writes the starter bill with fresh dates', async () => {
    const r = await cli(['new', '--starter', 'osaec', '--out', 'ruu.rancang.json']);
    expect(r).toEqual({ code: 0, out: `${path.join(dir, 'ruu.rancang.json')}\n`, err: '' });
    const writtenText = readFileSync(path.join(dir, 'ruu.rancang.json'), 'utf8');
    const written = parseOrThrow(writtenText);
    const starter = parseOrThrow(starterText);
    expect(written.doc.toJSON()).toEqual(starter.doc.toJSON());
    expect((JSON.parse(writtenText) as { doc: unknown }).doc).toEqual((JSON.parse(starterText) as { doc: unknown }).doc);
    expect(written.meta).toEqual({ ...starter.meta, created: NOW.toISOString(), modified: NOW.toISOString() });
    expect(written.reviews).toEqual(starter.reviews);
    expect(written.gaps).toEqual(starter.gaps);
  });

  test('refuses to overwrite an existing file without --force (exit 2, file untouched), overwrites with --force', async () => {
    const file = path.join(dir, 'a.rancang.json');
    writeFileSync(file, 'precious bytes');
    const refused = await cli(['new', '--out', 'a.rancang.json']);
    expect(refused.code).toBe(2);
    expect(refused.out).toBe('');
    expect(expectOneLine(refused.err)).toMatch(/a\.rancang\.json.*already exists.*--force/);
    expect(readFileSync(file, 'utf8')).toBe('precious bytes');

    const starterRefused = await cli(['new', '--starter', 'osaec', '--out', 'a.rancang.json']);
    expect(starterRefused.code).toBe(2);
    expectOneLine(starterRefused.err);
    expect(readFileSync(file, 'utf8')).toBe('precious bytes');
    expect(readdirSync(dir)).toEqual(['a.rancang.json']);

    const forced = await cli(['new', '--out', 'a.rancang.json', '--force']);
    expect(forced).toEqual({ code: 0, out: `${file}\n`, err: '' });
    parseOrThrow(readFileSync(file, 'utf8'));

    const forcedStarter = await cli(['new', '--force', '--starter', 'osaec', '--out', 'a.rancang.json']);
    expect(forcedStarter.code).toBe(0);
    expect(parseOrThrow(readFileSync(file, 'utf8')).doc.toJSON()).toEqual(parseOrThrow(starterText).doc.toJSON());
    expect(readdirSync(dir)).toEqual(['a.rancang.json']);
  });

  test('an unknown starter is exit 2 with one line, and nothing is written', async () => {
    const r = await cli(['new', '--starter', 'tidak-ada', '--out', 'x.rancang.json']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(expectOneLine(r.err)).toMatch(/tidak-ada/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test.each([
    ['without --out', ['new'], /--out/],
    ['--out not ending in .rancang.json', ['new', '--out', 'ruu.json'], /\.rancang\.json/],
  ])('%s is a usage error (exit 2), nothing written', async (_what, args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// 2. rancang lint

describe('rancang lint', () => {
  test('--json on a clean draft: {"findings":[]} and exit 0', async () => {
    writeDraft('clean.rancang.json', newDraft(referencingBill(false), NOW));
    const r = await cli(['lint', 'clean.rancang.json', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(lintJson(r.out)).toEqual([]);
    expect(JSON.parse(r.out)).toEqual({ findings: [] });
  });

  test('--json with an error finding (a dangling reference): exact finding shape and exit 1', async () => {
    writeDraft('dangling.rancang.json', newDraft(referencingBill(true), NOW));
    const r = await cli(['lint', 'dangling.rancang.json', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const findings = lintJson(r.out);
    const dangling = findings.filter((f) => f.rule === 'R110');
    expect(dangling).toHaveLength(1);
    expect(dangling[0]).toMatchObject({ severity: 'error', at: 'Pasal 2 ayat (2)' });

    // The human-readable form gives the same exit status and counts.
    const plain = await cli(['lint', 'dangling.rancang.json']);
    expect(plain.code).toBe(1);
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(plain.out).toMatch(/^error +R110 +Pasal 2 ayat \(2\): /m);
    expect(plain.out.trimEnd().split('\n').at(-1)).toBe(`${errors} error(s), ${findings.length - errors} warning(s)`);
  });

  test('--json on the starter: warnings only, exit 0', async () => {
    writeStarter();
    const r = await cli(['lint', '--json', 'osaec.rancang.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const findings = lintJson(r.out);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  test('lint never writes to the file or its folder', async () => {
    const file = writeDraft('dangling.rancang.json', newDraft(referencingBill(true), NOW));
    const before = readFileSync(file);
    await cli(['lint', 'dangling.rancang.json', '--json']);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['dangling.rancang.json']);
  });
});

// ---------------------------------------------------------------------------
// 3. rancang check

describe('rancang check', () => {
  test('--json on the starter: exact shape, 24 gaps, consistent summary, every critical and high gap closed', async () => {
    writeStarter();
    const r = await cli(['check', 'osaec.rancang.json', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const { gaps, summary } = checkJson(r.out);
    expect(gaps).toHaveLength(24);
    expect(gaps.map((g) => g.id)).toEqual(Array.from({ length: 24 }, (_, i) => `G${String(i + 1).padStart(2, '0')}`));
    expect(summary).toEqual({
      closed: gaps.filter((g) => g.status === 'closed').length,
      partial: gaps.filter((g) => g.status === 'partial').length,
      open: gaps.filter((g) => g.status === 'open').length,
    });
    expect(summary.closed + summary.partial + summary.open).toBe(24);
    for (const g of gaps.filter((x) => x.severity === 'critical' || x.severity === 'high')) expect({ id: g.id, status: g.status }).toEqual({ id: g.id, status: 'closed' });
    expect(gaps.filter((g) => g.severity === 'critical').length).toBeGreaterThan(0);
    for (const g of gaps) {
      expect(g.review).toBe('none');
      if (g.status !== 'open') expect(g.closedBy.length).toBeGreaterThan(0);
      for (const c of g.closedBy) {
        // pasal: the clause's current Pasal labels joined with ", ".
        expect(c.pasal).toMatch(/^Pasal \d+[A-Z]?(, Pasal \d+[A-Z]?)*$/);
        // The starter's clauses are exactly as instantiated from their templates.
        expect(c.modified).toBe(false);
      }
    }
  });

  test('the check and templates outputs agree on the gap catalog', async () => {
    writeStarter();
    const check = checkJson((await cli(['check', 'osaec.rancang.json', '--json'])).out);
    const lib = templatesJson((await cli(['templates', '--json'])).out);
    expect(check.gaps.map((g) => [g.id, g.severity])).toEqual(lib.gaps.map((g) => [g.id, g.severity]));
  });

  test('plain output ends with the summary line', async () => {
    writeStarter();
    const json = checkJson((await cli(['check', 'osaec.rancang.json', '--json'])).out);
    const r = await cli(['check', 'osaec.rancang.json']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(25);
    expect(lines.at(-1)).toBe(`closed ${json.summary.closed}, partial ${json.summary.partial}, open ${json.summary.open}`);
  });
});

// ---------------------------------------------------------------------------
// 4. rancang templates

describe('rancang templates', () => {
  test('--json: exact shape, at least 30 templates, 24 gaps, the osaec starter', async () => {
    const r = await cli(['templates', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lib = templatesJson(r.out);
    expect(lib.templates.length).toBeGreaterThanOrEqual(30);
    expect(new Set(lib.templates.map((t) => t.id)).size).toBe(lib.templates.length);
    expect(lib.gaps).toHaveLength(24);
    const gapIds = new Set(lib.gaps.map((g) => g.id));
    expect(gapIds.size).toBe(24);
    for (const g of lib.gaps) {
      expect(g.id).toMatch(/^G\d{2}$/);
      expect(['critical', 'high', 'medium', 'low']).toContain(g.severity);
      const title = record(g.title, ['id', 'en']);
      nonEmptyText(title.id);
      nonEmptyText(title.en);
    }
    // Every template closes only catalogued gaps, and every gap can be closed by some template.
    for (const t of lib.templates) for (const c of t.closes) expect(gapIds).toContain(c.gap);
    const closable = new Set(lib.templates.flatMap((t) => t.closes.map((c) => c.gap)));
    expect([...gapIds].filter((g) => !closable.has(g))).toEqual([]);
    expect(lib.templates.filter((t) => t.source.trim() === '').map((t) => t.id)).toEqual([]);
    const osaec = lib.starters.find((s) => s.id === 'osaec');
    expect(osaec?.title).toBe(parseOrThrow(starterText).meta.title);
  });

  test('plain output lists every template and a total line', async () => {
    const lib = templatesJson((await cli(['templates', '--json'])).out);
    const r = await cli(['templates']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(lib.templates.length + 1);
    expect(lines.at(-1)).toMatch(new RegExp(`^${lib.templates.length} templates, 24 gaps, ${lib.starters.length} starter\\(s\\)`));
  });
});

// ---------------------------------------------------------------------------
// 5. rancang export

const ALL_EXPORTS = ['osaec.ruu.docx', 'osaec.redline.docx', 'osaec.checklist.docx', 'osaec.checklist.csv', 'osaec.matriks.docx'];

describe('rancang export', () => {
  let out: string;
  beforeEach(() => {
    writeStarter();
    out = path.join(dir, 'out');
    mkdirSync(out);
  });

  test('writes the five files, named after the draft, and prints their paths', async () => {
    const r = await cli(['export', 'osaec.rancang.json', '--out', 'out', '--date', '2026-11-28']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').sort()).toEqual(ALL_EXPORTS.map((n) => path.join(out, n)).sort());
    expect(readdirSync(out).sort()).toEqual([...ALL_EXPORTS].sort());
    for (const name of ALL_EXPORTS.filter((n) => n.endsWith('.docx'))) {
      const xml = documentXml(path.join(out, name));
      expect(xml).toContain('<w:body>');
    }
    const csv = readFileSync(path.join(out, 'osaec.checklist.csv'), 'utf8');
    for (let i = 1; i <= 24; i++) expect(csv).toMatch(new RegExp(`^G${String(i).padStart(2, '0')},`, 'm'));
  });

  test('--only bill,checklist writes only the bill and the two checklist files', async () => {
    const r = await cli(['export', 'osaec.rancang.json', '--out', 'out', '--only', 'bill,checklist']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const expected = ['osaec.ruu.docx', 'osaec.checklist.docx', 'osaec.checklist.csv'];
    expect(readdirSync(out).sort()).toEqual([...expected].sort());
    expect(r.out.trimEnd().split('\n').sort()).toEqual(expected.map((n) => path.join(out, n)).sort());
  });

  test('--author and --date are written on every tracked change of the redline', async () => {
    const r = await cli(['export', 'osaec.rancang.json', '--out', 'out', '--only', 'redline', '--author', 'Tim Perumus DPR', '--date', '2026-11-28T10:00:00Z']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['osaec.redline.docx']);
    const xml = documentXml(path.join(out, 'osaec.redline.docx'));
    const ins = xml.match(/<w:ins\b[^>]*>/g) ?? [];
    expect(ins.length).toBeGreaterThan(0);
    for (const tag of ins) {
      expect(tag).toContain('w:author="Tim Perumus DPR"');
      expect(tag).toMatch(/w:date="2026-11-28T10:00:00(\.000)?Z"/);
    }
    for (const tag of xml.match(/<w:del\b[^>]*>/g) ?? []) {
      expect(tag).toContain('w:author="Tim Perumus DPR"');
      expect(tag).toMatch(/w:date="2026-11-28T10:00:00(\.000)?Z"/);
    }
  });

  test('without --author the tracked changes carry the first drafter, and --date defaults to now', async () => {
    const r = await cli(['export', 'osaec.rancang.json', '--out', 'out', '--only', 'redline']);
    expect(r.code).toBe(0);
    const drafter = parseOrThrow(starterText).meta.drafters[0];
    expect(drafter).toBeTruthy();
    const ins = documentXml(path.join(out, 'osaec.redline.docx')).match(/<w:ins\b[^>]*>/g) ?? [];
    expect(ins.length).toBeGreaterThan(0);
    for (const tag of ins) {
      expect(tag).toContain(`w:author="${drafter}"`);
      expect(tag).toMatch(/w:date="2026-11-28T12:00:00(\.000)?Z"/);
    }
  });

  test.each([
    ['an unknown kind', ['--only', 'bill,pdf'], /--only/],
    ['only commas', ['--only', ','], /--only/],
    ['an empty value', ['--only='], /--only/],
  ])('--only with %s is a usage error (exit 2) and nothing is written', async (_what, flags, message) => {
    const r = await cli(['export', 'osaec.rancang.json', '--out', 'out', ...flags]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toMatch(/^rancang: /);
    expect(r.err.split('\n')[0]).toMatch(message);
    expect(r.err).not.toMatch(/^\s+at /m);
    expect(readdirSync(out)).toEqual([]);
  });

  test.each([
    ['a word', 'yesterday'],
    ['a day-first date', '28/11/2026'],
    ['month 13', '2026-13-01'],
    ['hour 25', '2026-11-28T25:00:00Z'],
    ['30 February', '2026-02-30'],
    ['31 April with a time', '2026-04-31T10:00:00Z'],
  ])('--date with %s is a usage error (exit 2) and nothing is written', async (_what, value) => {
    const r = await cli(['export', 'osaec.rancang.json', '--out', 'out', '--date', value]);
    expect({ code: r.code, out: r.out, written: readdirSync(out) }).toEqual({ code: 2, out: '', written: [] });
    expect(r.err.split('\n')[0]).toMatch(/^rancang: --date: /);
    expect(r.err).not.toMatch(/^\s+at /m);
  });

  test.each([['1'], ['11'], ['abc'], ['-3']])('--top-margin %s is a usage error (exit 2)', async (value) => {
    const r = await cli(['export', 'osaec.rancang.json', '--out', 'out', `--top-margin=${value}`]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toMatch(/^rancang: --top-margin: /);
    expect(readdirSync(out)).toEqual([]);
  });

  test('a missing --out folder is a usage error (exit 2)', async () => {
    const r = await cli(['export', 'osaec.rancang.json', '--out', 'nope']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toMatch(/^rancang: --out: .*nope.* does not exist/);
    expect(existsSync(path.join(dir, 'nope'))).toBe(false);
  });

  test('refuses to overwrite any existing export without --force and then writes none; --force overwrites', async () => {
    const existing = path.join(out, 'osaec.matriks.docx');
    writeFileSync(existing, 'precious bytes');
    const refused = await cli(['export', 'osaec.rancang.json', '--out', 'out']);
    expect(refused.code).toBe(2);
    expect(refused.out).toBe('');
    expect(expectOneLine(refused.err)).toMatch(/osaec\.matriks\.docx.*already exists.*--force/);
    expect(readdirSync(out)).toEqual(['osaec.matriks.docx']);
    expect(readFileSync(existing, 'utf8')).toBe('precious bytes');

    const forced = await cli(['export', 'osaec.rancang.json', '--out', 'out', '--force']);
    expect(forced.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...ALL_EXPORTS].sort());
    expect(readFileSync(existing, 'utf8')).not.toBe('precious bytes');
    documentXml(existing);
  });
});

// ---------------------------------------------------------------------------
// 6. Unreadable input: exit 2, one line naming the file, the file untouched

const skeletonText = serializeDraft(newDraft(skeletonBill('Uji Coba'), NOW));
const BAD_INPUTS: readonly (readonly [string, string | null, RegExp])[] = [
  ['truncated JSON', starterText.slice(0, Math.floor(starterText.length / 2)), /truncated/],
  ['non-JSON text', 'Rancangan Undang-Undang tentang Uji Coba\nBAB I\n', /not valid JSON/],
  ['a JSON object with the wrong format', JSON.stringify({ format: 'something-else', version: 1, meta: {}, doc: {} }, null, 2), /not a Rancang draft/],
  ['a draft of a newer version', skeletonText.replace('"version": 1,', '"version": 2,'), /newer/],
  ['an empty file', '', /empty/],
  ['a missing file', null, /no such file/],
];
const COMMANDS: readonly (readonly [string, (file: string) => string[]])[] = [
  ['lint', (file) => ['lint', file]],
  ['lint --json', (file) => ['lint', file, '--json']],
  ['check', (file) => ['check', file]],
  ['check --json', (file) => ['check', '--json', file]],
  ['export', (file) => ['export', file, '--out', 'out']],
];

describe('unreadable input', () => {
  test('the newer-version fixture really differs from a readable draft only in its version', () => {
    expect(skeletonText).toContain('"version": 1,');
    expect(parseDraft(skeletonText).ok).toBe(true);
  });

  describe.each(COMMANDS)('%s', (_name, argv) => {
    test.each(BAD_INPUTS)('%s: exit 2, one line on stderr naming the file, no stack trace, file unchanged', async (_what, content, reason) => {
      const file = path.join(dir, 'bad.rancang.json');
      if (content !== null) writeFileSync(file, content);
      const before = content === null ? null : readFileSync(file);
      mkdirSync(path.join(dir, 'out'));

      const r = await cli(argv('bad.rancang.json'));
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      const line = expectOneLine(r.err);
      expect(line).toContain(file);
      expect(line).toMatch(reason);

      if (before === null) expect(existsSync(file)).toBe(false);
      else expect(readFileSync(file).equals(before)).toBe(true);
      expect(readdirSync(path.join(dir, 'out'))).toEqual([]);
      expect(readdirSync(dir).sort()).toEqual(content === null ? ['out'] : ['bad.rancang.json', 'out']);
    });
  });

  test('a folder given as FILE: exit 2, one line', async () => {
    mkdirSync(path.join(dir, 'folder.rancang.json'));
    const r = await cli(['lint', 'folder.rancang.json']);
    expect(r.code).toBe(2);
    expect(expectOneLine(r.err)).toContain(path.join(dir, 'folder.rancang.json'));
  });
});

// ---------------------------------------------------------------------------
// 7. Usage errors

describe('usage errors', () => {
  beforeEach(() => void writeStarter());

  test.each([
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['an unknown flag', ['lint', 'osaec.rancang.json', '--verbose'], /unknown option --verbose/],
    ['an unknown short flag', ['check', '-j', 'osaec.rancang.json'], /unknown option -j/],
    ['a flag of another command', ['templates', '--out', 'x'], /unknown option --out/],
    ['a missing value at the end', ['export', 'osaec.rancang.json', '--out'], /--out needs a value/],
    ['a missing value before another flag', ['new', '--out', '--force'], /--out needs a value/],
    ['an empty value', ['new', '--out='], /--out needs a value/],
    ['a value on a switch', ['lint', 'osaec.rancang.json', '--json=yes'], /--json takes no value/],
    ['a flag given twice', ['check', 'osaec.rancang.json', '--json', '--json'], /--json given twice/],
    ['a missing FILE', ['lint'], /lint needs a FILE/],
    ['a missing FILE for check', ['check', '--json'], /check needs a FILE/],
    ['a missing FILE for export', ['export', '--out', '.'], /export needs a FILE/],
    ['export without --out', ['export', 'osaec.rancang.json'], /--out/],
    ['an extra argument', ['lint', 'osaec.rancang.json', 'other.rancang.json'], /unexpected argument other\.rancang\.json/],
  ])('%s: exit 2 and one line that names the problem and points to --help', async (_what, args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const line = expectOneLine(r.err);
    expect(line).toMatch(/^rancang: /);
    expect(line).toMatch(message);
    expect(line).toMatch(/\(see rancang --help\)$/);
    expect(r.err).not.toMatch(/^\s+at /m);
    expect(readdirSync(dir)).toEqual(['osaec.rancang.json']);
  });

  test('no arguments: the usage on stderr, exit 2', async () => {
    const r = await cli([]);
    expect(r).toEqual({ code: 2, out: '', err: usage });
  });

  test.each([['--help'], ['-h'], ['help']])('%s: the usage on stdout, exit 0', async (flag) => {
    const r = await cli([flag]);
    expect(r).toEqual({ code: 0, out: usage, err: '' });
    expect(usage).toMatch(/^usage:\n/);
    for (const command of ['new', 'check', 'lint', 'export', 'templates']) expect(usage).toContain(`rancang ${command} `);
  });
});

// ---------------------------------------------------------------------------
// 8. The real binary

describe('bin/rancang.mjs', () => {
  let binDir: string;
  beforeAll(() => {
    execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, timeout: 120_000, stdio: 'pipe' });
    binDir = mkdtempSync(path.join(tmpdir(), 'rancang-bin-'));
  });
  afterAll(() => {
    if (binDir) rmSync(binDir, { recursive: true, force: true });
  });

  function spawnBin(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'rancang.mjs'), ...args], { cwd: binDir, encoding: 'utf8', timeout: 120_000 });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  test('lint on a truncated file: exit 2 and a single stderr line', () => {
    const file = path.join(binDir, 'truncated.rancang.json');
    const bytes = starterText.slice(0, 1000);
    writeFileSync(file, bytes);
    const r = spawnBin(['lint', 'truncated.rancang.json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(expectOneLine(r.stderr)).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe(bytes);
  });

  test('--help prints the usage on stdout with exit 0; no arguments prints it on stderr with exit 2', () => {
    const help = spawnBin(['--help']);
    expect(help).toEqual({ status: 0, stdout: usage, stderr: '' });
    const bare = spawnBin([]);
    expect(bare).toEqual({ status: 2, stdout: '', stderr: usage });
  });

  test('finds its content library by itself: new --starter osaec then check --json', () => {
    const made = spawnBin(['new', '--starter', 'osaec', '--out', 'ruu.rancang.json']);
    expect(made).toEqual({ status: 0, stdout: `${path.join(binDir, 'ruu.rancang.json')}\n`, stderr: '' });
    const check = spawnBin(['check', 'ruu.rancang.json', '--json']);
    expect(check.status).toBe(0);
    expect(check.stderr).toBe('');
    expect(checkJson(check.stdout).summary.closed).toBe(24);
  });
});
