// The accept-all / reject-all property of the redline: accepting every tracked
// change gives exactly the proposed text, rejecting every change exactly the
// existing text, read back from the OOXML.
import { beforeAll, describe, expect, test } from 'vitest';
import { Transform } from 'prosemirror-transform';
import type { Node } from 'prosemirror-model';
import fc from 'fast-check';
import { acceptAll, buildRedline, diffText, rejectAll, type RedlineEntry } from '../../src/core/redline';
import { loadLibrary } from '../../src/io/library-loader';
import { skeletonBill } from '../../src/core/build';
import { insertTemplate } from '../../src/core/instantiate';
import { computeNumbering } from '../../src/core/numbering';
import { schema } from '../../src/core/schema';
import type { ClauseTemplate, LibraryIndex } from '../../src/core/library';
import type { ParamValue } from '../../src/core/params';
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

  test('a new wording sharing little with the old is shown replaced whole, not as word soup', () => {
    const old = 'Sidang tindak pidana perdagangan orang untuk memeriksa saksi dan/atau korban anak dilakukan dalam sidang tertutup.';
    const proposed = 'Pada setiap tahap pemeriksaan perkara, Korban dan Anak yang menjadi saksi wajib didampingi oleh pendamping dan psikolog.';
    expect(diffText(`(1) ${old}`, `(1) ${proposed}`)).toEqual([
      { type: 'equal', text: '(1) ' },
      { type: 'delete', text: old.slice(0, -1) },
      { type: 'insert', text: proposed.slice(0, -1) },
      { type: 'equal', text: '.' },
    ]);
    // Short texts are still diffed word by word.
    expect(diffText('paling lama 7 tahun', 'paling lama 9 tahun').map((x) => x.type)).toEqual(['equal', 'delete', 'insert', 'equal']);
  });

  test('an ayat number in brackets is one word', () => {
    expect(diffText('(4) Ketentuan lebih lanjut diatur dengan Peraturan Pemerintah.', '(5) Ketentuan lebih lanjut diatur dengan Peraturan Pemerintah.').slice(0, 2)).toEqual([
      { type: 'delete', text: '(4) ' },
      { type: 'insert', text: '(5) ' },
    ]);
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

describe('redline of generated drafts', () => {
  let full: LibraryIndex;
  let linking: ClauseTemplate[];
  beforeAll(async () => {
    full = indexLibrary(await loadLibrary('templates'));
    // Templates whose insertion gives the redline something to show.
    linking = full.library.templates.filter((t) => {
      const doc = insertTemplate(skeletonBill('Uji'), t, full).tr.doc;
      return buildRedline(doc, computeNumbering(doc, { lawArticles: (l) => full.law(l)?.articles }), full).length > 0;
    });
  });

  /** A value within the parameter's bounds, picked by `n`. */
  const valueOf = (t: ClauseTemplate, name: string, n: number): ParamValue => {
    const p = t.params.find((x) => x.name === name)!;
    if (p.type === 'choice') return p.options[n % p.options.length]!.value;
    return p.min + (n % (p.max - p.min + 1));
  };

  /** Appends words to the n-th text block of the bill's body: a drafter's edit of restated text. */
  const editNth = (doc: Node, n: number, words: string): Node => {
    const blocks: number[] = [];
    doc.child(2).descendants((c, pos) => {
      if (c.type.name === 'teks' && c.content.size > 0) blocks.push(pos + 1 + doc.child(0).nodeSize + doc.child(1).nodeSize + 1 + c.content.size);
    });
    return blocks.length ? new Transform(doc).insert(blocks[n % blocks.length]!, schema.text(words)).doc : doc;
  };

  test('accept all and reject all of the DOCX give the proposed and existing text of every entry', async () => {
    expect(linking.length, 'templates that amend, replace or repeal existing law').toBeGreaterThanOrEqual(12);
    const draftArb = fc.record({
      picks: fc.uniqueArray(fc.nat({ max: linking.length - 1 }), { minLength: 1, maxLength: 5 }),
      params: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      edits: fc.array(fc.record({ at: fc.nat(), words: fc.constantFrom(' dan Pasal 5', ' <&> "uji"', ' paling lama 7 (tujuh) tahun', ' 👶') }), { maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(draftArb, async ({ picks, params, edits }) => {
        let doc = skeletonBill('Uji');
        for (const i of picks) {
          const t = linking[i]!;
          const chosen = Object.fromEntries(t.params.map((p, k) => [p.name, valueOf(t, p.name, params[k % params.length]!)]));
          doc = insertTemplate(doc, t, full, { params: chosen }).tr.doc;
        }
        for (const e of edits) doc = editNth(doc, e.at, e.words);
        const entries = buildRedline(doc, computeNumbering(doc, { lawArticles: (l) => full.law(l)?.articles }), full);
        expect(entries.length).toBeGreaterThan(0);
        for (const e of entries) {
          expect(acceptAll(e.segments), `${e.law} ${e.article}`).toBe(e.proposed);
          expect(rejectAll(e.segments), `${e.law} ${e.article}`).toBe(e.existing);
        }
        const bytes = await exportRedline(entries, full, { billTitle: 'Uji', author: 'Penguji', date: '2026-11-28T10:00:00.000Z' });
        const gs = groups(paragraphs(unzip(bytes).get('word/document.xml')!));
        expect(gs.length).toBe(entries.length);
        gs.forEach((g, i) => {
          expect(resolve(g, 'accept')).toBe(entries[i]!.proposed);
          expect(resolve(g, 'reject')).toBe(entries[i]!.existing);
        });
      }),
      { numRuns: 60 },
    );
  }, 300_000);
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
