// Property tests: numbering and references stay right under random insertion,
// deletion and moving of Pasal in generated bills.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { ayat, bab, bill, dasarHukumButir, huruf, pasal, pertimbangan, rujukan, teks } from '../../src/core/build';
import { computeNumbering } from '../../src/core/numbering';
import { renderReference, DANGLING_TEXT } from '../../src/core/references';
import { lintDraft } from '../../src/core/lint/lint';
import { roman } from '../../src/core/terbilang';

type Shape = { babs: { pasal: { ayat: number; huruf: number }[] }[] };

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  babs: fc.array(fc.record({ pasal: fc.array(fc.record({ ayat: fc.integer({ min: 0, max: 3 }), huruf: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 4 }),
});

function build(shape: Shape, refSeeds: number[]): Node {
  const babs = shape.babs.map((b, bi) => {
    const ps = b.pasal.map((p, pi) => {
      const mk = (k: number) => (p.huruf > 0 && k === 0 ? [teks('Wajib:'), ...Array.from({ length: p.huruf }, (_, h) => huruf(`unsur ${h};`))] : [teks(`Norma ${bi}.${pi}.${k}.`)]);
      return p.ayat >= 2 ? pasal(...Array.from({ length: p.ayat }, (_, k) => ayat(...mk(k)))) : pasal(...mk(0));
    });
    return ps;
  });
  // Add references from a text to random units anywhere.
  const provisions: Node[] = [];
  babs.flat().forEach((p) => {
    provisions.push(p);
    p.descendants((n) => {
      if (n.attrs.id) provisions.push(n);
      return true;
    });
  });
  const refPasal = refSeeds.map((seed) => pasal(teks('Rujuk ', rujukan([String(provisions[seed % provisions.length]!.attrs.id)]), '.')));
  return bill({
    title: 'Uji',
    konsiderans: [pertimbangan('bahwa …;')],
    dasarHukum: [dasarHukumButir('…;')],
    body: [...babs.map((ps, i) => bab(`BAB ${i}`, { role: 'materi' }, ...ps)), bab('RUJUKAN', { role: 'materi' }, ...refPasal)],
  });
}

/** Oracle: labels computed independently by counting in document order. */
function oracle(doc: Node): Map<string, string> {
  const out = new Map<string, string>();
  let pasalCount = 0;
  let babCount = 0;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  doc.child(2).forEach((b) => {
    babCount++;
    out.set(String(b.attrs.id), `BAB ${roman(babCount)}`);
    b.forEach((p) => {
      if (p.type.name !== 'pasal') return;
      pasalCount++;
      out.set(String(p.attrs.id), `Pasal ${pasalCount}`);
      let ay = 0;
      const visitItems = (parent: Node) => {
        let h = 0;
        parent.forEach((c) => {
          if (c.type.name === 'huruf') out.set(String(c.attrs.id), `${letters[h++]}.`);
        });
      };
      p.forEach((c) => {
        if (c.type.name === 'ayat') {
          out.set(String(c.attrs.id), `(${++ay})`);
          visitItems(c);
        }
      });
      visitItems(p);
    });
  });
  return out;
}

function pasalPositions(doc: Node): { pos: number; node: Node }[] {
  const out: { pos: number; node: Node }[] = [];
  doc.descendants((n, pos) => {
    if (n.type.name === 'pasal') {
      out.push({ pos, node: n });
      return false;
    }
    return true;
  });
  return out;
}

type Op = { kind: 'insert' | 'delete' | 'move'; a: number; b: number };
const opArb: fc.Arbitrary<Op> = fc.record({ kind: fc.constantFrom('insert', 'delete', 'move'), a: fc.nat(), b: fc.nat() });

function apply(doc: Node, op: Op): Node {
  const ps = pasalPositions(doc);
  const src = ps[op.a % ps.length]!;
  if (op.kind === 'insert') return new Transform(doc).insert(src.pos, pasal(`Baru ${op.b}.`)).doc;
  // Keep every BAB non-empty: never remove the only Pasal of a BAB.
  const $pos = doc.resolve(src.pos);
  if ($pos.parent.childCount <= 2) return doc;
  const tr = new Transform(doc).delete(src.pos, src.pos + src.node.nodeSize);
  if (op.kind === 'delete') return tr.doc;
  const dst = pasalPositions(tr.doc);
  const d = dst[op.b % dst.length]!;
  return tr.insert(d.pos, src.node).doc;
}

describe('numbering under edits (property)', () => {
  test('labels match an independent count, references follow their targets, dangling ones are reported', () => {
    fc.assert(
      fc.property(shapeArb, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.array(opArb, { maxLength: 8 }), (shape, refs, ops) => {
        let doc = build(shape, refs);
        for (const op of ops) doc = apply(doc, op);
        const n = computeNumbering(doc);
        const expected = oracle(doc);
        for (const [nodeId, label] of expected) expect(n.byId.get(nodeId)?.label).toBe(label);
        // Every reference: either it names its target's current label, or it is dangling and linted.
        const findings = lintDraft(doc, { numbering: n });
        doc.descendants((node, pos) => {
          if (node.type.name !== 'rujukan') return true;
          const target = (node.attrs.targets as string[])[0]!;
          const $pos = doc.resolve(pos);
          const ancestors: string[] = [];
          for (let d = 1; d <= $pos.depth; d++) if (typeof $pos.node(d).attrs.id === 'string') ancestors.push($pos.node(d).attrs.id);
          const r = renderReference([target], ancestors, n);
          if (!expected.has(target)) {
            expect(r.text).toBe(DANGLING_TEXT);
            expect(findings.some((f) => f.rule === 'R110' && f.from === pos)).toBe(true);
          } else {
            // The deepest unit's label appears in the rendering ("huruf a", "ayat (2)", "Pasal 7").
            const label = expected.get(target)!;
            const unit = label.startsWith('Pasal') ? label : label.startsWith('(') ? `ayat ${label}` : `huruf ${label.slice(0, -1)}`;
            expect(r.text).toContain(unit);
            // And the enclosing Pasal when it is another one.
            let cur = n.byId.get(target);
            while (cur && cur.kind !== 'pasal') cur = n.byId.get(cur.parent ?? '');
            if (cur && !ancestors.includes(cur.id)) expect(r.text).toContain(`dalam ${cur.label}`);
          }
          return false;
        });
      }),
      { numRuns: 300 },
    );
  });
});
