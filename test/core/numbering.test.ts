import { describe, expect, test } from 'vitest';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { ayat, bab, bagian, bill, huruf, angka, paragraf, pasal, pasalWith, pertimbangan, dasarHukumButir, poin, rujukan, teks } from '../../src/core/build';
import { computeNumbering } from '../../src/core/numbering';
import { renderText } from '../../src/core/reading';
import { renderReference } from '../../src/core/references';
import { lintDraft } from '../../src/core/lint/lint';

const id = (n: Node): string => String(n.attrs.id);

function findPos(doc: Node, nodeId: string): { pos: number; node: Node } {
  let out: { pos: number; node: Node } | null = null;
  doc.descendants((n, pos) => {
    if (out) return false;
    if (n.attrs.id === nodeId) {
      out = { pos, node: n };
      return false;
    }
    return true;
  });
  if (!out) throw new Error(`no node ${nodeId}`);
  return out;
}

/** A bill of 3 BAB and 12 Pasal with ayat, huruf and cross-references. */
function sampleBill() {
  const p2a1 = ayat('Setiap Orang wajib melaporkan Materi KESA.');
  const p2a2h = [huruf('memblokir akses;'), huruf('menyimpan data; dan'), huruf('melapor kepada Pusat Koordinasi.')];
  const p2a2 = ayat('Penyelenggara wajib:', ...p2a2h);
  const p2a3 = ayat(teks('Kewajiban ', rujukan([id(p2a1)]), ' dilaksanakan paling lambat 24 (dua puluh empat) jam.'));
  const p2 = pasal(p2a1, p2a2, p2a3);
  const p3 = pasal(teks('Pelaporan ', rujukan([id(p2a2h[0]!)]), ' dilakukan secara elektronik.'));
  const p1 = pasal('Dalam Undang-Undang ini yang dimaksud dengan:', angka('Anak adalah seseorang yang belum berusia 18 (delapan belas) tahun.'), angka('Setiap Orang adalah orang perseorangan atau Korporasi.'));
  const mid = Array.from({ length: 7 }, (_, i) => pasal(`Setiap Orang dilarang melakukan perbuatan ${i + 4}.`));
  const p11 = pasal(teks('Setiap Orang yang melanggar larangan ', rujukan([id(mid[0]!)]), ' dipidana dengan pidana penjara paling lama 5 (lima) tahun.'));
  const p12 = pasal('Undang-Undang ini mulai berlaku pada tanggal diundangkan.');
  const a = pertimbangan('bahwa setiap Anak berhak atas pelindungan;');
  const b = pertimbangan('bahwa berdasarkan pertimbangan ', rujukan([id(a)]), ', perlu membentuk Undang-Undang tentang Uji Coba;');
  const doc = bill({
    title: 'Uji Coba',
    konsiderans: [a, b],
    dasarHukum: [dasarHukumButir('Pasal 20 dan Pasal 21 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;')],
    body: [
      bab('KETENTUAN UMUM', { role: 'ketentuan-umum' }, p1),
      bab('KEWAJIBAN', { role: 'materi' }, bagian('Pelaporan', p2, p3), bagian('Larangan', paragraf('Umum', ...mid.slice(0, 3)), paragraf('Khusus', ...mid.slice(3)))),
      bab('KETENTUAN PIDANA', { role: 'ketentuan-pidana' }, p11, p12),
    ],
  });
  return { doc, p1, p2, p2a1, p2a2, p2a2h, p2a3, p3, mid, p11, p12 };
}

