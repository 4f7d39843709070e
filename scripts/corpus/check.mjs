// Verifies templates/law/*.yaml against reference/indonesia-law.json:
//   node scripts/corpus/check.mjs
// Exits with status 1 when a check fails. Checks:
//  - every file parses (unique keys) and matches the app's own schemas
//    (src/core/library.ts, bundled on the fly with esbuild);
//  - every JSON entry appears exactly once, in <law>.yaml, with the JSON's
//    text/english/status/amendedBy/sources/verificationNote/version/adjustedBy2026
//    unchanged, and no provision is there that the JSON does not have;
//  - every provision's `law` and `of`, and every amendment id, is in laws.yaml;
//  - the pasal number of every provision (parsed as the app parses it) is in the
//    `articles` list of its `of` law (exceptions are reported);
//  - inForce: composed = text up to "dipidana" + adjustedBy2026.text, adjusted-text
//    = adjustedBy2026.text, nothing duplicated; none on revoked/superseded entries;
//  - gazette numbers are all named in their `source`, which names a laws/ file;
// and prints the currency table and the inForce texts by basis.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import YAML from 'yaml';
import { ADDITIONS, additionProvision } from './additions.mjs';
import { build as esbuild } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const LAW_DIR = process.env.RANCANG_LAW_DIR ?? path.join(ROOT, 'templates/law');
const JSON_PATH = process.env.RANCANG_REFERENCE_JSON ?? '/work/shared/reference/indonesia-law.json';
const LAWS_DIR = process.env.RANCANG_REFERENCE_LAWS ?? '/work/shared/reference/laws';

const errors = [];
const warnings = [];
const err = (m) => errors.push(m);

