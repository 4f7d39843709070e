// Project gaps (issue 6.5): a reviewer adds a gap of their own with criteria,
// links clauses to it (template instances or hand-written Pasal), and it is
// tracked like the catalog's: status, closing Pasal, review and staleness.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { loadLibrary } from '../../src/io/library-loader';
import { indexLibrary, type LibraryIndex } from '../../src/core/library';
import { checklist, type ChecklistRow } from '../../src/core/checklist';
import { parseDraft, serializeDraft, type Draft, type ProjectGap } from '../../src/core/draft';
import { collectClauses } from '../../src/core/clauses';
import { schema } from '../../src/core/schema';
import { createProjectGap, linkClaim, nextProjectGapId, ProjectGapError, removeProjectGap, unlinkClaim } from '../../src/core/project-gaps';

let idx: LibraryIndex;
let starter: Draft;

beforeAll(async () => {
  idx = indexLibrary(await loadLibrary('templates'));
  const parsed = parseDraft(readFileSync('templates/starters/osaec.rancang.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  starter = parsed.draft;
});

const UMKM = {
  title: 'Kewajiban penyelenggara kecil',
  titleEn: 'Duties of small providers',
  severity: 'medium' as const,
  criteria: [
    { text: 'Penyelenggara skala kecil wajib melapor.', for: 'full' as const },
    { text: 'Tenggat pelaporan disesuaikan.', for: 'full' as const },
    { text: 'Pedoman teknis diterbitkan.', for: 'partial' as const },
  ],
  addedBy: 'Penelaah A',
};

/** The first Pasal of the starter's materi pokok that no template inserted: a hand-written one, or failing that, any Pasal. */
function somePasal(doc: Node): { id: string; pos: number; node: Node } {
  let found: { id: string; pos: number; node: Node } | null = null;
  doc.descendants((n, pos) => {
    if (found) return false;
    if (n.type.name === 'pasal' && typeof n.attrs.id === 'string' && !n.attrs.clause && n.textContent.length > 40) found = { id: n.attrs.id, pos, node: n };
    return !found;
  });
  if (!found) throw new Error('no Pasal');
  return found;
}

function appendWords(doc: Node, at: { pos: number; node: Node }, words: string): Node {
  let insertAt = -1;
  at.node.descendants((c, p) => {
    if (insertAt < 0 && c.type.name === 'teks') insertAt = at.pos + 1 + p + 1 + c.content.size;
    return insertAt < 0;
  });
  return new Transform(doc).insert(insertAt, schema.text(words)).doc;
}

function row(draft: Draft, id: string): ChecklistRow {
  const r = checklist(draft, idx).find((x) => x.id === id);
  if (!r) throw new Error(`no gap ${id}`);
  return r;
}

describe('creating a project gap', () => {
  test('numbers criteria F1.. for full and P1.. for partial closure, ids P01, P02, ...', () => {
    const g = createProjectGap([], UMKM);
    expect(g.id).toBe('P01');
    expect(g.criteria.map((c) => [c.id, c.for])).toEqual([
      ['F1', 'full'],
      ['F2', 'full'],
      ['P1', 'partial'],
    ]);
    expect(g.title).toEqual({ id: UMKM.title, en: UMKM.titleEn });
    expect(g.addedBy).toBe('Penelaah A');
    expect(nextProjectGapId([g])).toBe('P02');
    // A removed gap's id is not given to the next while a later one exists.
    const second = createProjectGap([g], UMKM);
    expect(nextProjectGapId(removeProjectGap([g, second], 'P01'))).toBe('P03');
  });

  test('refuses a blank title and criteria without a full one, naming the field', () => {
    expect(() => createProjectGap([], { ...UMKM, title: '  ' })).toThrow(ProjectGapError);
    try {
      createProjectGap([], { ...UMKM, criteria: [{ text: 'hanya sebagian', for: 'partial' }, { text: ' ', for: 'full' }] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProjectGapError);
      expect((e as ProjectGapError).field).toBe('criteria');
    }
  });

  test('the gap it builds passes the draft schema and survives save and load', () => {
    const gap = createProjectGap([], UMKM);
    const draft: Draft = { ...starter, gaps: [gap] };
    const again = parseDraft(serializeDraft(draft));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.draft.gaps).toEqual([gap]);
  });
});

describe('linking clauses', () => {
  test('a new project gap is open; each linked criterion moves it to partial, then closed', () => {
    const { id } = somePasal(starter.doc);
    let gaps: ProjectGap[] = [createProjectGap([], UMKM)];
    expect(row({ ...starter, gaps }, 'P01').status).toBe('open');
    gaps = linkClaim(gaps, 'P01', id, 'F1');
    const partial = row({ ...starter, gaps }, 'P01');
    expect(partial.status).toBe('partial');
    expect(partial.missing).toEqual(['F2', 'P1']);
    gaps = linkClaim(gaps, 'P01', id, 'F2');
    const closed = row({ ...starter, gaps }, 'P01');
    expect(closed.status).toBe('closed');
    expect(closed.closedBy).toHaveLength(1);
    expect(closed.closedBy[0]!.pasal[0]).toMatch(/^Pasal \d+$/);
    expect(closed.closedBy[0]!.template).toBe('');
    expect(closed.needsReview).toBe(true);
  });

  test('a template instance can be linked as well, and both appear as closing clauses', () => {
    const instance = collectClauses(starter.doc)[0]!;
    const { id } = somePasal(starter.doc);
    let gaps: ProjectGap[] = [createProjectGap([], UMKM)];
    gaps = linkClaim(gaps, 'P01', instance.clause, 'F1');
    gaps = linkClaim(gaps, 'P01', id, 'F2');
    const r = row({ ...starter, gaps }, 'P01');
    expect(r.status).toBe('closed');
    expect(r.closedBy.map((c) => c.template)).toEqual([instance.template, '']);
  });

  test('linking twice is idempotent; an unknown criterion is ignored; unlinking the last criterion drops the claim', () => {
    const { id } = somePasal(starter.doc);
    let gaps: ProjectGap[] = [createProjectGap([], UMKM)];
    gaps = linkClaim(linkClaim(gaps, 'P01', id, 'F1'), 'P01', id, 'F1');
    expect(gaps[0]!.claims).toEqual([{ clause: id, criteria: ['F1'] }]);
    expect(linkClaim(gaps, 'P01', id, 'F9')).toEqual(gaps);
    gaps = linkClaim(gaps, 'P01', id, 'P1');
    expect(gaps[0]!.claims).toEqual([{ clause: id, criteria: ['F1', 'P1'] }]);
    gaps = unlinkClaim(gaps, 'P01', id, 'F1');
    expect(gaps[0]!.claims).toEqual([{ clause: id, criteria: ['P1'] }]);
    gaps = unlinkClaim(gaps, 'P01', id, 'P1');
    expect(gaps[0]!.claims).toEqual([]);
  });

  test('a claim on a Pasal that was deleted no longer counts', () => {
    let gaps: ProjectGap[] = [createProjectGap([], UMKM)];
    gaps = linkClaim(gaps, 'P01', 'no-such-pasal', 'F1');
    expect(row({ ...starter, gaps }, 'P01').status).toBe('open');
  });
});

describe('review of a project gap', () => {
  test('accepted, then stale when the linked hand-written Pasal changes, like a catalog gap', () => {
    const target = somePasal(starter.doc);
    let gaps: ProjectGap[] = [createProjectGap([], UMKM)];
    gaps = linkClaim(linkClaim(gaps, 'P01', target.id, 'F1'), 'P01', target.id, 'F2');
    const before = row({ ...starter, gaps }, 'P01');
    const reviewed: Draft = { ...starter, gaps, reviews: [{ gap: 'P01', status: 'accepted', by: 'Penelaah A', at: '2026-11-28T10:00:00.000Z', note: 'cukup', basis: before.basis! }] };
    expect(row(reviewed, 'P01').review).toBe('accepted');
    expect(row(reviewed, 'P01').needsReview).toBe(false);
    const edited: Draft = { ...reviewed, doc: appendWords(reviewed.doc, target, ' Tambahan.') };
    expect(row(edited, 'P01').review).toBe('stale');
    expect(row(edited, 'P01').needsReview).toBe(true);
  });
});

describe('the draft file', () => {
  test('a claim on a criterion the gap does not have is rejected with its field', () => {
    const gap = { ...createProjectGap([], UMKM), claims: [{ clause: 'x', criteria: ['F7'] }] };
    const parsed = parseDraft(serializeDraft({ ...starter, gaps: [gap] }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.field).toBe('gaps[0].claims[0].criteria[0]');
      expect(parsed.error.message).toMatch(/no criterion F7/);
    }
  });
});