describe('numbering', () => {
  test('labels follow the rules: BAB Roman, Bagian ordinal, Paragraf Arabic, Pasal continuous, ayat, huruf', () => {
    const s = sampleBill();
    const n = computeNumbering(s.doc);
    const label = (node: Node) => n.byId.get(id(node))?.label;
    expect(label(s.p1)).toBe('Pasal 1');
    expect(label(s.p2)).toBe('Pasal 2');
    expect(label(s.p3)).toBe('Pasal 3');
    expect(s.mid.map(label)).toEqual(['Pasal 4', 'Pasal 5', 'Pasal 6', 'Pasal 7', 'Pasal 8', 'Pasal 9', 'Pasal 10']);
    expect(label(s.p11)).toBe('Pasal 11');
    expect(label(s.p12)).toBe('Pasal 12');
    expect(label(s.p2a2)).toBe('(2)');
    expect(s.p2a2h.map(label)).toEqual(['a.', 'b.', 'c.']);
    const text = renderText(s.doc, { numbering: n });
    expect(text).toContain('BAB I\nKETENTUAN UMUM');
    expect(text).toContain('BAB II\nKEWAJIBAN\n\nBagian Kesatu\nPelaporan');
    expect(text).toContain('Bagian Kedua\nLarangan\n\nParagraf 1\nUmum');
    expect(text).toContain('Paragraf 2\nKhusus');
    expect(text).toContain('BAB III\nKETENTUAN PIDANA');
  });

  test('references render the current numbers in the rules\' form', () => {
    const s = sampleBill();
    const text = renderText(s.doc, { numbering: computeNumbering(s.doc) });
    expect(text).toContain('(3) Kewajiban sebagaimana dimaksud pada ayat (1) dilaksanakan');
    expect(text).toContain('Pelaporan sebagaimana dimaksud dalam Pasal 2 ayat (2) huruf a dilakukan');
    expect(text).toContain('melanggar larangan sebagaimana dimaksud dalam Pasal 4 dipidana');
    expect(text).toContain('b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu');
  });

  test('inserting, moving and deleting Pasal keeps numbers and references right', () => {
    const s = sampleBill();
    let doc = s.doc;
    // Insert a new Pasal before Pasal 2.
    const inserted = pasal('Pasal baru tentang pencegahan.');
    let tr = new Transform(doc).insert(findPos(doc, id(s.p2)).pos, inserted);
    doc = tr.doc;
    let n = computeNumbering(doc);
    expect(n.byId.get(id(inserted))?.label).toBe('Pasal 2');
    expect(n.byId.get(id(s.p2))?.label).toBe('Pasal 3');
    expect(n.byId.get(id(s.p12))?.label).toBe('Pasal 13');
    let text = renderText(doc, { numbering: n });
    expect(text).toContain('Pelaporan sebagaimana dimaksud dalam Pasal 3 ayat (2) huruf a dilakukan');
    expect(text).toContain('melanggar larangan sebagaimana dimaksud dalam Pasal 5 dipidana');

    // Move the first prohibition (referenced by the penalty) to the end of the Paragraf "Khusus".
    const target = findPos(doc, id(s.mid[0]!));
    tr = new Transform(doc).delete(target.pos, target.pos + target.node.nodeSize);
    const khusus = findPos(tr.doc, id(s.mid[6]!));
    tr.insert(khusus.pos + khusus.node.nodeSize, target.node);
    doc = tr.doc;
    n = computeNumbering(doc);
    expect(n.byId.get(id(s.mid[0]!))?.label).toBe('Pasal 11');
    text = renderText(doc, { numbering: n });
    expect(text).toContain('melanggar larangan sebagaimana dimaksud dalam Pasal 11 dipidana');

    // Delete ayat (1) of the reporting Pasal: the reference to it is reported, not silently wrong.
    const a1 = findPos(doc, id(s.p2a1));
    doc = new Transform(doc).delete(a1.pos, a1.pos + a1.node.nodeSize).doc;
    n = computeNumbering(doc);
    expect(n.byId.get(id(s.p2a2))?.label).toBe('(1)');
    text = renderText(doc, { numbering: n });
    expect(text).toContain('(2) Kewajiban [rujukan tidak ditemukan] dilaksanakan');
    const findings = lintDraft(doc, { numbering: n });
    expect(findings.filter((f) => f.rule === 'R110').map((f) => f.at)).toEqual(['Pasal 3 ayat (2)']);

    // Delete the whole referenced Pasal: the penalty's reference is flagged.
    const p4 = findPos(doc, id(s.mid[0]!));
    doc = new Transform(doc).delete(p4.pos, p4.pos + p4.node.nodeSize).doc;
    n = computeNumbering(doc);
    const f2 = lintDraft(doc, { numbering: n }).filter((f) => f.rule === 'R110');
    expect(f2.map((f) => f.at)).toContain(n.byId.get(id(s.p11))!.label);
  });

  test('amending law: Pasal I and II, restated and inserted numbers', () => {
    const restated = pasalWith({ links: [{ op: 'amends', law: 'UU-21-2007', article: 'Pasal 4' }] }, 'Teks baru Pasal 4.');
    const ins1 = pasalWith({ links: [{ op: 'inserts', law: 'UU-21-2007', after: 'Pasal 4' }], inserted: true }, 'Pasal sisipan pertama.');
    const ins2 = pasalWith({ inserted: true }, 'Pasal sisipan kedua.');
    const a1 = ayat('Ayat satu.');
    const a1a = ayat('Ayat sisipan.');
    const withAyat = pasalWith({ links: [{ op: 'amends', law: 'UU-21-2007', article: 'Pasal 6' }] }, a1, a1a, ayat('Ayat dua.'));
    const a1aNode = withAyat.child(1).type.create({ ...withAyat.child(1).attrs, inserted: true }, withAyat.child(1).content);
    const pasalVI = withAyat.type.create(withAyat.attrs, [withAyat.child(0), a1aNode, withAyat.child(2)]);
    const p1 = pasalWith({ law: 'UU-21-2007' }, poin({}, restated), poin({}, ins1, ins2), poin({}, pasalVI));
    const p2 = pasal('Undang-Undang ini mulai berlaku pada tanggal diundangkan.');
    const doc = bill({ title: 'Perubahan atas Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang', konsiderans: [pertimbangan('bahwa …;')], dasarHukum: [dasarHukumButir('…;')], body: [p1, p2], perubahan: true });
    const n = computeNumbering(doc);
    expect(n.byId.get(id(p1))?.label).toBe('Pasal I');
    expect(n.byId.get(id(p2))?.label).toBe('Pasal II');
    expect(n.byId.get(id(restated))?.label).toBe('Pasal 4');
    expect(n.byId.get(id(ins1))?.label).toBe('Pasal 4A');
    expect(n.byId.get(id(ins2))?.label).toBe('Pasal 4B');
    expect(n.byId.get(id(pasalVI))?.label).toBe('Pasal 6');
    expect(n.byId.get(id(a1aNode))?.label).toBe('(1a)');
    expect(n.byId.get(id(pasalVI.child(2)))?.label).toBe('(2)');
    const text = renderText(doc, { numbering: n });
    expect(text).toContain('Pasal I\nBeberapa ketentuan dalam');
    expect(text).toContain('1. Ketentuan Pasal 4 diubah sehingga berbunyi sebagai berikut:');
    expect(text).toContain('2. Di antara Pasal 4 dan Pasal … disisipkan 2 (dua) pasal, yakni Pasal 4A dan Pasal 4B sehingga berbunyi sebagai berikut:');
  });

  test('inserted BAB takes a letter: BAB IXA', () => {
    const babs = Array.from({ length: 9 }, (_, i) => bab(`BAB ${i + 1}`, { role: 'materi' }, pasal(`Isi ${i + 1}.`)));
    const inserted = bab('SISIPAN', { role: 'materi', inserted: true }, pasal('Isi sisipan.'));
    const doc = bill({ title: 'Uji', konsiderans: [pertimbangan('bahwa …;')], dasarHukum: [dasarHukumButir('…;')], body: [...babs, inserted, bab('TERAKHIR', { role: 'materi' }, pasal('Terakhir.'))] });
    const n = computeNumbering(doc);
    expect(n.byId.get(id(inserted))?.label).toBe('BAB IXA');
    expect(n.byId.get(id(doc.child(2).child(10)))?.label).toBe('BAB X');
  });

  test('huruf after z and a single konsiderans without a letter', () => {
    const items = Array.from({ length: 28 }, (_, i) => huruf(`unsur ${i + 1};`));
    const p = pasal('Setiap Orang wajib:', ...items);
    const doc = bill({ title: 'Uji', konsiderans: [pertimbangan('bahwa …, perlu membentuk Undang-Undang tentang Uji;')], dasarHukum: [dasarHukumButir('…;')], body: [bab('UMUM', { role: 'materi' }, p)] });
    const n = computeNumbering(doc);
    expect(n.byId.get(id(items[25]!))?.label).toBe('z.');
    expect(n.byId.get(id(items[26]!))?.label).toBe('aa.');
    expect(n.byId.get(id(items[27]!))?.label).toBe('bb.');
    expect(computeNumbering(doc, { afterZ: 'spreadsheet' }).byId.get(id(items[27]!))?.label).toBe('ab.');
    expect(n.byId.get(id(doc.child(1).child(0).child(0)))?.label).toBe('');
  });
});

