// The content library as a whole (design section 5): it loads with no problem,
// every template names existing gaps, criteria and corpus provisions, every gap
// can be closed, and every template, filled with its defaults and with its
// boundary values, stands in a bill without drafting-lint errors.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Node } from 'prosemirror-model';
import { loadLibrary } from '../../src/io/library-loader';
import { indexLibrary, type ClauseTemplate, type Library, type LibraryIndex } from '../../src/core/library';
import { checkLibrary, unclosableGaps } from '../../src/core/library-check';
import { skeletonBill } from '../../src/core/build';
import { insertTemplate } from '../../src/core/instantiate';
import { computeNumbering } from '../../src/core/numbering';
import { lintDraft } from '../../src/core/lint/lint';
import { provisionText } from '../../src/core/reading';
import type { ParamValue } from '../../src/core/params';

let lib: Library;
let idx: LibraryIndex;
const templates: ClauseTemplate[] = [];

beforeAll(async () => {
  lib = await loadLibrary();
  idx = indexLibrary(lib);
  templates.push(...lib.templates);
});

/** Parameter sets to try: defaults, and each bound of each parameter. */
function variants(t: ClauseTemplate): Record<string, ParamValue>[] {
  const out: Record<string, ParamValue>[] = [{}];
  for (const p of t.params) {
    if (p.type === 'choice') for (const o of p.options) out.push({ [p.name]: o.value });
    else out.push({ [p.name]: p.min }, { [p.name]: p.max });
  }
  return out;
}

function insertedIds(doc: Node, clause: string): Set<string> {
  const ids = new Set<string>();
  doc.descendants((n) => {
    if (n.attrs.clause === clause) {
      ids.add(String(n.attrs.id));
      n.descendants((c) => {
        if (typeof c.attrs.id === 'string') ids.add(c.attrs.id);
        return true;
      });
    }
    return true;
  });
  return ids;
}

describe('content library', () => {
  test('loads with every file valid', () => {
    expect(lib.gaps.map((g) => g.id)).toEqual(Array.from({ length: 24 }, (_, i) => `G${String(i + 1).padStart(2, '0')}`));
    expect(lib.corpus.length).toBeGreaterThanOrEqual(125);
  });

  test('at least 30 templates, at least 12 of which amend or replace existing provisions', () => {
    expect(lib.templates.length).toBeGreaterThanOrEqual(30);
    const linking = lib.templates.filter((t) => t.parts.some((p) => 'amends' in p || 'repeals' in p || ('links' in p && p.links.some((l) => l.op === 'replaces' || l.op === 'amends'))));
    expect(linking.length).toBeGreaterThanOrEqual(12);
  });

  test('a repeal of an ayat must restate the Pasal with "Dihapus."; a repeal of a whole Pasal must not', () => {
    const t = templates.find((x) => x.id === 'penyelarasan-ketentuan-anak')!;
    const withParts = (parts: ClauseTemplate['parts']): Library => ({ ...lib, templates: lib.templates.map((x) => (x.id === t.id ? { ...x, parts } : x)) });
    const messages = (l: Library) => checkLibrary(l).filter((p) => p.template === t.id).map((p) => `${p.field}: ${p.message}`);
    expect(messages(lib)).toEqual([]);
    const repeal = t.parts.find((p) => 'repeals' in p)!;
    const others = t.parts.filter((p) => p !== repeal);
    const { text: _text, ...bare } = repeal as typeof repeal & { text?: string };
    expect(messages(withParts([bare, ...others])).join('\n')).toMatch(/restates Pasal 52 with "Dihapus\." in its place/);
    expect(messages(withParts([{ ...repeal, text: '(1) Tidak berlaku.' } as typeof repeal, ...others])).join('\n')).toMatch(/must show "Dihapus\."/);
    expect(messages(withParts([{ ...bare, repeals: { law: 'UU-11-2008', article: 'Pasal 52' }, text: '(1) Dihapus.' } as typeof repeal, ...others])).join('\n')).toMatch(/whole Pasal is repealed without restating it/);
  });

  test('every gap can be closed fully by the library', () => {
    expect(unclosableGaps(lib)).toEqual([]);
  });

  test('every corpus provision has a source and a status', () => {
    for (const p of lib.corpus) {
      expect(p.sources.length, `${p.law} ${p.article}`).toBeGreaterThan(0);
      expect(['verbatim', 'verbatim-2', 'partial', 'paraphrase']).toContain(p.status);
    }
  });

  test('every template at its defaults and bounds passes the drafting lint', () => {
    const failures: string[] = [];
    for (const t of templates) {
      for (const params of variants(t)) {
        const base = skeletonBill('Pemberantasan Kekerasan dan Eksploitasi Seksual Anak secara Daring');
        let doc: Node;
        let clause: string;
        try {
          const r = insertTemplate(base, t, idx, { params });
          doc = r.tr.doc;
          clause = r.clause;
        } catch (e) {
          failures.push(`${t.id} ${JSON.stringify(params)}: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        const numbering = computeNumbering(doc, { lawArticles: (l) => idx.law(l)?.articles });
        const mine = insertedIds(doc, clause);
        const errors = lintDraft(doc, { numbering, lib: idx }).filter((f) => f.severity === 'error' && (f.nodeId === undefined || mine.has(f.nodeId)));
        if (errors.length) {
          const text: string[] = [];
          doc.descendants((n) => {
            if (n.attrs.clause === clause) {
              text.push(`${numbering.byId.get(String(n.attrs.id))?.label ?? ''}\n${provisionText(n, [], { numbering, lib: idx })}`);
              return false;
            }
            return true;
          });
          failures.push(`${t.id} ${JSON.stringify(params)}:\n${errors.map((f) => `  ${f.rule} ${f.at}: ${f.message}`).join('\n')}\n${text.join('\n')}`);
        }
      }
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
});
