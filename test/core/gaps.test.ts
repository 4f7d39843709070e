// Gap closure (design section 6): each of the 24 gaps is open, partial or
// closed according to the clauses in the draft, their parameter values and the
// terms defined, with the closing clauses listed under their current Pasal
// numbers.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { loadLibrary } from '../../src/io/library-loader';
import { indexLibrary, type ClauseTemplate, type Library, type LibraryIndex } from '../../src/core/library';
import { skeletonBill, pasal } from '../../src/core/build';
import { insertTemplate, setClauseParam, type InsertOptions } from '../../src/core/instantiate';
import { collectClauses } from '../../src/core/clauses';
import { defaultParams, evaluateGaps, gapState, templateCriteria, type GapStatus } from '../../src/core/gaps';
import { definedTerms } from '../../src/core/terms';
import { computeNumbering } from '../../src/core/numbering';
import { parseDraft, type Draft } from '../../src/core/draft';
import { schema } from '../../src/core/schema';
import type { ParamValue } from '../../src/core/params';

let lib: Library;
let idx: LibraryIndex;
let starter: Draft;

beforeAll(async () => {
  lib = await loadLibrary('templates');
  idx = indexLibrary(lib);
  const parsed = parseDraft(readFileSync('templates/starters/osaec.rancang.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  starter = parsed.draft;
});

const GAP_IDS = Array.from({ length: 24 }, (_, i) => `G${String(i + 1).padStart(2, '0')}`);

function template(id: string): ClauseTemplate {
  const t = idx.template(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

interface Inserted {
  readonly doc: Node;
  readonly clause: string;
  readonly inserted: readonly string[];
}

function insert(doc: Node, id: string, options: InsertOptions = {}): Inserted {
  const r = insertTemplate(doc, template(id), idx, options);
  return { doc: r.tr.doc, clause: r.clause, inserted: r.inserted };
}

function gaps(doc: Node): Map<string, GapStatus> {
  const numbering = computeNumbering(doc, { lawArticles: (l) => idx.law(l)?.articles });
  return new Map(evaluateGaps(doc, numbering, idx).map((g) => [g.id, g]));
}

function gap(doc: Node, id: string): GapStatus {
  const g = gaps(doc).get(id);
  if (!g) throw new Error(`no gap ${id}`);
  return g;
}

const summary = (g: GapStatus) => ({ status: g.status, satisfied: g.satisfied, missing: g.missing });

function find(doc: Node, id: string): { node: Node; pos: number } {
  let found: { node: Node; pos: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.attrs.id === id) found = { node, pos };
    return !found;
  });
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

/** Appends words to the first text of a node: a drafter's edit. */
function editText(doc: Node, id: string, words = ' Tambahan.'): Node {
  const { node, pos } = find(doc, id);
  let at = -1;
  node.descendants((c, p) => {
    if (at < 0 && c.type.name === 'teks') at = pos + 1 + p + 1 + c.content.size;
    return at < 0;
  });
  return new Transform(doc).insert(at, schema.text(words)).doc;
}

/** Inserts a hand-written Pasal as the first Pasal of the BAB with this key. */
function pasalAtStartOf(doc: Node, babKey: string, p: Node): Node {
  let at = -1;
  doc.descendants((n, pos) => {
    if (at >= 0) return false;
    if (n.type.name === 'bab' && n.attrs.key === babKey) {
      at = pos + 1 + n.firstChild!.nodeSize;
      return false;
    }
    return true;
  });
  if (at < 0) throw new Error(`no BAB ${babKey}`);
  return new Transform(doc).insert(at, p).doc;
}

function clauseOf(doc: Node, templateId: string): string {
  const c = collectClauses(doc).find((x) => x.template === templateId);
  if (!c) throw new Error(`no clause from ${templateId}`);
  return c.clause;
}

describe('an empty bill', () => {
  test('has all 24 gaps open, with nothing closing them and every criterion missing', () => {
    const result = evaluateGaps(skeletonBill('Uji'), computeNumbering(skeletonBill('Uji')), idx);
    expect(result.map((g) => g.id)).toEqual(GAP_IDS);
    for (const g of result) {
      const catalog = idx.gap(g.id)!;
      expect({ id: g.id, status: g.status, closedBy: g.closedBy, satisfied: g.satisfied, basis: g.basis }).toEqual({ id: g.id, status: 'open', closedBy: [], satisfied: [], basis: null });
      expect(g.missing).toEqual(catalog.criteria.map((c) => c.id));
      expect(g.severity).toBe(catalog.severity);
    }
  });
});

describe('gap state from criteria', () => {
  test('closed when every full criterion is met; partial with every partial one or any full one; else open', () => {
    const g16 = idx.gap('G16')!;
    expect(gapState(g16, new Set(['F1', 'F2', 'F3', 'F4']))).toBe('closed');
    expect(gapState(g16, new Set(['F2', 'F3', 'F4', 'P1']))).toBe('partial');
    expect(gapState(g16, new Set(['P1']))).toBe('partial');
    expect(gapState(g16, new Set(['F4']))).toBe('partial');
    expect(gapState(g16, new Set())).toBe('open');
    expect(gapState(g16, new Set(['F9']))).toBe('open');
  });
});

describe('inserting templates', () => {
  test('a template that claims every criterion of a gap closes it', () => {
    const t = template('pemeriksaan-ramah-anak');
    expect(t.closes).toEqual([{ gap: 'G19', criteria: ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'P1'] }]);
    const r = insert(skeletonBill('Uji'), t.id);
    const all = gaps(r.doc);
    expect(summary(all.get('G19')!)).toEqual({ status: 'closed', satisfied: ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'P1'], missing: [] });
    expect(all.get('G19')!.closedBy).toEqual([expect.objectContaining({ clause: r.clause, template: t.id, modified: false, criteria: ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'P1'] })]);
    expect([...all.values()].filter((g) => g.status !== 'open').map((g) => g.id)).toEqual(['G19']);
  });

  test('a gap two templates close together is partial with one and closed with both', () => {
    const one = insert(skeletonBill('Uji'), 'jasa-keuangan');
    expect(summary(gap(one.doc, 'G14'))).toEqual({ status: 'partial', satisfied: ['F1', 'F2', 'F3', 'P1'], missing: ['F4'] });
    const both = insert(one.doc, 'sanksi-penyelenggara');
    const g14 = gap(both.doc, 'G14');
    expect(summary(g14)).toEqual({ status: 'closed', satisfied: ['F1', 'F2', 'F3', 'F4', 'P1'], missing: [] });
    expect(g14.closedBy.map((c) => [c.template, c.criteria])).toEqual([
      ['jasa-keuangan', ['F1', 'F2', 'F3', 'P1']],
      ['sanksi-penyelenggara', ['F4']],
    ]);
  });

  test('every gap the template claims follows its `closes` with default parameters', () => {
    const t = template('itikad-baik');
    const r = insert(skeletonBill('Uji'), t.id);
    const terms = new Set(definedTerms(r.doc).map((d) => d.term));
    const claimed = templateCriteria(t, defaultParams(t), terms);
    expect([...claimed.keys()].sort()).toEqual(['G12', 'G16']);
    const all = gaps(r.doc);
    for (const [id, crits] of claimed) {
      const g = all.get(id)!;
      expect(g.satisfied).toEqual(idx.gap(id)!.criteria.map((c) => c.id).filter((c) => crits.has(c)));
      expect(g.status).toBe(gapState(idx.gap(id)!, crits));
    }
    expect(all.get('G16')!.status).toBe('closed');
    expect(summary(all.get('G12')!)).toMatchObject({ status: 'partial', satisfied: ['F9'] });
  });
});