describe('reference forms (R110-R113)', () => {
  const items = [huruf('a;'), huruf('b;'), huruf('c;'), huruf('d;'), huruf('e.')];
  const a1 = ayat('Satu:', ...items);
  const a2 = ayat('Dua.');
  const a4 = ayat('Empat.');
  const p5 = pasal(a1, a2, ayat('Tiga.'), a4);
  const others = Array.from({ length: 9 }, (_, i) => pasal(`Isi ${i + 6}.`));
  const doc = bill({ title: 'Uji', konsiderans: [pertimbangan('bahwa …;')], dasarHukum: [dasarHukumButir('…;')], body: [pasal('Isi 1.'), pasal('Isi 2.'), pasal('Isi 3.'), pasal('Isi 4.'), p5, ...others] });
  const n = computeNumbering(doc);
  const ids = (...nodes: Node[]) => nodes.map(id);
  test('other Pasal: dalam; same Pasal: pada', () => {
    expect(renderReference(ids(a2), [id(others[0]!)], n).text).toBe('sebagaimana dimaksud dalam Pasal 5 ayat (2)');
    expect(renderReference(ids(a2), [id(p5), id(a4)], n).text).toBe('sebagaimana dimaksud pada ayat (2)');
    expect(renderReference(ids(items[0]!), [id(p5), id(a4)], n).text).toBe('sebagaimana dimaksud pada ayat (1) huruf a');
    expect(renderReference(ids(items[0]!), [id(p5), id(a1), id(items[3]!)], n).text).toBe('sebagaimana dimaksud dalam huruf a');
  });
  test('ranges and lists', () => {
    expect(renderReference(ids(others[0]!, others[1]!, others[2]!, others[3]!), [], n).text).toBe('sebagaimana dimaksud dalam Pasal 6 sampai dengan Pasal 9');
    expect(renderReference(ids(others[0]!, others[1]!), [], n).text).toBe('sebagaimana dimaksud dalam Pasal 6 dan Pasal 7');
    expect(renderReference(ids(items[0]!, items[2]!, items[4]!), [id(p5), id(a2)], n, 'bare').text).toBe('ayat (1) huruf a, huruf c, dan huruf e');
    // R113: ayat of the same Pasal first, then other Pasal in ascending order.
    expect(renderReference(ids(others[7]!, a2, a4, others[1]!), [id(p5), id(a1)], n).text).toBe('sebagaimana dimaksud pada ayat (2), ayat (4), Pasal 7, dan Pasal 13');
  });
  test('missing targets are reported', () => {
    const r = renderReference(['gone'], [], n);
    expect(r.missing).toEqual(['gone']);
    expect(r.text).toBe('[rujukan tidak ditemukan]');
  });
});
