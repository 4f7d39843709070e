// The accept-all / reject-all property of the redline: accepting every tracked
// change gives exactly the proposed text, rejecting every change exactly the
// existing text, read back from the OOXML.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { acceptAll, diffText, rejectAll, type RedlineEntry } from '../../src/core/redline';
import { exportRedline, REDLINE_STYLE } from '../../src/export/redline';
import { indexLibrary, type Library } from '../../src/core/library';
import { paragraphs, resolve, unzip, type Para } from './ooxml';

const emptyLibrary: Library = { templates: [], gaps: [], chapters: [], terms: [], laws: [], corpus: [], kategori: [], starters: [] };
const lib = indexLibrary(emptyLibrary);

const word = fc.oneof(
  fc.constantFrom('Setiap', 'Orang', 'wajib', 'dilarang', 'Anak', 'Pasal', '5', 'ayat', '(1)', 'huruf', 'a.', ';', 'dan', 'atau', 'paling', 'lama', '24', '(dua', 'puluh', 'empat)', 'jam.', 'Sistem', 'Elektronik', 'Materi', 'KESA', '&', '<tag>', '"kutip"', "'", 'ünïcödé', '👶', 'עברית', 'العربية'),
  fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !/[\n\r\u0000-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/.test(s) && s.trim() === s && s !== ''),
);
const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
const textArb = fc.array(line, { minLength: 1, maxLength: 5 }).map((ls) => ls.join('\n'));

type Edit = { kind: 'replace' | 'insert' | 'delete' | 'newline' | 'join'; at: number; w: string };
const editArb: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('replace', 'insert', 'delete', 'newline', 'join'), at: fc.nat(), w: word });

function edit(text: string, edits: readonly Edit[]): string {
  let tokens = text.split(/( |\n)/);
  for (const e of edits) {
    const i = tokens.length ? e.at % tokens.length : 0;
    if (e.kind === 'replace' && tokens[i] !== ' ' && tokens[i] !== '\n') tokens[i] = e.w;
    else if (e.kind === 'insert') tokens.splice(i, 0, e.w, ' ');
    else if (e.kind === 'delete' && tokens.length > 2) tokens.splice(i, 1);
    else if (e.kind === 'newline' && tokens[i] === ' ') tokens[i] = '\n';
    else if (e.kind === 'join' && tokens[i] === '\n') tokens[i] = ' ';
  }
  tokens = tokens.filter((t) => t !== '');
  return tokens.join('');
}

const pairArb = textArb.chain((old) => fc.array(editArb, { maxLength: 12 }).map((edits) => ({ old, proposed: edit(old, edits) })));

function entry(existing: string, proposed: string, i: number): RedlineEntry {
  return { law: 'UU-1-2000', article: `Pasal ${i + 1}`, op: 'amends', existing, proposed, segments: diffText(existing, proposed), provision: null, status: null, basis: 'text', notes: [], nodeId: `n${i}`, billLabel: `Pasal ${i + 10}`, gaps: i % 2 ? ['G01'] : [] };
}

/** Groups the tracked paragraphs of each provision. */
function groups(paras: readonly Para[]): Para[][] {
  const out: Para[][] = [];
  let cur: Para[] | null = null;
  for (const p of paras) {
    if (p.style === REDLINE_STYLE) {
      if (!cur) out.push((cur = []));
      cur.push(p);
    } else cur = null;
  }
  return out;
}

describe('word diff', () => {
  test('accept all gives the new text, reject all the old, exactly', () => {
    fc.assert(
      fc.property(pairArb, ({ old, proposed }) => {
        const segs = diffText(old, proposed);
        expect(acceptAll(segs)).toBe(proposed);
        expect(rejectAll(segs)).toBe(old);
      }),
      { numRuns: 3000 },
    );
  });

  test('small alternating changes read as phrases, not character soup', () => {
    const segs = diffText('dipidana dengan pidana penjara paling singkat 3 (tiga) tahun dan paling lama 15 (lima belas) tahun', 'dipidana dengan pidana penjara paling lama 15 (lima belas) tahun');
    expect(segs.filter((s) => s.type !== 'equal').length).toBeLessThanOrEqual(2);
    const segs2 = diffText('a b c d e f', 'x b y d z f');
    expect(segs2.map((s) => s.type)).toEqual(['delete', 'insert', 'equal']);
  });

  test('a word keeps its identity whether or not a space follows it', () => {
    // The last word of a growing sentence is not deleted and inserted again.
    expect(diffText('oleh Kepolisian', 'oleh Kepolisian Negara Republik Indonesia.')).toEqual([
      { type: 'equal', text: 'oleh Kepolisian' },
      { type: 'insert', text: ' Negara Republik Indonesia.' },
    ]);
    // A word removed from the end leaves the word before it untouched.
    expect(diffText('paling lama 6 (enam) bulan dan', 'paling lama 6 (enam) bulan')).toEqual([
      { type: 'equal', text: 'paling lama 6 (enam) bulan' },
      { type: 'delete', text: ' dan' },
    ]);
  });
});

describe('redline DOCX', () => {
  test('accept-all and reject-all read back from the OOXML give the proposed and existing texts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pairArb, { minLength: 1, maxLength: 6 }), async (pairs) => {
        const entries = pairs.map((p, i) => entry(p.old, p.proposed, i));
        const bytes = await exportRedline(entries, lib, { billTitle: 'Uji', author: 'Penguji', date: '2026-11-28T10:00:00.000Z' });
        const xml = unzip(bytes).get('word/document.xml')!;
        const gs = groups(paragraphs(xml));
        expect(gs.length).toBe(entries.length);
        gs.forEach((g, i) => {
          expect(resolve(g, 'accept')).toBe(entries[i]!.proposed);
          expect(resolve(g, 'reject')).toBe(entries[i]!.existing);
        });
        // Revision ids are unique, every w:delText sits inside a w:del.
        const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
        const withoutDel = xml.replace(/<w:del\b[\s\S]*?<\/w:del>/g, '');
        expect(withoutDel).not.toMatch(/<w:delText/);
      }),
      { numRuns: 60 },
    );
  });

  test('tracked changes carry author and date; comments name the gaps', async () => {
    const bytes = await exportRedline([entry('Setiap Orang wajib melapor.', 'Setiap Orang wajib melapor paling lambat 24 (dua puluh empat) jam.', 1)], lib, { billTitle: 'Uji', author: 'Tim Perancang', date: '2026-11-28T10:00:00.000Z' });
    const files = unzip(bytes);
    const xml = files.get('word/document.xml')!;
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Tim Perancang" w:date="2026-11-28T10:00:00(\.000)?Z">/);
    expect(files.get('word/comments.xml')).toContain('Menutup celah: G01');
    expect(files.get('word/settings.xml')).toContain('<w:trackRevisions/>');
  });
});