// ---- the app's schemas and article parser, bundled from TypeScript
async function appModules() {
  const out = await esbuild({
    stdin: {
      contents: "export { corpusFileSchema, lawsFileSchema } from './src/core/library'; export { parseArticle } from './src/core/article';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
const { corpusFileSchema, lawsFileSchema, parseArticle } = await appModules();

function load(name) {
  const text = readFileSync(path.join(LAW_DIR, name), 'utf8');
  const doc = YAML.parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) err(`${name}: YAML ${e.message.split('\n')[0]}`);
    return null;
  }
  if (doc.warnings.length) for (const w of doc.warnings) warnings.push(`${name}: YAML ${w.message.split('\n')[0]}`);
  return doc.toJS();
}

const entries = JSON.parse(readFileSync(JSON_PATH, 'utf8'));
const files = readdirSync(LAW_DIR).filter((n) => n.endsWith('.yaml'));
if (!files.includes('laws.yaml')) err('laws.yaml missing');

// ---- laws.yaml
const lawsFile = load('laws.yaml');
const lp = lawsFileSchema.safeParse(lawsFile);
if (!lp.success) for (const i of lp.error.issues) err(`laws.yaml ${i.path.join('.')}: ${i.message}`);
const laws = new Map();
for (const l of lawsFile?.laws ?? []) {
  if (laws.has(l.id)) err(`laws.yaml: duplicate law ${l.id}`);
  laws.set(l.id, l);
}
const required = ['UU-21-2007', 'UU-44-2008', 'UU-23-2002', 'UU-35-2014', 'UU-17-2016', 'UU-11-2008', 'UU-19-2016', 'UU-1-2024', 'UU-12-2022', 'UU-1-2023', 'UU-1-2026', 'PP-17-2025'];
for (const id of new Set([...required, ...entries.map((e) => e.law)])) if (!laws.has(id)) err(`laws.yaml: law ${id} missing`);
for (const l of laws.values()) {
  const m = /^([A-Z]+)-(\d+)-(\d{4})$/.exec(l.id);
  if (!m || m[1] !== l.type.toUpperCase() || Number(m[2]) !== l.number || Number(m[3]) !== l.year) err(`laws.yaml ${l.id}: id does not match type/number/year`);
  const kind = { UU: 'Undang-Undang', PP: 'Peraturan Pemerintah', Perppu: 'Peraturan Pemerintah Pengganti Undang-Undang' }[l.type];
  if (l.citation !== `${kind} Nomor ${l.number} Tahun ${l.year} tentang ${l.title}`) err(`laws.yaml ${l.id}: citation is not "<type> Nomor <n> Tahun <y> tentang <title>"`);
  if (new Set(l.articles).size !== l.articles.length) err(`laws.yaml ${l.id}: duplicate pasal in articles`);
  if (!l.gazette && !l.gazetteNote) err(`laws.yaml ${l.id}: neither gazette nor gazetteNote`);
  for (const a of l.amendments ?? []) {
    if (!laws.has(a.id)) err(`laws.yaml ${l.id}: amendment ${a.id} is not a law in laws.yaml`);
    else {
      if (laws.get(a.id).citation !== a.citation) err(`laws.yaml ${l.id}: amendment ${a.id} citation differs from its own entry`);
      if (!isDeepStrictEqual(laws.get(a.id).gazette, a.gazette)) err(`laws.yaml ${l.id}: amendment ${a.id} gazette differs from its own entry`);
    }
  }
  for (const g of [l.gazette, ...(l.amendments ?? []).map((a) => a.gazette)].filter(Boolean)) {
    for (const n of [g.ln.year, g.ln.number, g.tln]) if (!g.source.includes(String(n))) err(`laws.yaml ${l.id}: gazette number ${n} not named in its source`);
    for (const f of g.source.matchAll(/laws\/(uu-\d{4}-\d+\.md) lines? (\d+)(?:-(\d+))?/g)) {
      const lines = readFileSync(path.join(LAWS_DIR, f[1]), 'utf8').split('\n');
      if (Number(f[3] ?? f[2]) > lines.length) err(`laws.yaml ${l.id}: ${f[0]} beyond the end of the file`);
    }
    if (!/laws\/uu-\d{4}-\d+\.md/.test(g.source)) err(`laws.yaml ${l.id}: gazette source names no laws/ file`);
  }
}
// ordered articles: numeric part never decreases
for (const l of laws.values()) {
  let last = -1;
  for (const a of l.articles) {
    const n = /^\d+/.test(a) ? Number(/^\d+/.exec(a)[0]) : null;
    if (n !== null) {
      if (n < last) err(`laws.yaml ${l.id}: articles out of order at ${a}`);
      last = n;
    }
  }
}

// ---- corpus files
const provisions = [];
for (const name of files.filter((n) => n !== 'laws.yaml')) {
  const f = load(name);
  if (!f) continue;
  const cp = corpusFileSchema.safeParse(f);
  if (!cp.success) for (const i of cp.error.issues) err(`${name} ${i.path.join('.')}: ${i.message}`);
  if (name !== `${String(f.law).toLowerCase()}.yaml`) err(`${name}: file name does not match law ${f.law}`);
  for (const p of f.provisions ?? []) provisions.push({ ...p, law: f.law, file: name });
}

// every JSON entry exactly once, identical fields; nothing extra
const COPIED = ['text', 'english', 'status', 'amendedBy', 'sources', 'verificationNote', 'version', 'adjustedBy2026'];
const used = new Set();
for (const e of entries) {
  const hits = provisions.filter((p) => p.law === e.law && p.article === e.article);
  if (hits.length !== 1) {
    err(`JSON entry ${e.law} ${e.article}: found ${hits.length} times`);
    continue;
  }
  const p = hits[0];
  used.add(p);
  for (const k of COPIED) if (!isDeepStrictEqual(p[k], e[k])) err(`${e.law} ${e.article}: field ${k} differs from the JSON`);
}
// Additions from reference/laws/*.md (scripts/corpus/additions.mjs): exactly as the script cuts them,
// and line for line equal to the corpus entries of their single units.
for (const a of ADDITIONS) {
  const hits = provisions.filter((p) => p.law === a.law && p.article === a.article);
  if (hits.length !== 1) {
    err(`addition ${a.law} ${a.article}: found ${hits.length} times`);
    continue;
  }
  used.add(hits[0]);
  const { law: _law, file: _file, ...fields } = hits[0];
  if (!isDeepStrictEqual(fields, additionProvision(a))) err(`addition ${a.law} ${a.article}: differs from what scripts/corpus/additions.mjs cuts from laws/${a.file}`);
  for (const line of hits[0].text.split('\n')) {
    const m = /^(?:\((\d+[a-z]?)\)|(\d+[a-z]?)\.) (.*)$/.exec(line);
    if (!m) continue;
    const unit = m[1] !== undefined ? `${a.article} ayat (${m[1]})` : `${a.article} angka ${m[2]}`;
    const single = provisions.find((p) => p.law === a.law && p.article === unit);
    if (single && single.text !== m[3]) err(`addition ${a.law} ${a.article}: ${unit} differs from its own corpus entry`);
  }
}
for (const p of provisions) if (!used.has(p)) err(`${p.file}: provision ${p.article} is not in the JSON`);
// same order as the JSON within each law
for (const id of new Set(entries.map((e) => e.law))) {
  const a = entries.filter((e) => e.law === id).map((e) => e.article);
  const b = provisions.filter((p) => p.law === id && !ADDITIONS.some((x) => x.law === id && x.article === p.article)).map((p) => p.article);
  if (!isDeepStrictEqual(a, b)) warnings.push(`${id}: provisions are not in the JSON order`);
}

// law / of exist; pasal in the articles of `of`
const exceptions = [];
for (const p of provisions) {
  if (!laws.has(p.law)) err(`${p.file}: law ${p.law} not in laws.yaml`);
  if (!laws.has(p.of)) err(`${p.file} ${p.article}: of ${p.of} not in laws.yaml`);
  const path_ = parseArticle(p.article);
  if (!path_) {
    if (p.currency !== 'not-a-provision') err(`${p.law} ${p.article}: names no Pasal but is not "not-a-provision"`);
    exceptions.push(`${p.law} "${p.article}": names no Pasal (currency ${p.currency}) - not checked`);
    continue;
  }
  const of = laws.get(p.of);
  if (of && !of.articles.includes(path_.pasal)) {
    const msg = `${p.law} "${p.article}": Pasal ${path_.pasal} is not in the articles of ${p.of}${of.articlesComplete ? '' : ' (list marked incomplete)'}`;
    if (of.articlesComplete) err(msg);
    else exceptions.push(msg);
  }
}

// `of` rules of the brief
for (const p of provisions) {
  const want =
    p.law === 'UU-1-2024' && p.article === 'Pasal II' ? 'UU-1-2024' : ['UU-19-2016', 'UU-1-2024'].includes(p.law) ? 'UU-11-2008' : ['UU-35-2014', 'UU-17-2016'].includes(p.law) ? 'UU-23-2002' : p.law;
  if (p.of !== want) err(`${p.law} ${p.article}: of is ${p.of}, expected ${want}`);
}

// currency sanity against the JSON's own fields
for (const p of provisions) {
  const key = `${p.law} ${p.article}`;
  if (/\(superseded/.test(p.version ?? '') !== (p.currency === 'superseded')) err(`${key}: currency ${p.currency} vs version "${p.version ?? ''}"`);
  if (p.article.startsWith('(ringkasan') !== (p.currency === 'not-a-provision')) err(`${key}: currency ${p.currency} vs summary article`);
  if (/^REVOKED/.test(p.amendedBy) && p.currency !== 'revoked') err(`${key}: amendedBy says REVOKED but currency is ${p.currency}`);
  if (p.inForce && ['revoked', 'superseded', 'not-a-provision'].includes(p.currency)) err(`${key}: inForce on a ${p.currency} provision`);
  if (!p.currencyNote || p.currencyNote.length < 30) err(`${key}: currencyNote too short`);
}
for (const k of ['UU-21-2007 Pasal 2', 'UU-44-2008 Pasal 29', 'UU-1-2024 Pasal 27 ayat (1)', 'UU-1-2024 Pasal 45 ayat (1) dan ayat (2)']) {
  const p = provisions.find((x) => `${x.law} ${x.article}` === k);
  if (p?.currency !== 'revoked') err(`${k}: expected revoked, got ${p?.currency}`);
}

// inForce checks
const count = (s, w) => (s.match(new RegExp(w, 'g')) ?? []).length;
const inForce = [];
for (const p of provisions) {
  const key = `${p.law} ${p.article}`;
  if (!p.inForce) {
    if (p.adjustedBy2026 && p.currency === 'in-force' && !/no inForce/.test(p.currencyNote)) err(`${key}: adjusted in 2026 but neither inForce nor a reason in currencyNote`);
    continue;
  }
  if (!p.adjustedBy2026) err(`${key}: inForce without adjustedBy2026`);
  const adj = p.adjustedBy2026?.text ?? '';
  const f = p.inForce;
  if (f.basis === 'composed') {
    const i = p.text.indexOf('dipidana');
    if (count(p.text, 'dipidana') !== 1) err(`${key}: composed from a text with ${count(p.text, 'dipidana')} "dipidana"`);
    if (f.text !== p.text.slice(0, i) + adj) err(`${key}: composed text is not text[..dipidana] + adjustedBy2026.text`);
    if (!p.text.slice(i).startsWith('dipidana dengan')) err(`${key}: the replaced clause does not start "dipidana dengan" (words would be lost)`);
    if (count(f.text, 'dipidana') !== 1 || count(f.text, 'pidana penjara') !== count(adj, 'pidana penjara') + count(p.text.slice(0, p.text.indexOf('dipidana')), 'pidana penjara')) err(`${key}: composed text repeats the penalty`);
    if (/  |\s[,.]|\.\S/.test(f.text.replace(/\d\.\d/g, '').replace(/\b[a-z]\. /g, ''))) err(`${key}: composed text has spacing/punctuation trouble`);
    if (!/[^.]\.$/.test(f.text)) err(`${key}: composed text does not end with one full stop`);
  } else if (f.basis === 'adjusted-text') {
    if (f.text !== adj) err(`${key}: adjusted-text inForce differs from adjustedBy2026.text`);
  }
  if (!/adjustedBy2026/.test(f.note)) err(`${key}: inForce note does not name its source`);
  inForce.push([key, f.basis]);
}

// ---- report
const table = {};
for (const p of provisions) table[p.currency] = (table[p.currency] ?? 0) + 1;
console.log(`JSON entries: ${entries.length}; provisions in templates/law: ${provisions.length}; laws in laws.yaml: ${laws.size}`);
console.log('\ncurrency          count');
for (const c of ['in-force', 'superseded', 'revoked', 'not-a-provision', 'unclear']) console.log(`${c.padEnd(17)} ${String(table[c] ?? 0).padStart(5)}`);
const byBasis = { composed: inForce.filter((x) => x[1] === 'composed'), 'adjusted-text': inForce.filter((x) => x[1] === 'adjusted-text') };
console.log(`\ninForce texts: ${inForce.length} (composed ${byBasis.composed.length}, adjusted-text ${byBasis['adjusted-text'].length})`);
for (const [k, b] of inForce) console.log(`  ${b.padEnd(13)} ${k}`);
const adjustedNo = provisions.filter((p) => p.adjustedBy2026 && !p.inForce).map((p) => `${p.law} ${p.article} (${p.currency})`);
console.log(`\nadjusted in 2026 but no inForce (reason in currencyNote): ${adjustedNo.join('; ') || 'none'}`);
console.log(`\nunclear: ${provisions.filter((p) => p.currency === 'unclear').map((p) => `${p.law} ${p.article}`).join('; ')}`);
const noGaz = [...laws.values()].flatMap((l) => [...(l.gazette ? [] : [`${l.id}`]), ...(l.amendments ?? []).filter((a) => !a.gazette).map((a) => `${a.id} (as amendment of ${l.id})`)]);
console.log(`gazette not found: ${noGaz.join('; ') || 'none'}`);
console.log(`\npasal-number exceptions (${exceptions.length}):`);
for (const x of exceptions) console.log(`  ${x}`);
for (const w of warnings) console.log(`warning: ${w}`);
if (errors.length) {
  console.log(`\nFAILED: ${errors.length} problem(s)`);
  for (const e of errors) console.log(`  ${e}`);
  process.exit(1);
}
console.log('\nOK: all checks passed');
