// Builds templates/starters/osaec.rancang.json from osaec.source.yaml and the
// clause templates it lists, at their default parameters, and refuses to
// write a starter that has lint errors or leaves a critical or high gap open.
// Run with `npm run starter`.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { loadLibrary } from '../../src/io/library-loader';
import { indexLibrary } from '../../src/core/library';
import { bab, bill, dasarHukumButir, pasal, pertimbangan, rujukan } from '../../src/core/build';
import { insertTemplate } from '../../src/core/instantiate';
import { newDraft, serializeDraft } from '../../src/core/draft';
import { computeNumbering } from '../../src/core/numbering';
import { lintDraft } from '../../src/core/lint/lint';
import { checklist } from '../../src/core/checklist';

interface Source {
  id: string;
  title: string;
  drafters: string[];
  konsiderans: string[];
  dasarHukum: string[];
  umum: string[];
  templates: string[];
}

/** A small deterministic generator, so the starter's ids are stable between builds. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const root = path.resolve(process.argv[2] ?? '.');
const dir = path.join(root, 'templates');
const src = YAML.parse(await fs.readFile(path.join(dir, 'starters', 'osaec.source.yaml'), 'utf8')) as Source;
const lib = indexLibrary(await loadLibrary(dir));
Math.random = seeded(11930);

const items = src.konsiderans.map((k) => pertimbangan(k));
const closing = pertimbangan('bahwa berdasarkan pertimbangan ', rujukan(items.map((i) => String(i.attrs.id))), `, perlu membentuk Undang-Undang tentang ${src.title};`);
let doc = bill({
  title: src.title,
  konsiderans: [...items, closing],
  dasarHukum: src.dasarHukum.map((d) => dasarHukumButir(d)),
  body: [
    bab('KETENTUAN UMUM', { role: 'ketentuan-umum', key: 'ketentuan-umum' }, pasal('Dalam Undang-Undang ini yang dimaksud dengan:')),
    bab('KETENTUAN PENUTUP', { role: 'ketentuan-penutup', key: 'ketentuan-penutup' }, pasal('Undang-Undang ini mulai berlaku pada tanggal diundangkan.')),
  ],
  umum: src.umum,
});
for (const id of src.templates) {
  const t = lib.template(id);
  if (!t) throw new Error(`starter: no template ${id}`);
  doc = insertTemplate(doc, t, lib, { random: Math.random }).tr.doc;
}
const draft = newDraft(doc, new Date('2026-11-28T00:00:00.000Z'), src.drafters);
const numbering = computeNumbering(doc, { lawArticles: (l) => lib.law(l)?.articles });
const findings = lintDraft(doc, { numbering, lib });
const errors = findings.filter((f) => f.severity === 'error');
const rows = checklist(draft, lib, numbering);
for (const r of rows) console.log(`${r.id} ${r.severity.padEnd(8)} ${r.status.padEnd(7)} ${r.missing.join(' ')}`);
console.log(`${errors.length} lint error(s), ${findings.length - errors.length} warning(s)`);
for (const f of findings) console.log(`  ${f.severity} ${f.rule} ${f.at}: ${f.message}`);
const unclosed = rows.filter((r) => (r.severity === 'critical' || r.severity === 'high') && r.status !== 'closed');
if (errors.length || unclosed.length) {
  console.error(`starter not written: ${errors.length} lint error(s); open critical/high gaps: ${unclosed.map((r) => r.id).join(', ') || 'none'}`);
  process.exit(1);
}
await fs.writeFile(path.join(dir, 'starters', `${src.id}.rancang.json`), serializeDraft(draft));
console.log(`wrote templates/starters/${src.id}.rancang.json`);