describe('parameter conditions', () => {
  const claims = (id: string, params: Record<string, ParamValue>, terms: readonly string[] = []) =>
    Object.fromEntries([...templateCriteria(template(id), params, new Set(terms))].map(([g, c]) => [g, [...c].sort()]));

  test('itikad-baik claims G16 F1 only while jamLapor is at most 24', () => {
    expect(claims('itikad-baik', { jamLapor: 24 })).toEqual({ G16: ['F1', 'F2', 'F3', 'F4', 'P1'], G12: ['F9'] });
    expect(claims('itikad-baik', { jamLapor: 1 }).G16).toContain('F1');
    expect(claims('itikad-baik', { jamLapor: 25 })).toEqual({ G16: ['F2', 'F3', 'F4', 'P1'], G12: ['F9'] });
    expect(claims('itikad-baik', { jamLapor: 48 }).G16).not.toContain('F1');
    // A missing value satisfies no condition, nor one outside the template's bounds.
    expect(claims('itikad-baik', {}).G16).not.toContain('F1');
    expect(claims('itikad-baik', { jamLapor: 0 }).G16).not.toContain('F1');
    expect(claims('itikad-baik', { jamLapor: 2.5 }).G16).not.toContain('F1');
    expect(claims('itikad-baik', { jamLapor: '12' }).G16).not.toContain('F1');
  });

  test('a list of conditions must all hold', () => {
    // ite-pemutusan-akses: F5 needs jamPemutusan <= 24 and jamMendesak <= 4; P1 needs jamPemutusan <= 72.
    expect(claims('ite-pemutusan-akses', { jamPemutusan: 24, jamMendesak: 4 }).G12).toEqual(['F5', 'P1']);
    expect(claims('ite-pemutusan-akses', { jamPemutusan: 24, jamMendesak: 5 }).G12).toEqual(['P1']);
    expect(claims('ite-pemutusan-akses', { jamPemutusan: 25, jamMendesak: 4 }).G12).toEqual(['P1']);
    // pelaporan-wajib: F3 needs 24 <= jamLapor <= 72.
    expect(claims('pelaporan-wajib', { jamLapor: 24 }).G23).toContain('F3');
    expect(claims('pelaporan-wajib', { jamLapor: 23 }).G23).not.toContain('F3');
  });

  test('term conditions need the term (or its short form) defined', () => {
    expect(claims('materi-kesa', {}, [])).toEqual({ G02: ['F3', 'F4'] });
    expect(claims('materi-kesa', {}, ['Materi Kekerasan dan Eksploitasi Seksual Anak'])).toEqual({ G02: ['F1', 'F2', 'F3', 'F4', 'P1'] });
  });

  test('in a draft: setting jamLapor to 48 drops G16 F1 and the gap becomes partial', () => {
    const r = insert(skeletonBill('Uji'), 'itikad-baik');
    expect(summary(gap(r.doc, 'G16'))).toEqual({ status: 'closed', satisfied: ['F1', 'F2', 'F3', 'F4', 'P1'], missing: [] });
    const at48 = setClauseParam(r.doc, r.clause, 'jamLapor', 48).doc;
    const g16 = gap(at48, 'G16');
    expect(summary(g16)).toEqual({ status: 'partial', satisfied: ['F2', 'F3', 'F4', 'P1'], missing: ['F1'] });
    expect(g16.closedBy.map((c) => [c.template, c.criteria, c.modified])).toEqual([['itikad-baik', ['F2', 'F3', 'F4', 'P1'], false]]);
    expect(gap(setClauseParam(at48, r.clause, 'jamLapor', 24).doc, 'G16').status).toBe('closed');
    expect(gap(insert(skeletonBill('Uji'), 'itikad-baik', { params: { jamLapor: 25 } }).doc, 'G16').status).toBe('partial');
  });

  test('in the starter, with the rest of the library\'s clauses: G16 drops to partial at 48 hours, and only G16 changes', () => {
    const clause = clauseOf(starter.doc, 'itikad-baik');
    const before = gaps(starter.doc);
    const g16Claimants = lib.templates.filter((t) => t.closes.some((c) => c.gap === 'G16' && c.criteria.includes('F1'))).map((t) => t.id);
    expect(g16Claimants).toEqual(['itikad-baik']);
    const doc = setClauseParam(starter.doc, clause, 'jamLapor', 48).doc;
    const after = gaps(doc);
    expect(summary(after.get('G16')!)).toEqual({ status: 'partial', satisfied: ['F2', 'F3', 'F4', 'P1'], missing: ['F1'] });
    const changed = GAP_IDS.filter((id) => JSON.stringify(summary(before.get(id)!)) !== JSON.stringify(summary(after.get(id)!)));
    expect(changed).toEqual(['G16']);
    expect(after.get('G12')!.status).toBe('closed');
  });

  test('a term condition follows the Ketentuan Umum: deleting the definition drops the criteria it conditions', () => {
    const r = insert(skeletonBill('Uji'), 'materi-kesa');
    expect(gap(r.doc, 'G02').status).toBe('closed');
    const def = definedTerms(r.doc).find((d) => d.term === 'Materi Kekerasan dan Eksploitasi Seksual Anak')!;
    const { node, pos } = find(r.doc, def.id);
    const without = new Transform(r.doc).delete(pos, pos + node.nodeSize).doc;
    expect(summary(gap(without, 'G02'))).toEqual({ status: 'partial', satisfied: ['F3', 'F4'], missing: ['F1', 'F2', 'P1'] });
  });
});

