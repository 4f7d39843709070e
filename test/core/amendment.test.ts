// Amendment instructions name what a restated Pasal changes in the Pasal in
// force, ayat by ayat, in the forms of Lampiran II items 233-236: some ayat
// amended, ayat inserted between two others, ayat added at the end, an ayat
// repealed, and their combinations; a Pasal without ayat is amended whole.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/io/library-loader';
import { indexLibrary, type LibraryIndex } from '../../src/core/library';
import { skeletonBill } from '../../src/core/build';
import { insertTemplate } from '../../src/core/instantiate';
import { computeNumbering } from '../../src/core/numbering';
import { renderText } from '../../src/core/reading';

let idx: LibraryIndex;
beforeAll(async () => {
  idx = indexLibrary(await loadLibrary('templates'));
});

/** The instructions printed for the amendment points of the templates, in order. */
function instructions(...ids: string[]): string[] {
  let doc = skeletonBill('Uji');
  for (const id of ids) doc = insertTemplate(doc, idx.template(id)!, idx).tr.doc;
  const text = renderText(doc, { numbering: computeNumbering(doc, { lawArticles: (l) => idx.law(l)?.articles }), lib: idx });
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /berikut:$|dihapus\.$/.test(l) && !l.startsWith('Beberapa ketentuan'))
    .map((l) => l.replace(/^\d+\. /, '').replace(/ dalam Undang-Undang Nomor [^)]*\)(?: sebagaimana[^)]*\))*/, ''));
}

describe('amendment instructions from the text in force', () => {
  test('only some ayat amended: "Ketentuan ayat (1) Pasal 71D diubah sehingga berbunyi sebagai berikut:"', () => {
    expect(instructions('pemulihan-korban')).toContain('Ketentuan ayat (1) Pasal 71D diubah sehingga berbunyi sebagai berikut:');
  });

  test('an ayat inserted between two in force: "Di antara ayat (2) dan ayat (3) Pasal 16A disisipkan 1 (satu) ayat, yakni ayat (2a) …"', () => {
    expect(instructions('keselamatan-anak-platform')).toContain('Di antara ayat (2) dan ayat (3) Pasal 16A disisipkan 1 (satu) ayat, yakni ayat (2a) sehingga Pasal 16A berbunyi sebagai berikut:');
  });

  test('amended and inserted ayat in one instruction, with "serta" before the last of three', () => {
    expect(instructions('restitusi-dana-korban')).toContain(
      'Ketentuan ayat (2) Pasal 35 diubah, di antara ayat (1) dan ayat (2) disisipkan 1 (satu) ayat, yakni ayat (1a), serta di antara ayat (3) dan ayat (4) disisipkan 1 (satu) ayat, yakni ayat (3a) sehingga Pasal 35 berbunyi sebagai berikut:',
    );
  });

  test('an ayat added after the last one: "… diubah dan ditambah 1 (satu) ayat, yakni ayat (3) …"', () => {
    expect(instructions('materi-kesa')).toContain('Ketentuan ayat (1) Pasal 4 diubah dan ditambah 1 (satu) ayat, yakni ayat (3) sehingga Pasal 4 berbunyi sebagai berikut:');
  });

  test('an ayat repealed: "Pasal 52 ayat (1) dihapus sehingga Pasal 52 berbunyi sebagai berikut:"; a Pasal without ayat is amended whole', () => {
    const got = instructions('penyelarasan-ketentuan-anak');
    expect(got).toContain('Pasal 52 ayat (1) dihapus sehingga Pasal 52 berbunyi sebagai berikut:');
    // Pasal 11 UU 44/2008 has no ayat in force: the restatement (two ayat) amends it as a whole.
    expect(got).toContain('Ketentuan Pasal 11 diubah sehingga berbunyi sebagai berikut:');
  });
});
