// Project gaps: gaps a reviewer adds to one draft, in the catalog's shape, with
// the clauses (template instances or hand-written Pasal) linked to their
// criteria. Pure operations on the draft's list; the shell stores the result.
import type { ProjectGap } from './draft';
import type { Severity } from './library';

export interface ProjectCriterionInput {
  readonly text: string;
  readonly for: 'full' | 'partial';
}

export interface ProjectGapInput {
  readonly title: string;
  /** English title; the Indonesian one when left blank. */
  readonly titleEn?: string;
  readonly statement?: string;
  readonly severity: Severity;
  readonly criteria: readonly ProjectCriterionInput[];
  readonly addedBy?: string;
}

export class ProjectGapError extends Error {
  constructor(
    readonly field: 'title' | 'criteria',
    message: string,
  ) {
    super(message);
  }
}

/** The next free id: P01, P02, ... (ids of removed gaps are not reused while a later one exists). */
export function nextProjectGapId(gaps: readonly ProjectGap[]): string {
  const used = gaps.map((g) => /^P(\d+)$/.exec(g.id)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  const next = (used.length ? Math.max(...used) : 0) + 1;
  return `P${String(next).padStart(2, '0')}`;
}

/** Builds a project gap from a reviewer's form; throws ProjectGapError naming the field at fault. */
export function createProjectGap(existing: readonly ProjectGap[], input: ProjectGapInput): ProjectGap {
  const title = input.title.trim();
  if (!title) throw new ProjectGapError('title', 'Judul celah wajib diisi.');
  const criteria = input.criteria.map((c) => ({ text: c.text.trim(), for: c.for })).filter((c) => c.text !== '');
  if (!criteria.some((c) => c.for === 'full')) throw new ProjectGapError('criteria', 'Celah memerlukan paling sedikit satu kriteria untuk penutupan penuh.');
  let full = 0;
  let partial = 0;
  const statement = input.statement?.trim() || title;
  const en = input.titleEn?.trim() || title;
  return {
    id: nextProjectGapId(existing),
    severity: input.severity,
    title: { id: title, en },
    statement: { id: statement, en: statement },
    benchmark: [],
    existing: [],
    otherProvisions: [],
    criteria: criteria.map((c) => ({ id: c.for === 'full' ? `F${++full}` : `P${++partial}`, for: c.for, text: { id: c.text, en: c.text } })),
    sources: [],
    ...(input.addedBy?.trim() ? { addedBy: input.addedBy.trim() } : {}),
    claims: [],
  };
}

function updateGap(gaps: readonly ProjectGap[], gapId: string, change: (gap: ProjectGap) => ProjectGap): ProjectGap[] {
  return gaps.map((g) => (g.id === gapId ? change(g) : g));
}

/** Links a clause (a template instance id or a hand-written Pasal id) to one criterion of a project gap. */
export function linkClaim(gaps: readonly ProjectGap[], gapId: string, clause: string, criterion: string): ProjectGap[] {
  return updateGap(gaps, gapId, (g) => {
    if (!g.criteria.some((c) => c.id === criterion)) return g;
    const claim = g.claims.find((c) => c.clause === clause);
    if (claim?.criteria.includes(criterion)) return g;
    const claims = claim
      ? g.claims.map((c) => (c === claim ? { clause, criteria: [...c.criteria, criterion] } : c))
      : [...g.claims, { clause, criteria: [criterion] }];
    return { ...g, claims };
  });
}

/** Unlinks a clause from one criterion; a clause left with no criterion is dropped from the gap. */
export function unlinkClaim(gaps: readonly ProjectGap[], gapId: string, clause: string, criterion: string): ProjectGap[] {
  return updateGap(gaps, gapId, (g) => ({
    ...g,
    claims: g.claims.map((c) => (c.clause === clause ? { clause, criteria: c.criteria.filter((x) => x !== criterion) } : c)).filter((c) => c.criteria.length > 0),
  }));
}

export function removeProjectGap(gaps: readonly ProjectGap[], gapId: string): ProjectGap[] {
  return gaps.filter((g) => g.id !== gapId);
}
