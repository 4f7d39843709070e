// Reviews on the gap checklist (design sections 4 and 6): a review signs the
// basis of a gap (the closing clauses' text and parameter values); it stays
// accepted or disputed while that basis holds and goes stale when the text or a
// parameter changes, but not when the clauses are merely renumbered.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { loadLibrary } from '../../src/io/library-loader';
import { indexLibrary, type ClauseTemplate, type LibraryIndex } from '../../src/core/library';
import { pasal, skeletonBill } from '../../src/core/build';
import { insertTemplate, setClauseParam } from '../../src/core/instantiate';
import { checklist, latestReviews, reviewState, type ChecklistRow } from '../../src/core/checklist';
import { newDraft, parseDraft, serializeDraft, type Draft, type Review } from '../../src/core/draft';
import { computeNumbering } from '../../src/core/numbering';
import { schema } from '../../src/core/schema';

let idx: LibraryIndex;

beforeAll(async () => {
  idx = indexLibrary(await loadLibrary('templates'));
});

const NOW = new Date('2026-11-28T10:00:00.000Z');

function template(id: string): ClauseTemplate {
  const t = idx.template(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

function insert(doc: Node, id: string): { doc: Node; clause: string; inserted: readonly string[] } {
  const r = insertTemplate(doc, template(id), idx);
  return { doc: r.tr.doc, clause: r.clause, inserted: r.inserted };
}

function row(draft: Draft, gap: string): ChecklistRow {
  const r = checklist(draft, idx).find((x) => x.id === gap);
  if (!r) throw new Error(`no gap ${gap}`);
  return r;
}

function review(gap: string, status: Review['status'], basis: string, at = '2026-11-28T11:00:00.000Z', by = 'Penelaah'): Review {
  return { gap, status, by, at, note: `${status} oleh ${by}`, basis };
}

const withDoc = (draft: Draft, doc: Node): Draft => ({ ...draft, doc });
const withReviews = (draft: Draft, ...reviews: Review[]): Draft => ({ ...draft, reviews });

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

/** A draft with itikad-baik (closes G16, part of G12) and its instance id. */
function g16Draft(): { draft: Draft; clause: string; inserted: readonly string[]; basis: string } {
  const r = insert(skeletonBill('Uji'), 'itikad-baik');
  const draft = newDraft(r.doc, NOW, ['Tim Perancang']);
  const g16 = row(draft, 'G16');
  expect(g16.status).toBe('closed');
  expect(g16.basis).toMatch(/^[0-9a-f]{8}$/);
  return { draft, clause: r.clause, inserted: r.inserted, basis: g16.basis! };
}

describe('review state', () => {
  test('a gap with no review is "none"', () => {
    const { draft, basis } = g16Draft();
    const g16 = row(draft, 'G16');
    expect({ review: g16.review, lastReview: g16.lastReview }).toEqual({ review: 'none', lastReview: null });
    // A review of another gap does not count for this one.
    const other = withReviews(draft, review('G12', 'accepted', row(draft, 'G12').basis!));
    expect(row(other, 'G16').review).toBe('none');
    expect(row(other, 'G12').review).toBe('accepted');
    expect(row(other, 'G01').review).toBe('none');
    expect(reviewState(undefined, basis)).toBe('none');
    expect(reviewState(undefined, null)).toBe('none');
  });

  test('a review on the current basis is accepted or disputed', () => {
    const { draft, basis } = g16Draft();
    const accepted = withReviews(draft, review('G16', 'accepted', basis));
    expect(row(accepted, 'G16')).toMatchObject({ review: 'accepted', lastReview: { status: 'accepted', by: 'Penelaah', basis }, needsReview: false });
    const disputed = withReviews(draft, review('G16', 'disputed', basis));
    expect(row(disputed, 'G16')).toMatchObject({ review: 'disputed', needsReview: true });
    expect(reviewState(review('G16', 'accepted', basis), basis)).toBe('accepted');
    expect(reviewState(review('G16', 'disputed', basis), basis)).toBe('disputed');
  });

  test('editing the closing clause\'s text makes the review stale', () => {
    const { draft, basis, inserted } = g16Draft();
    const reviewed = withReviews(draft, review('G16', 'accepted', basis));
    const edited = withDoc(reviewed, editText(reviewed.doc, inserted[0]!));
    const g16 = row(edited, 'G16');
    expect(g16.status).toBe('closed');
    expect(g16.closedBy[0]!.modified).toBe(true);
    expect(g16.basis).not.toBe(basis);
    expect(g16).toMatchObject({ review: 'stale', needsReview: true, lastReview: { status: 'accepted', basis } });
    // So does a disputed review.
    expect(row(withDoc(withReviews(draft, review('G16', 'disputed', basis)), edited.doc), 'G16').review).toBe('stale');
  });

  test('an edit in any Pasal of the clause counts, including one in another chapter', () => {
    const { draft, basis, inserted } = g16Draft();
    const reviewed = withReviews(draft, review('G16', 'accepted', basis));
    // The last part of itikad-baik is the exemption in BAB KETENTUAN PIDANA.
    expect(row(withDoc(reviewed, editText(reviewed.doc, inserted[3]!)), 'G16').review).toBe('stale');
  });

  test('changing a parameter value makes the review stale, even when the gap stays closed', () => {
    const { draft, basis, clause } = g16Draft();
    const reviewed = withReviews(draft, review('G16', 'accepted', basis));
    const at12 = withDoc(reviewed, setClauseParam(reviewed.doc, clause, 'jamLapor', 12).doc);
    const g16 = row(at12, 'G16');
    expect(g16.status).toBe('closed');
    expect(g16.closedBy[0]!.modified).toBe(false);
    expect(g16.review).toBe('stale');
    // Setting it back restores the basis the review signed.
    const back = withDoc(at12, setClauseParam(at12.doc, clause, 'jamLapor', 24).doc);
    expect(row(back, 'G16').review).toBe('accepted');
  });

  test('renumbering alone does not make the review stale', () => {
    const { draft, basis, inserted } = g16Draft();
    const reviewed = withReviews(draft, review('G16', 'accepted', basis));
    const label = (doc: Node) => computeNumbering(doc).byId.get(inserted[0]!)!.label;
    expect(label(reviewed.doc)).toBe('Pasal 2');

    // A hand-written Pasal before the clause, in its own BAB.
    const handWritten = pasalAtStartOf(reviewed.doc, 'pelaporan', pasal('Setiap Orang wajib melindungi Anak dari KESAD.'));
    expect(label(handWritten)).toBe('Pasal 3');
    expect(row(withDoc(reviewed, handWritten), 'G16')).toMatchObject({ review: 'accepted', basis });

    // A whole template in an earlier chapter, with new definitions in Ketentuan Umum.
    const t = insert(reviewed.doc, 'asas-tujuan').doc;
    expect(label(t)).not.toBe('Pasal 2');
    const g16 = row(withDoc(reviewed, t), 'G16');
    expect(g16.closedBy[0]!.pasal).toContain(label(t));
    expect(g16).toMatchObject({ review: 'accepted', basis });
  });

  test('a review of an open gap signs the empty basis and goes stale once a clause closes the gap', () => {
    const draft = newDraft(skeletonBill('Uji'), NOW);
    expect(row(draft, 'G16').basis).toBeNull();
    const disputed = withReviews(draft, review('G16', 'disputed', '00000000'));
    expect(row(disputed, 'G16').review).toBe('disputed');
    const closed = withDoc(disputed, insert(disputed.doc, 'itikad-baik').doc);
    expect(row(closed, 'G16').review).toBe('stale');
  });

  test('the review state survives saving and reopening the draft', () => {
    const { draft, basis } = g16Draft();
    const reviewed = withReviews(draft, review('G16', 'accepted', basis));
    const reopened = parseDraft(serializeDraft(reviewed));
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(row(reopened.draft, 'G16')).toMatchObject({ review: 'accepted', basis });
  });
});

describe('latest reviews', () => {
  test('the newest review of each gap by `at`, whatever the order of the list', () => {
    const a = review('G16', 'accepted', 'aaaaaaaa', '2026-11-28T09:00:00.000Z', 'A');
    const b = review('G16', 'disputed', 'bbbbbbbb', '2026-11-29T09:00:00.000Z', 'B');
    const c = review('G16', 'accepted', 'cccccccc', '2026-11-28T18:00:00.000Z', 'C');
    const d = review('G12', 'accepted', 'dddddddd', '2026-11-27T09:00:00.000Z', 'D');
    for (const list of [[a, b, c, d], [b, a, d, c], [d, c, b, a]]) {
      const latest = latestReviews(list);
      expect([...latest.keys()].sort()).toEqual(['G12', 'G16']);
      expect(latest.get('G16')).toBe(b);
      expect(latest.get('G12')).toBe(d);
    }
    expect(latestReviews([]).size).toBe(0);
  });

  test('times are compared as instants, not as text', () => {
    // 09:00 in Jakarta (+07:00) is 02:00 UTC: earlier than 03:00 UTC although its text sorts later.
    const jakarta = review('G16', 'accepted', 'aaaaaaaa', '2026-11-28T09:00:00+07:00', 'Jakarta');
    const utc = review('G16', 'disputed', 'bbbbbbbb', '2026-11-28T03:00:00.000Z', 'UTC');
    expect(latestReviews([utc, jakarta]).get('G16')).toBe(utc);
    expect(latestReviews([jakarta, utc]).get('G16')).toBe(utc);
  });

  test('the checklist uses the newest review', () => {
    const { draft, basis, inserted } = g16Draft();
    const older = review('G16', 'accepted', basis, '2026-11-28T09:00:00.000Z', 'Lama');
    const newer = review('G16', 'disputed', basis, '2026-11-28T15:00:00.000Z', 'Baru');
    const both = withReviews(draft, newer, older);
    expect(row(both, 'G16')).toMatchObject({ review: 'disputed', lastReview: { by: 'Baru' } });

    // An accepted review on the current text, after a dispute on an older text.
    const edited = withDoc(draft, editText(draft.doc, inserted[0]!));
    const current = row(edited, 'G16').basis!;
    const reviewed = withReviews(edited, review('G16', 'disputed', basis, '2026-11-28T09:00:00.000Z', 'Lama'), review('G16', 'accepted', current, '2026-11-28T15:00:00.000Z', 'Baru'));
    expect(row(reviewed, 'G16')).toMatchObject({ review: 'accepted', needsReview: false, lastReview: { by: 'Baru' } });
    // And the other way round: the newest review signed the old text.
    const staleNewest = withReviews(edited, review('G16', 'accepted', current, '2026-11-28T09:00:00.000Z', 'Lama'), review('G16', 'accepted', basis, '2026-11-28T15:00:00.000Z', 'Baru'));
    expect(row(staleNewest, 'G16').review).toBe('stale');
  });
});
