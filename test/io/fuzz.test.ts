// Bad input never crashes a loader: generated draft files and library files
// (templates, gaps, corpus), 10,000 cases each, all get a specific error or
// parse; nothing throws. (IPC arguments are fuzzed in test/main/ipc-guard.test.ts.)
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseLibraryText } from '../../src/io/library-loader';
import { corpusFileSchema, gapsFileSchema, templateSchema } from '../../src/core/library';
import { parseDraft, serializeDraft, newDraft } from '../../src/core/draft';
import { skeletonBill } from '../../src/core/build';

const root = path.join(__dirname, '..', '..', 'templates');
const firstTemplate = readdirSync(path.join(root, 'clauses')).find((f) => f.endsWith('.yaml'))!;
function firstGap(text: string): string {
  const start = text.indexOf('\n  - id: G01');
  const next = text.indexOf('\n  - id: G02');
  return `gaps:${text.slice(start, next)}\n`;
}

const samples = {
  template: readFileSync(path.join(root, 'clauses', firstTemplate), 'utf8'),
  // One gap and a small law file keep 10,000 parses quick; the loader path is the same.
  gaps: firstGap(readFileSync(path.join(root, 'gaps.yaml'), 'utf8')),
  corpus: readFileSync(path.join(root, 'law', 'uu-19-2016.yaml'), 'utf8'),
  draft: serializeDraft(newDraft(skeletonBill('Uji'), new Date('2026-11-28T10:00:00Z'))),
};

/** A text derived from a valid one by cutting, inserting and swapping pieces. */
function mutated(text: string): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.nat({ max: text.length }), cut: fc.nat({ max: 60 }), insert: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('\n', ': ', '- ', '{', '}', '"', "'", '\t', '&a', '*a', '!!str', '---', '[', ']', 'null', '0x1F', '\u0000', '🙂')) });
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => edits.reduce((s, e) => s.slice(0, e.at % (s.length + 1)) + e.insert + s.slice((e.at % (s.length + 1)) + e.cut), text));
}

const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.json(), fc.anything().map((v) => JSON.stringify(v) ?? ''));

describe('fuzzed loaders (10,000 cases each)', () => {
  test.each([
    ['template', templateSchema],
    ['gaps', gapsFileSchema],
    ['corpus', corpusFileSchema],
  ] as const)('%s files', (kind, schema) => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: mutated(samples[kind]) }, { weight: 1, arbitrary: anyText }), (text) => {
        const r = parseLibraryText(`${kind}.yaml`, text, schema);
        if (r.value === null) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  test('draft files', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: mutated(samples.draft) }, { weight: 1, arbitrary: anyText }), (text) => {
        const r = parseDraft(text);
        if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  }, 300_000);

  test('a broken template is reported with file, field and line', () => {
    const r = parseLibraryText('clauses/x.yaml', samples.template.replace(/^version: 1$/m, 'version: "satu"'), templateSchema);
    expect(r.value).toBeNull();
    expect(r.problems[0]).toMatchObject({ file: 'clauses/x.yaml', field: 'version' });
    expect(r.problems[0]!.line).toBe(samples.template.split('\n').findIndex((l) => l.startsWith('version:')) + 1);
  });
});
