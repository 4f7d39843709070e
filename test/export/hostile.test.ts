// Hostile content (very long provisions, XML special characters, control
// characters, emoji, right-to-left text, an empty bill) gives valid DOCX:
// every XML part well-formed, and LibreOffice opens every file.
import { afterAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ayat, bab, bill, dasarHukumButir, pasal, pertimbangan } from '../../src/core/build';
import { newDraft } from '../../src/core/draft';
import { indexLibrary, type Library } from '../../src/core/library';
import { exportDraft } from '../../src/export/export-draft';
import { unzip } from './ooxml';
import { convert, hasLibreOffice, pdfText } from './libreoffice';

const lib = indexLibrary({ templates: [], gaps: [], chapters: [], terms: [], laws: [], corpus: [], kategori: [], starters: [] } satisfies Library);
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
  return newDraft(doc, new Date('2026-11-28T10:00:00Z'), ['Penguji <&>']);
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
