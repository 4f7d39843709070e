// npm run bench [-- --json]: how Rancang behaves on a 600-Pasal bill, each
// figure beside a baseline measured in the same run (design section 10).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { chromium, type Page } from 'playwright-core';
import { loadLibrary } from '../../src/io/library-loader';
import { indexLibrary } from '../../src/core/library';
import { newDraft, serializeDraft } from '../../src/core/draft';
import { computeNumbering } from '../../src/core/numbering';
import { evaluateGaps } from '../../src/core/gaps';
import { lintDraft } from '../../src/core/lint/lint';
import { buildRedline, diffText } from '../../src/core/redline';
import { readDraft, runsText } from '../../src/core/reading';
import { checklist } from '../../src/core/checklist';
import { comparisonRows } from '../../src/core/matrix';
import { schema } from '../../src/core/schema';
import { exportDraft } from '../../src/export/export-draft';
import { generateBill } from './generate';

const json = process.argv.includes('--json');
const log = (s: string): void => void (json ? process.stderr.write(`${s}\n`) : process.stdout.write(`${s}\n`));

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}
function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const root = process.cwd();
const lib = indexLibrary(await loadLibrary(path.join(root, 'templates')));
log('generating the bill…');
const gen = generateBill(lib, 600);
const draft = newDraft(gen.doc, new Date('2026-11-28T00:00:00Z'), ['Bench']);
const text = serializeDraft(draft);
log(`bill: ${gen.pasal} Pasal, ${gen.words} words, ${gen.linkedClauses} clauses linked to existing law, ${(text.length / 1e6).toFixed(1)} MB`);

// ---------------------------------------------------------------- gap evaluation and lint after a one-character edit
const lawArticles = (l: string) => lib.law(l)?.articles;
let doc = gen.doc;
const numbering = computeNumbering(doc, { lawArticles });
evaluateGaps(doc, numbering, lib);
lintDraft(doc, { numbering, lib });
const textPositions: number[] = [];
doc.descendants((n, pos) => {
  if (n.type.name === 'teks' && n.content.size > 10) textPositions.push(pos + 1);
  return true;
});
const gapTimes: number[] = [];
const lintTimes: number[] = [];
for (let i = 0; i < 60; i++) {
  const pos = textPositions[Math.floor((textPositions.length * (i + 0.5)) / 60)]!;
  doc = new Transform(doc).insert(pos, schema.text('x')).doc;
  gapTimes.push(time(() => evaluateGaps(doc, numbering, lib)));
  lintTimes.push(time(() => lintDraft(doc, { numbering, lib })));
}
const fullTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const fresh = Node.fromJSON(schema, doc.toJSON());
  fullTimes.push(time(() => evaluateGaps(fresh, computeNumbering(fresh, { lawArticles }), lib)));
}
const gapEvalMs = median(gapTimes);
const gapEvalFullMs = median(fullTimes);
const lintMs = median(lintTimes);
const lintFullTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const fresh = Node.fromJSON(schema, doc.toJSON());
  const n = computeNumbering(fresh, { lawArticles });
  lintFullTimes.push(time(() => lintDraft(fresh, { numbering: n, lib })));
}
const lintFullMs = median(lintFullTimes);
log(`gap re-evaluation ${gapEvalMs.toFixed(3)} ms (full ${gapEvalFullMs.toFixed(2)} ms); lint ${lintMs.toFixed(2)} ms (full ${lintFullMs.toFixed(1)} ms)`);

// ---------------------------------------------------------------- exports against the packing floor
const exportOptions = { stem: 'bench', author: 'Bench', date: '2026-11-28T00:00:00.000Z' };
const n2 = computeNumbering(draft.doc, { lawArticles });
const redline = buildRedline(draft.doc, n2, lib);
const floorDocs: string[][] = [
  readDraft(draft.doc, { numbering: n2, lib }).map((b) => runsText(b.runs)),
  redline.flatMap((e) => [`${e.law} ${e.article}`, ...e.existing.split('\n'), ...e.proposed.split('\n')]),
  checklist(draft, lib, n2).map((r) => [r.id, r.severity, r.status, r.closedBy.map((c) => c.pasal.join(', ')).join('; '), r.review].join(' | ')),
  comparisonRows(draft.doc, n2, lib, redline).flatMap((r) => [String(r.no), r.existing?.text ?? '—', r.proposed.text, r.gaps.join(', '), r.note]),
];
const packFloor = () => Promise.all(floorDocs.map((lines) => Packer.pack(new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] }), 'uint8array')));
// One warm-up of each, then the two alternate so neither gains from running second.
await exportDraft(draft, lib, exportOptions);
await packFloor();
const exportTimes: number[] = [];
const packTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  exportTimes.push(await timeAsync(() => exportDraft(draft, lib, exportOptions)));
  packTimes.push(await timeAsync(packFloor));
}
const exportAllMs = median(exportTimes);
const packOnlyMs = median(packTimes);
log(`all exports ${exportAllMs.toFixed(0)} ms (packing the same paragraphs ${packOnlyMs.toFixed(0)} ms)`);