describe('closing clauses', () => {
  test('are listed under their current Pasal numbers after a Pasal is inserted before them', () => {
    const r = insert(skeletonBill('Uji'), 'itikad-baik');
    const labelsOf = (doc: Node) => {
      const numbering = computeNumbering(doc);
      return r.inserted.map((id) => numbering.byId.get(id)!.label);
    };
    expect(labelsOf(r.doc)).toEqual(['Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5']);
    const before = gap(r.doc, 'G16').closedBy[0]!;
    expect(before.pasal).toEqual(expect.arrayContaining(['Pasal 2', 'Pasal 3', 'Pasal 4', 'Pasal 5']));

    const unrelated = pasal('Setiap Orang wajib melindungi Anak dari KESAD.');
    const doc = pasalAtStartOf(r.doc, 'pelaporan', unrelated);
    expect(labelsOf(doc)).toEqual(['Pasal 3', 'Pasal 4', 'Pasal 5', 'Pasal 6']);
    const after = gap(doc, 'G16').closedBy[0]!;
    expect(after.pasal).toEqual(expect.arrayContaining(['Pasal 3', 'Pasal 4', 'Pasal 5', 'Pasal 6']));
    expect(after.pasal).not.toContain('Pasal 2');
    expect(after.pasal).toHaveLength(before.pasal.length);
    expect(after.modified).toBe(false);
    expect(gap(doc, 'G16').status).toBe('closed');
  });

  test('an amendment point is listed under the amending Pasal, not the restated one', () => {
    const r = insert(skeletonBill('Uji'), 'kepemilikan-akses');
    const numbering = computeNumbering(r.doc, { lawArticles: (l) => idx.law(l)?.articles });
    const [larangan, pidana, point] = r.inserted.map((id) => find(r.doc, id).node);
    let amending = '';
    r.doc.descendants((n) => {
      if (n.type.name === 'pasal' && n.firstChild?.type.name === 'poin') amending = String(n.attrs.id);
      return !amending;
    });
    expect(point!.type.name).toBe('poin');
    const expected = [larangan!, pidana!].map((n) => numbering.byId.get(String(n.attrs.id))!.label);
    expected.push(numbering.byId.get(amending)!.label);
    const g05 = gap(r.doc, 'G05');
    expect(g05.closedBy[0]!.pasal).toEqual(expect.arrayContaining(expected));
    // "Pasal 5" and "Pasal 6" of UU 44/2008 are not Pasal of this bill.
    expect(expected).toEqual(['Pasal 2', 'Pasal 4', 'Pasal 3']);
    expect(g05.closedBy[0]!.pasal).not.toContain('Pasal 6');
  });

  test('a modified clause still counts, flagged modified', () => {
    const r = insert(skeletonBill('Uji'), 'itikad-baik');
    const doc = editText(r.doc, r.inserted[0]!);
    const g16 = gap(doc, 'G16');
    expect(g16.status).toBe('closed');
    expect(g16.closedBy).toEqual([expect.objectContaining({ clause: r.clause, template: 'itikad-baik', modified: true })]);
    expect(gap(doc, 'G12').closedBy[0]!.modified).toBe(true);
  });

  test('the basis changes with the text and the parameters, not with renumbering', () => {
    const r = insert(skeletonBill('Uji'), 'itikad-baik');
    const basis = gap(r.doc, 'G16').basis;
    expect(basis).toMatch(/^[0-9a-f]{8}$/);
    expect(gap(editText(r.doc, r.inserted[0]!), 'G16').basis).not.toBe(basis);
    expect(gap(setClauseParam(r.doc, r.clause, 'jamLapor', 12).doc, 'G16').basis).not.toBe(basis);
    expect(gap(pasalAtStartOf(r.doc, 'pelaporan', pasal('Setiap Orang wajib melindungi Anak.')), 'G16').basis).toBe(basis);
  });

  test('the basis does not change when a closing Pasal moves before another', () => {
    // Swap two sibling Pasal from different clauses that close the same gap,
    // choosing a pair whose swap changes the order of the closing clauses.
    const doc = starter.doc;
    const order = (d: Node, id: string) => gap(d, id).closedBy.map((c) => c.clause);
    let found: { gap: string; doc: Node } | null = null;
    for (const g of gaps(doc).values()) {
      const clauses = new Set(g.closedBy.map((c) => c.clause));
      doc.descendants((parent, parentPos) => {
        if (found) return false;
        const kids: { node: Node; pos: number }[] = [];
        parent.forEach((child, offset) => {
          if (child.type.name === 'pasal' && clauses.has(String(child.attrs.clause))) kids.push({ node: child, pos: parentPos + 1 + offset });
        });
        for (const a of kids)
          for (const b of kids) {
            if (found || b.pos <= a.pos || b.node.attrs.clause === a.node.attrs.clause) continue;
            const moved = new Transform(doc).delete(b.pos, b.pos + b.node.nodeSize).insert(a.pos, b.node).doc;
            if (order(moved, g.id).join() !== order(doc, g.id).join()) found = { gap: g.id, doc: moved };
          }
        return !found;
      });
      if (found) break;
    }
    expect(found, 'the starter has a gap closed by two sibling Pasal whose order can change').not.toBeNull();
    const { gap: id, doc: moved } = found!;
    expect(gap(moved, id).basis).toBe(gap(doc, id).basis);
    expect(gap(moved, id).status).toBe(gap(doc, id).status);
  });
});

describe('the starter draft', () => {
  test('closes all 24 gaps', () => {
    const all = [...gaps(starter.doc).values()];
    expect(all.map((g) => g.id)).toEqual(GAP_IDS);
    expect(all.filter((g) => g.status !== 'closed').map((g) => `${g.id} ${g.status} missing ${g.missing.join(',')}`)).toEqual([]);
    for (const g of all) {
      expect(g.closedBy.length, g.id).toBeGreaterThan(0);
      expect(g.closedBy.every((c) => !c.modified && c.pasal.length > 0), g.id).toBe(true);
    }
  });
});
