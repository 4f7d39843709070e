// The columns of the coverage picture: one per closing clause (not per
// template), so a hand-written Pasal linked to a project gap, or a second copy
// of a template, has a column of its own with a name a reader recognises.
import type { ClosingClause } from './gaps';

export interface CoverageColumn {
  readonly clause: string;
  /** "itikad-baik", "itikad-baik (2)" for a second copy, or "Pasal 12" for a hand-written Pasal. */
  readonly label: string;
}

/** Every clause closing some gap, once, ordered by label. */
export function coverageColumns(gaps: readonly { readonly closedBy: readonly ClosingClause[] }[]): CoverageColumn[] {
  const byClause = new Map<string, ClosingClause>();
  for (const g of gaps) for (const c of g.closedBy) if (!byClause.has(c.clause)) byClause.set(c.clause, c);
  const seen = new Map<string, number>();
  const columns = [...byClause.values()]
    // Template clauses by template id, then hand-written Pasal; copies by their first Pasal.
    .sort((a, b) => Number(!a.template) - Number(!b.template) || a.template.localeCompare(b.template) || (a.pasal[0] ?? '').localeCompare(b.pasal[0] ?? '', 'id', { numeric: true }))
    .map((c) => {
      const base = c.template || c.pasal.join(', ') || c.clause;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return { clause: c.clause, label: n > 1 ? `${base} (${n})` : base };
    });
  return columns;
}

/** The clauses closing a gap, as a set of clause ids. */
export function closingClauses(g: { readonly closedBy: readonly ClosingClause[] }): ReadonlySet<string> {
  return new Set(g.closedBy.map((c) => c.clause));
}