// ---------------------------------------------------------------- redline diffing against git's word diff
const pairs = redline.map((e) => [e.existing, e.proposed] as const);
pairs.forEach(([a, b]) => diffText(a, b));
const diffTimes: number[] = [];
for (let i = 0; i < 7; i++) diffTimes.push(time(() => pairs.forEach(([a, b]) => diffText(a, b))));
const dir = mkdtempSync(path.join(tmpdir(), 'rancang-bench-'));
writeFileSync(path.join(dir, 'old.txt'), pairs.map(([a]) => a).join('\n\n@@@@\n\n'));
writeFileSync(path.join(dir, 'new.txt'), pairs.map(([, b]) => b).join('\n\n@@@@\n\n'));
const gitTimes: number[] = [];
for (let i = 0; i < 7; i++) {
  gitTimes.push(
    time(() => {
      try {
        execFileSync('git', ['diff', '--no-index', '--word-diff=porcelain', 'old.txt', 'new.txt'], { cwd: dir, stdio: 'pipe' });
      } catch {
        // git diff exits 1 when the files differ
      }
    }),
  );
}
const redlineDiffMs = median(diffTimes);
const gitWordDiffMs = median(gitTimes);
log(`redline diffing of ${pairs.length} provisions ${redlineDiffMs.toFixed(1)} ms (git --word-diff ${gitWordDiffMs.toFixed(1)} ms)`);

// ---------------------------------------------------------------- Chromium: opening and typing
const benchDir = path.join(root, 'dist', 'bench');
writeFileSync(path.join(benchDir, 'doc.rancang.json'), text);
writeFileSync(path.join(benchDir, 'library.json'), JSON.stringify(lib.library));
const server = http.createServer((req, res) => {
  const file = path.join(benchDir, decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/+/, ''));
  if (!file.startsWith(benchDir)) return void res.writeHead(404).end();
  try {
    const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/json';
    res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'] });

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(url);
  await page.waitForFunction(() => window.__open !== undefined && window.__open !== null, undefined, { timeout: 120_000 });
  return page;
}

async function typeInMiddle(page: Page, keys: number): Promise<number[]> {
  await page.evaluate(() => {
    const blocks = document.querySelectorAll('.ProseMirror .k-teks');
    const el = blocks[Math.floor(blocks.length / 2)] as HTMLElement;
    el.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    (document.querySelector('.ProseMirror') as HTMLElement).focus();
  });
  await page.waitForTimeout(500);
  await page.evaluate(() => (window.__lat = []));
  const letters = 'pelindungananakdaring';
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(letters[i % letters.length]!);
    await page.waitForFunction((n) => window.__lat.length >= n, i + 1, { timeout: 10_000 });
  }
  return page.evaluate(() => window.__lat.slice());
}

async function measure(name: 'bare' | 'rancang') {
  const opens: number[] = [];
  const heaps: number[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await openPage(`http://127.0.0.1:${port}/${name}.html`);
    const o = await page.evaluate(() => window.__open!);
    opens.push(o.ms);
    heaps.push(o.heap);
    await page.close();
  }
  const page = await openPage(`http://127.0.0.1:${port}/${name}.html`);
  await page.waitForTimeout(1500); // let the deferred lint run before typing
  const lat = await typeInMiddle(page, 200);
  await page.close();
  return { openMs: median(opens), heapMb: median(heaps), p50: percentile(lat, 50), p95: percentile(lat, 95), max: Math.max(...lat) };
}

log('measuring in Chromium…');
const bare = await measure('bare');
const rancang = await measure('rancang');
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });

const results = {
  typingP50Ms: rancang.p50,
  typingP95Ms: rancang.p95,
  typingMaxMs: rancang.max,
  typingP50BaselineMs: bare.p50,
  typingP95BaselineMs: bare.p95,
  typingMaxBaselineMs: bare.max,
  openMs: rancang.openMs,
  openBaselineMs: bare.openMs,
  heapMb: rancang.heapMb,
  heapBaselineMb: bare.heapMb,
  gapEvalMs,
  gapEvalFullMs,
  lintMs,
  lintFullMs,
  exportAllMs,
  packOnlyMs,
  redlineDiffMs,
  gitWordDiffMs,
  bill: { pasal: gen.pasal, words: gen.words, linkedClauses: gen.linkedClauses, redlineProvisions: pairs.length },
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memGb: Math.round(totalmem() / 1e9), node: process.version },
};
const ratio = (a: number, b: number) => a / b;
const budgets = [
  { figure: 'typing p95', value: rancang.p95, base: bare.p95, limit: 1.2 },
  { figure: 'opening', value: rancang.openMs, base: bare.openMs, limit: 1.5 },
  { figure: 'gap re-evaluation / full', value: gapEvalMs, base: gapEvalFullMs, limit: 0.1 },
  { figure: 'all exports / packing floor', value: exportAllMs, base: packOnlyMs, limit: 2 },
  { figure: 'redline diff / git word-diff', value: redlineDiffMs, base: gitWordDiffMs, limit: 2 },
];
if (json) process.stdout.write(`${JSON.stringify({ ...results, ratios: Object.fromEntries(budgets.map((b) => [b.figure, Number(ratio(b.value, b.base).toFixed(3))])) }, null, 2)}\n`);
else {
  console.log('\n| figure | Rancang | baseline | ratio | budget |\n|---|---|---|---|---|');
  for (const b of budgets) console.log(`| ${b.figure} | ${b.value.toFixed(2)} ms | ${b.base.toFixed(2)} ms | ${ratio(b.value, b.base).toFixed(2)} | ≤ ${b.limit} ${ratio(b.value, b.base) <= b.limit ? '✓' : '✗'} |`);
  console.log(`\ntyping p50/p95/max: Rancang ${rancang.p50.toFixed(1)}/${rancang.p95.toFixed(1)}/${rancang.max.toFixed(1)} ms, bare ${bare.p50.toFixed(1)}/${bare.p95.toFixed(1)}/${bare.max.toFixed(1)} ms`);
  console.log(`heap after opening: Rancang ${rancang.heapMb.toFixed(0)} MB, bare ${bare.heapMb.toFixed(0)} MB; gap re-evaluation ${gapEvalMs.toFixed(3)} ms; lint after an edit ${lintMs.toFixed(2)} ms (from scratch ${lintFullMs.toFixed(1)} ms)`);
  console.log(`machine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memGb} GB, Node ${results.machine.node}`);
}
