import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { skeletonBill } from '../../src/core/build';
import { newDraft, parseDraft, serializeDraft, describeDraftError } from '../../src/core/draft';

const now = new Date('2026-11-28T10:00:00.000Z');
const good = serializeDraft(newDraft(skeletonBill('Uji Coba'), now, ['Tim Perancang']));

function errorOf(text: string) {
  const r = parseDraft(text);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('draft file', () => {
  test('round-trips', () => {
    const r = parseDraft(good);
    expect(r.ok).toBe(true);
    if (r.ok) expect(serializeDraft(r.draft)).toBe(good);
  });

  test.each([
    ['empty', '', /empty/],
    ['truncated', good.slice(0, good.length / 2), /truncated/],
    ['not JSON', 'hello world', /not valid JSON/],
    ['an array', '[1,2]', /JSON object/],
  ])('%s file', (_name, text, re) => {
    expect(describeDraftError(errorOf(text))).toMatch(re);
  });

  test('truncated file reports a line', () => {
    const e = errorOf(good.slice(0, 400));
    expect(e.line).toBeGreaterThan(1);
  });

  test('wrong format names the field', () => {
    const e = errorOf(good.replace('"rancang-draft"', '"something-else"'));
    expect(e.field).toBe('format');
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/not a Rancang draft/);
  });

  test('newer version is refused with a clear message', () => {
    const e = errorOf(good.replace('"version": 1', '"version": 7'));
    expect(e.field).toBe('version');
    expect(e.message).toMatch(/newer Rancang/);
    expect(e.line).toBe(3);
  });

  test('wrong field type gives field and line', () => {
    const e = errorOf(good.replace(/"created": "[^"]+"/, '"created": "yesterday"'));
    expect(e.field).toBe('meta.created');
    expect(e.line).toBe(good.split('\n').findIndex((l) => l.includes('"created"')) + 1);
    expect(e.message).toMatch(/ISO 8601/);
  });

  test('a document outside the statute schema is refused', () => {
    const raw = JSON.parse(good);
    raw.doc.content[2].content[0].type = 'chapter';
    expect(describeDraftError(errorOf(JSON.stringify(raw)))).toMatch(/doc.*statute schema.*chapter/);
    const raw2 = JSON.parse(good);
    raw2.doc.content.reverse();
    expect(errorOf(JSON.stringify(raw2)).field).toBe('doc');
  });

  test('malformed links are refused', () => {
    const raw = JSON.parse(good);
    raw.doc.content[2].content[0].content[1].attrs.links = [{ op: 'rewrites', law: 'x' }];
    expect(describeDraftError(errorOf(JSON.stringify(raw)))).toMatch(/links/);
  });

  test('meta.kind must match the body', () => {
    const e = errorOf(good.replace('"kind": "new"', '"kind": "amending"'));
    expect(e.field).toBe('meta.kind');
  });

  test('missing or duplicate ids are repaired, not fatal', () => {
    const raw = JSON.parse(good);
    const pasal = raw.doc.content[2].content[0].content[1];
    const other = raw.doc.content[2].content[1].content[1];
    other.attrs.id = pasal.attrs.id;
    const r = parseDraft(JSON.stringify(raw));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.repaired.length).toBe(1);
  });

  test('random mutations never throw and either parse or give a specific error', () => {
    fc.assert(
      fc.property(fc.nat({ max: good.length - 1 }), fc.nat({ max: 40 }), fc.string({ maxLength: 6 }), (at, cut, insert) => {
        const text = good.slice(0, at) + insert + good.slice(at + cut);
        const r = parseDraft(text);
        if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
