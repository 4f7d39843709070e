// The comparison matrix (DIM style, R149-R151): existing provision, proposed
// provision, gaps closed, note. Rows follow the bill: every provision linked to
// existing law (from the redline), and every new Pasal a clause template added.
import type { Node } from 'prosemirror-model';
import type { LibraryIndex } from './library';
import type { Numbering } from './numbering';
import type { RedlineEntry } from './redline';
import { collectClauses } from './clauses';
import { templateCriteria } from './gaps';
import { definedTerms } from './terms';
import { provisionText } from './reading';

export interface MatrixRow {
  readonly no: number;
  readonly existing: { readonly heading: string; readonly text: string } | null;
  readonly proposed: { readonly heading: string; readonly text: string };
  readonly gaps: readonly string[];
  readonly note: string;
}

const OP: Readonly<Record<string, string>> = { amends: 'Diubah', replaces: 'Digantikan fungsinya oleh ketentuan baru', repeals: 'Dihapus', inserts: 'Disisipkan' };

/** Matrix rows: linked provisions first in law and article order, then the new Pasal in bill order. */
export function comparisonRows(doc: Node, numbering: Numbering, lib: LibraryIndex, redline: readonly RedlineEntry[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  const linked = new Set(redline.map((e) => e.nodeId));
  for (const e of redline) {
    const law = lib.law(e.law);
    rows.push({
      no: rows.length + 1,
      existing: e.op === 'inserts' ? null : { heading: `${e.article} ${law?.short ?? law?.citation ?? e.law}`, text: e.existing || '(teks tidak tersedia dalam korpus)' },
      proposed: { heading: e.billLabel ? `${e.billLabel} RUU` : 'RUU', text: e.proposed },
      gaps: e.gaps,
      note: [OP[e.op], ...e.notes.map((n) => n.text)].join(' '),
    });
  }
  const terms = new Set(definedTerms(doc).map((d) => d.term));
  for (const instance of collectClauses(doc)) {
    const t = lib.template(instance.template);
    const gaps = t ? [...templateCriteria(t, instance.params, terms).keys()].sort() : [];
    for (const n of instance.nodes) {
      if (n.kind !== 'pasal' || linked.has(n.id)) continue;
      const label = numbering.byId.get(n.id)?.label ?? '';
      rows.push({
        no: rows.length + 1,
        existing: null,
        proposed: { heading: `${label} RUU`, text: provisionText(n.node, [], { numbering, lib }) },
        gaps,
        note: `Ketentuan baru${t ? `, dimodelkan pada ${t.source.map((s) => s.ref).join('; ')}` : ''}${instance.modified ? '; teks telah diubah dari templat' : ''}.`,
      });
    }
  }
  return rows;
}
