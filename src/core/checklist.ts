// The gap checklist: each gap's closure status with its review state
// (design sections 4 and 6). A review signs the hash of the closing clauses'
// text; when that text changes the review is stale.
import type { Draft, Review } from './draft';
import type { Gap, LibraryIndex } from './library';
import { computeNumbering, type Numbering } from './numbering';
import { evaluateGaps, type GapStatus, type ProjectClaim } from './gaps';

export type ReviewState = 'none' | 'accepted' | 'disputed' | 'stale';

export interface ChecklistRow extends GapStatus {
  readonly gap: Gap;
  readonly review: ReviewState;
  /** The latest review of the gap, if any. */
  readonly lastReview: Review | null;
  /** The gap has closing clauses and no current accepted review of them (filter "needs review"). */
  readonly needsReview: boolean;
}

/** The latest review of each gap. */
export function latestReviews(reviews: readonly Review[]): Map<string, Review> {
  const out = new Map<string, Review>();
  for (const r of reviews) {
    const prev = out.get(r.gap);
    if (!prev || Date.parse(r.at) >= Date.parse(prev.at)) out.set(r.gap, r);
  }
  return out;
}

/** Review state of a gap given its current closing-text basis. */
export function reviewState(review: Review | undefined, basis: string | null): ReviewState {
  if (!review) return 'none';
  if (review.basis !== (basis ?? '00000000')) return 'stale';
  return review.status;
}

/** Project-gap claims stored in the draft: clauses a reviewer linked to project gaps. */
export function projectClaims(draft: Draft): ProjectClaim[] {
  return draft.gaps.flatMap((g) => g.claims.map((c) => ({ ...c, gap: g.id })));
}

/** Every gap of the catalog and of the draft with status and review. */
export function checklist(draft: Draft, lib: LibraryIndex, numbering: Numbering = computeNumbering(draft.doc, { lawArticles: (l) => lib.law(l)?.articles })): ChecklistRow[] {
  const statuses = evaluateGaps(draft.doc, numbering, lib, draft.gaps, projectClaims(draft));
  const latest = latestReviews(draft.reviews);
  const gapById = new Map([...lib.library.gaps, ...draft.gaps].map((g) => [g.id, g]));
  return statuses.map((s) => {
    const review = latest.get(s.id);
    const state = reviewState(review, s.basis);
    return { ...s, gap: gapById.get(s.id)!, review: state, lastReview: review ?? null, needsReview: s.closedBy.length > 0 && state !== 'accepted' };
  });
}
