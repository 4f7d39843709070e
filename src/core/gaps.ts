// Gap closure (design section 6): for each gap, open / partial / closed,
// computed from the clauses present, their parameters and the gap's criteria.
import type { Node } from 'prosemirror-model';
import type { ClauseTemplate, Condition, Gap, LibraryIndex, Severity } from './library';
import { checkValue, type ParamValue } from './params';
import { collectClauses, provisionAsClause, type ClauseInstance } from './clauses';
import { definedTerms } from './terms';
import type { Numbering } from './numbering';
import { hashText as hashOf } from './hash';

export type GapState = 'open' | 'partial' | 'closed';

export interface ClosingClause {
  readonly clause: string;
  readonly template: string;
  /** Current Pasal labels of the clause ("Pasal 12"). */
  readonly pasal: readonly string[];
  readonly modified: boolean;
  /** Criteria of this gap the clause satisfies. */
  readonly criteria: readonly string[];
}

export interface GapStatus {
  readonly id: string;
  readonly severity: Severity;
  readonly status: GapState;
  readonly closedBy: readonly ClosingClause[];
  readonly satisfied: readonly string[];
  readonly missing: readonly string[];
  /** Hash of the closing clauses' text and parameter values: what a review signs. */
  readonly basis: string | null;
}

function conditionHolds(c: Condition, t: ClauseTemplate, params: Readonly<Record<string, ParamValue>>, terms: ReadonlySet<string>): boolean {
  if ('term' in c) return terms.has(c.term);
  const v = params[c.param];
  if (v === undefined) return false;
  // A value outside the template's bounds (a hand-edited file: 0 hours, 2.5
  // years) satisfies nothing, whatever the condition says.
  const param = t.params.find((p) => p.name === c.param);
  if (!param || checkValue(param, v) !== null) return false;
  if ('max' in c) return typeof v === 'number' && v <= c.max;
  if ('min' in c) return typeof v === 'number' && v >= c.min;
  return c.in.includes(v);
}

/** Criteria (as "G07.F2") a template satisfies with the given parameters and defined terms. */
export function templateCriteria(t: ClauseTemplate, params: Readonly<Record<string, ParamValue>>, terms: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const closure of t.closes) {
    const conds = closure.when === undefined ? [] : Array.isArray(closure.when) ? closure.when : [closure.when];
    if (!conds.every((c) => conditionHolds(c, t, params, terms))) continue;
    const set = out.get(closure.gap) ?? new Set<string>();
    for (const c of closure.criteria) set.add(c);
    out.set(closure.gap, set);
  }
  return out;
}

/** The default parameter values of a template. */
export function defaultParams(t: ClauseTemplate): Record<string, ParamValue> {
  return Object.fromEntries(t.params.map((p) => [p.name, p.default]));
}

/** Status from satisfied criteria: all full -> closed; all partial or any full -> partial (gaps.md, "How to read an entry"). */
export function gapState(gap: Gap, satisfied: ReadonlySet<string>): GapState {
  const full = gap.criteria.filter((c) => c.for === 'full');
  const partial = gap.criteria.filter((c) => c.for === 'partial');
  if (full.length > 0 && full.every((c) => satisfied.has(c.id))) return 'closed';
  if ((partial.length > 0 && partial.every((c) => satisfied.has(c.id))) || full.some((c) => satisfied.has(c.id))) return 'partial';
  return 'open';
}

/** Labels of the Pasal that hold a clause's nodes (the amending Pasal for a restated one). */
export function pasalLabels(instance: ClauseInstance, numbering: Numbering): string[] {
  const labels: string[] = [];
  for (const n of instance.nodes) {
    let cur = numbering.byId.get(n.id);
    while (cur && cur.kind !== 'pasal') cur = cur.parent ? numbering.byId.get(cur.parent) : undefined;
    // A restated Pasal of another law sits inside an amending Pasal: report the amending one.
    while (cur && cur.restated) {
      let up = cur.parent ? numbering.byId.get(cur.parent) : undefined;
      while (up && up.kind !== 'pasal') up = up.parent ? numbering.byId.get(up.parent) : undefined;
      cur = up;
    }
    if (cur && !labels.includes(cur.label)) labels.push(cur.label);
  }
  return labels;
}

/** Project gaps carry the clauses a reviewer linked to them. */
export interface ProjectClaim {
  readonly gap: string;
  readonly clause: string;
  readonly criteria: readonly string[];
}

/** What a review of a clause signs: its text and its parameter values in name order. */
function reviewBasis(instance: ClauseInstance | undefined): string {
  if (!instance) return '';
  const params = Object.keys(instance.params)
    .sort()
    .map((k) => `${k}=${String(instance.params[k])}`)
    .join(';');
  return `${instance.textHash}#${params}`;
}

/** Evaluates every gap of the catalog (and project gaps) against a draft. */
export function evaluateGaps(doc: Node, numbering: Numbering, lib: LibraryIndex, projectGaps: readonly Gap[] = [], claims: readonly ProjectClaim[] = []): GapStatus[] {
  const instances = collectClauses(doc);
  const terms = new Set(definedTerms(doc).flatMap((t) => (t.short ? [t.term, t.short] : [t.term])));
  const perGap = new Map<string, { satisfied: Set<string>; by: ClosingClause[] }>();
  const add = (gap: string, instance: ClauseInstance, criteria: readonly string[]): void => {
    const entry = perGap.get(gap) ?? { satisfied: new Set<string>(), by: [] };
    for (const c of criteria) entry.satisfied.add(c);
    entry.by.push({ clause: instance.clause, template: instance.template, pasal: pasalLabels(instance, numbering), modified: instance.modified, criteria: [...criteria] });
    perGap.set(gap, entry);
  };
  const byClause = new Map(instances.map((i) => [i.clause, i]));
  for (const instance of instances) {
    const t = lib.template(instance.template);
    if (!t) continue;
    for (const [gap, crits] of templateCriteria(t, instance.params, terms)) add(gap, instance, [...crits]);
  }
  for (const claim of claims) {
    let instance = byClause.get(claim.clause);
    if (!instance) {
      // A hand-written Pasal linked by its id.
      const provision = provisionAsClause(doc, claim.clause);
      if (provision) byClause.set(claim.clause, (instance = provision));
    }
    if (instance) add(claim.gap, instance, claim.criteria);
  }
  const gaps = [...lib.library.gaps, ...projectGaps];
  return gaps.map((gap) => {
    const entry = perGap.get(gap.id);
    const satisfied = entry?.satisfied ?? new Set<string>();
    const by = entry?.by ?? [];
    // A review signs the closing clauses' text and parameter values: changing either makes it stale.
    // In clause-id order: moving a Pasal changes neither its text nor the review.
    const basis = by.length ? hashOf([...new Set(by.map((b) => b.clause))].sort().map((c) => reviewBasis(byClause.get(c))).join('|')) : null;
    return {
      id: gap.id,
      severity: gap.severity,
      status: gapState(gap, satisfied),
      closedBy: by,
      satisfied: gap.criteria.filter((c) => satisfied.has(c.id)).map((c) => c.id),
      missing: gap.criteria.filter((c) => !satisfied.has(c.id)).map((c) => c.id),
      basis,
    };
  });
}
