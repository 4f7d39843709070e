// Hostile content (very long provisions, XML special characters, control
// characters, emoji, right-to-left text, an empty bill) gives valid DOCX:
// every XML part well-formed, and LibreOffice opens every file.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Transform } from 'prosemirror-transform';
import type { Node } from 'prosemirror-model';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ayat, bab, bill, dasarHukumButir, pasal, pertimbangan } from '../../src/core/build';
import { newDraft } from '../../src/core/draft';
import { indexLibrary, type LibraryIndex } from '../../src/core/library';
import { loadLibrary } from '../../src/io/library-loader';
import { insertTemplate } from '../../src/core/instantiate';
import { createProjectGap, linkClaim } from '../../src/core/project-gaps';
import { collectClauses } from '../../src/core/clauses';
import { schema } from '../../src/core/schema';
import { readLinks } from '../../src/core/links';
import { exportDraft } from '../../src/export/export-draft';
import { unzip } from './ooxml';
import { convert, hasLibreOffice, pdfText } from './libreoffice';

// The real library: hostile text must reach the redline's tracked changes, the
// checklist's tables and the matrix, not only the bill.
let lib: LibraryIndex;
beforeAll(async () => {
  lib = indexLibrary(await loadLibrary('templates'));
});
const dir = mkdtempSync(path.join(tmpdir(), 'rancang-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOSTILE = [
  'Tanda <khusus> & "kutip" \'tunggal\' ]]> <![CDATA[ x ]]> &amp; &#0;',
  'Kendali:\u0000\u0001\u0007\u000B\u000C\u001F\uFFFE\uFFFF akhir; surrogate \uD800 tunggal.',
  'Emoji 👶🏽 🧒 ✅ dan gabungan 👨‍👩‍👧.',
  'Kanan-ke-kiri: עברית العربية \u202Eterbalik\u202C selesai.',
  'Tab\tdi\ttengah dan spasi   ganda.',
];

function hostileDraft() {
  const long = Array.from({ length: 4000 }, (_, i) => `kata${i}`).join(' ') + '.';
  const doc = bill({
    title: 'Uji <Konten> & "Aneh" 👶',
    konsiderans: [pertimbangan(`bahwa ${HOSTILE[0]};`)],
    dasarHukum: [dasarHukumButir('Pasal 20 dan Pasal 21 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;')],
    body: [bab('MATERI <UJI>', { role: 'materi' }, pasal(...HOSTILE.map((h) => ayat(h))), pasal(long), pasal('Undang-Undang ini mulai berlaku pada tanggal diundangkan.'))],
  });
  // An amending clause whose restated text, and so its redline, carries the hostile strings.
  let withClause = insertTemplate(doc, lib.template('penyelarasan-ketentuan-anak')!, lib).tr.doc;
  withClause = appendToRestated(withClause, ` ${HOSTILE.join(' ')}`);
  const draft = newDraft(withClause, new Date('2026-11-28T10:00:00Z'), ['Penguji <&>']);
  const clause = collectClauses(withClause).find((c) => c.template === 'penyelarasan-ketentuan-anak')!;
  let gaps = [createProjectGap([], { title: `Celah ${HOSTILE[0]}`, statement: HOSTILE[3], severity: 'high', criteria: [{ text: HOSTILE[1]!, for: 'full' }], addedBy: 'Penguji <&>' })];
  gaps = linkClaim(gaps, gaps[0]!.id, clause.clause, gaps[0]!.criteria[0]!.id);
  return { ...draft, gaps, reviews: [{ gap: 'G24', status: 'disputed' as const, by: 'Penguji <&>', at: '2026-11-28T10:00:00.000Z', note: HOSTILE.join(' '), basis: '00000000' }] };
}

/** Appends text to the first text of the first Pasal restated as amended. */
function appendToRestated(doc: Node, text: string): Node {
  let at = -1;
  doc.descendants((n, pos) => {
    if (at >= 0) return false;
    if (n.type.name === 'pasal' && readLinks(n.attrs.links).some((l) => l.op === 'amends')) {
      n.descendants((c, p) => {
        if (at < 0 && c.type.name === 'teks') at = pos + 1 + p + 1 + c.content.size;
        return at < 0;
      });
      return false;
    }
    return true;
  });
  if (at < 0) throw new Error('no restated text');
  return new Transform(doc).insert(at, schema.text(text)).doc;
}

function wellFormed(bytes: Uint8Array): string[] {
  const bad: string[] = [];
  for (const [name, xml] of unzip(bytes)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const f = path.join(dir, 'part.xml');
    writeFileSync(f, xml);
    try {
      execFileSync('xmllint', ['--noout', f], { stdio: 'pipe' });
    } catch (e) {
      bad.push(`${name}: ${String((e as { stderr?: Buffer }).stderr ?? e).slice(0, 300)}`);
    }
  }
  return bad;
}

describe('hostile content', () => {
  test('every export is well-formed XML with the control characters removed', async () => {
    const files = await exportDraft(hostileDraft(), lib, { stem: 'hostile', author: 'Penguji <&>', date: '2026-11-28T10:00:00.000Z' });
    expect(files.map((f) => f.name).sort()).toEqual(['hostile.checklist.csv', 'hostile.checklist.docx', 'hostile.matriks.docx', 'hostile.redline.docx', 'hostile.ruu.docx']);
    for (const f of files.filter((x) => x.name.endsWith('.docx'))) {
      expect(wellFormed(f.bytes), f.name).toEqual([]);
      const xml = unzip(f.bytes).get('word/document.xml')!;
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      writeFileSync(path.join(dir, f.name), f.bytes);
    }
    const bill = unzip(files.find((f) => f.name === 'hostile.ruu.docx')!.bytes).get('word/document.xml')!;
    expect(bill).toContain('Tanda &lt;khusus&gt; &amp; &quot;kutip&quot;');
    expect(bill).toContain('👶🏽');
    expect(bill).toContain('עברית');
    // The hostile strings reach the tracked changes, the checklist and the matrix too.
    const redline = unzip(files.find((f) => f.name === 'hostile.redline.docx')!.bytes).get('word/document.xml')!;
    expect(redline).toMatch(/<w:ins\b[^>]*>(?:(?!<\/w:ins>)[\s\S])*Tanda &lt;khusus&gt;/);
    const checklist = unzip(files.find((f) => f.name === 'hostile.checklist.docx')!.bytes).get('word/document.xml')!;
    expect(checklist).toContain('Celah Tanda &lt;khusus&gt;');
    expect(checklist).toContain('👶🏽');
    const matrix = unzip(files.find((f) => f.name === 'hostile.matriks.docx')!.bytes).get('word/document.xml')!;
    expect(matrix).toContain('Tanda &lt;khusus&gt;');
  });

  test('an empty bill exports', async () => {
    const empty = newDraft(bill({ title: '', konsiderans: [pertimbangan('')], dasarHukum: [dasarHukumButir('')], body: [pasal('')] }), new Date('2026-11-28T10:00:00Z'));
    const files = await exportDraft(empty, lib, { stem: 'kosong', author: 'Penguji', date: '2026-11-28T10:00:00.000Z' });
    for (const f of files.filter((x) => x.name.endsWith('.docx'))) {
      expect(wellFormed(f.bytes), f.name).toEqual([]);
      writeFileSync(path.join(dir, f.name), f.bytes);
    }
  });

  test('LibreOffice opens every hostile export', () => {
    expect(hasLibreOffice(), 'soffice is required (.ci/run installs libreoffice-writer-nogui)').toBe(true);
    const docx = ['hostile.ruu.docx', 'hostile.redline.docx', 'hostile.checklist.docx', 'hostile.matriks.docx', 'kosong.ruu.docx', 'kosong.redline.docx'].map((n) => path.join(dir, n));
    const pdfs = convert(docx, 'pdf', dir);
    expect(pdfs.length).toBe(docx.length);
    expect(pdfText(path.join(dir, 'hostile.ruu.pdf'))).toContain('kata3999');
  });
});
