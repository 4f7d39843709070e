// A review that no longer matches the closing text is stale everywhere the
// checklist appears: in `rancang check --json` and in the checklist exports
// (the editor shows the same state: test/e2e/editor.test.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { Transform } from 'prosemirror-transform';
import type { Node } from 'prosemirror-model';
import { run, type Io } from '../../src/cli/run';
import { parseDraft, serializeDraft, type Draft } from '../../src/core/draft';
import { checklist } from '../../src/core/checklist';
import { indexLibrary } from '../../src/core/library';
import { schema } from '../../src/core/schema';
import { loadLibrary } from '../../src/io/library-loader';

let dir: string;
let starter: Draft;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rancang-review-'));
  const parsed = parseDraft(readFileSync('templates/starters/osaec.rancang.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  starter = parsed.draft;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: dir, now: () => new Date('2026-11-28T12:00:00Z'), libraryDir: path.resolve('templates') };
  const code = await run(args, io);
  return { code, out, err };
}

interface CheckJson {
  gaps: { id: string; review: string }[];
}

/** Appends a sentence to the first text of the Pasal a template produced. */
function editClause(doc: Node, template: string): Node {
  let at = -1;
  doc.descendants((n, pos) => {
    if (at >= 0) return false;
    if (n.type.name === 'pasal' && n.attrs.template === template) {
      n.descendants((c, p) => {
        if (at < 0 && c.type.name === 'teks') at = pos + 1 + p + 1 + c.content.size;
        return at < 0;
      });
      return false;
    }
    return true;
  });
  if (at < 0) throw new Error(`no Pasal from ${template}`);
  return new Transform(doc).insert(at, schema.text(' Tambahan.')).doc;
}

describe('a stale review', () => {
  test('shows as stale in check --json and in the checklist exports', async () => {
    const lib = indexLibrary(await loadLibrary('templates'));
    const basis = checklist(starter, lib).find((r) => r.id === 'G16')!;
    expect(basis.closedBy.map((c) => c.template)).toContain('itikad-baik');
    const reviewed: Draft = { ...starter, reviews: [{ gap: 'G16', status: 'accepted', by: 'Penelaah', at: '2026-11-28T09:00:00.000Z', note: 'Sesuai IRR Sec. 129.', basis: basis.basis! }] };
    writeFileSync(path.join(dir, 'reviewed.rancang.json'), serializeDraft(reviewed));
    const before = await cli(['check', 'reviewed.rancang.json', '--json']);
    expect(before.code).toBe(0);
    expect((JSON.parse(before.out) as CheckJson).gaps.find((g) => g.id === 'G16')?.review).toBe('accepted');

    const edited: Draft = { ...reviewed, doc: editClause(reviewed.doc, 'itikad-baik') };
    writeFileSync(path.join(dir, 'edited.rancang.json'), serializeDraft(edited));
    const after = await cli(['check', 'edited.rancang.json', '--json']);
    const gaps = (JSON.parse(after.out) as CheckJson).gaps;
    expect(gaps.find((g) => g.id === 'G16')?.review).toBe('stale');
    expect(gaps.filter((g) => g.review !== 'none').map((g) => g.id)).toEqual(['G16']);

    const exported = await cli(['export', 'edited.rancang.json', '--out', '.', '--only', 'checklist', '--date', '2026-11-28']);
    expect(exported.code).toBe(0);
    const csv = readFileSync(path.join(dir, 'edited.checklist.csv'), 'utf8');
    const row = csv.split('\r\n').find((l) => l.startsWith('G16,'))!;
    expect(row).toContain(',stale,Penelaah,');
    expect(row).toContain('Sesuai IRR Sec. 129.');
    const xml = strFromU8(unzipSync(readFileSync(path.join(dir, 'edited.checklist.docx')))['word/document.xml']!);
    expect(xml).toContain('kedaluwarsa (teks berubah)');
  });
});
