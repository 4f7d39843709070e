// Each lint rule with a passing and a failing example.
import { describe, expect, test } from 'vitest';
import type { Node } from 'prosemirror-model';
import { angka, ayat, bab, bagian, bill, dasarHukumButir, huruf, pasal, pertimbangan, rujukan, teks } from '../../src/core/build';
import { computeNumbering } from '../../src/core/numbering';
import { lintDraft } from '../../src/core/lint/lint';
import { schema } from '../../src/core/schema';
import { Transform } from 'prosemirror-transform';

const KU = () => pasal('Dalam Undang-Undang ini yang dimaksud dengan:', angka('Anak adalah seseorang yang belum berusia 18 (delapan belas) tahun.'), angka('Setiap Orang adalah orang perseorangan atau Korporasi.'));
const PENUTUP = () => pasal('Undang-Undang ini mulai berlaku pada tanggal diundangkan.');
const USE = () => pasal('Setiap Orang dilarang mengeksploitasi Anak.', );
const USE2 = () => pasal('Setiap Orang wajib melindungi Anak.');

function draft(opts: { materi?: Node[]; ku?: Node; konsiderans?: Node[]; title?: string; penutup?: Node; extraBabs?: Node[]; order?: 'normal' | 'pidanaFirst' } = {}): Node {
  const a = pertimbangan('bahwa setiap Anak berhak atas pelindungan;');
  const b = pertimbangan('bahwa berdasarkan pertimbangan ', rujukan([String(a.attrs.id)]), ', perlu membentuk Undang-Undang tentang Uji Coba;');
  const babs = [
    bab('KETENTUAN UMUM', { role: 'ketentuan-umum' }, opts.ku ?? KU()),
    bab('MATERI', { role: 'materi' }, USE(), USE2(), ...(opts.materi ?? [])),
    ...(opts.extraBabs ?? []),
    bab('KETENTUAN PENUTUP', { role: 'ketentuan-penutup' }, opts.penutup ?? PENUTUP()),
  ];
  return bill({ title: opts.title ?? 'Uji Coba', konsiderans: opts.konsiderans ?? [a, b], dasarHukum: [dasarHukumButir('Pasal 20 dan Pasal 21 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;')], body: babs, umum: ['Undang-Undang ini disusun untuk melindungi Anak dari kekerasan dan eksploitasi seksual secara daring.'] });
}

function rules(doc: Node, severity?: 'error' | 'warning'): string[] {
  return lintDraft(doc, { numbering: computeNumbering(doc) })
    .filter((f) => !severity || f.severity === severity)
    .map((f) => f.rule);
}

describe('lint', () => {
  test('a well-formed draft has no findings', () => {
    const d = draft();
    expect(lintDraft(d, { numbering: computeNumbering(d) })).toEqual([]);
  });

  const cases: [string, string, () => Node, () => Node][] = [
    ['R47', 'list conjunction after the second-to-last item', () => draft({ materi: [pasal('Setiap Orang wajib:', huruf('melapor;'), huruf('menyimpan data; dan'), huruf('bekerja sama.'))] }), () => draft({ materi: [pasal('Setiap Orang wajib:', huruf('melapor;'), huruf('menyimpan data;'), huruf('bekerja sama.'))] })],
    ['R47', 'conjunction not repeated', () => draft({ materi: [pasal('Setiap Orang wajib:', huruf('melapor;'), huruf('menyimpan data; dan'), huruf('bekerja sama.'))] }), () => draft({ materi: [pasal('Setiap Orang wajib:', huruf('melapor; dan'), huruf('menyimpan data; dan'), huruf('bekerja sama.'))] })],
    ['R46', 'items end with a semicolon', () => draft({ materi: [pasal('Setiap Orang wajib:', huruf('melapor;'), huruf('menyimpan data; dan'), huruf('bekerja sama.'))] }), () => draft({ materi: [pasal('Setiap Orang wajib:', huruf('melapor'), huruf('menyimpan data; dan'), huruf('bekerja sama.'))] })],
    ['R54', 'definitions end with a period', () => draft(), () => draft({ ku: pasal('Dalam Undang-Undang ini yang dimaksud dengan:', angka('Anak adalah seseorang yang belum berusia 18 (delapan belas) tahun;'), angka('Setiap Orang adalah orang perseorangan atau Korporasi.')) })],
    ['R53', 'definition form', () => draft(), () => draft({ ku: pasal('Dalam Undang-Undang ini yang dimaksud dengan:', angka('Anak ialah seseorang yang belum berusia 18 (delapan belas) tahun.'), angka('Setiap Orang adalah orang perseorangan atau Korporasi.')) })],
    ['R52', 'opening of Ketentuan Umum', () => draft(), () => draft({ ku: pasal('Yang dimaksud dalam Undang-Undang ini:', angka('Anak adalah seseorang yang belum berusia 18 (delapan belas) tahun.'), angka('Setiap Orang adalah orang perseorangan atau Korporasi.')) })],
    ['R41', 'empty provisions', () => draft(), () => draft({ materi: [pasal(teks())] })],
    ['R58', 'defined terms capitalised', () => draft(), () => draft({ materi: [pasal('Pelaku adalah setiap orang yang menyakiti Anak.')] })],
    ['R39', 'Pasal capitalised in references', () => draft({ materi: [pasal('Larangan sebagaimana dimaksud dalam Pasal 2 berlaku bagi Setiap Orang.')] }), () => draft({ materi: [pasal('Larangan sebagaimana dimaksud dalam pasal 2 berlaku bagi Setiap Orang.')] })],
    ['R158', 'paling instead of old forms', () => draft({ materi: [pasal('Laporan disampaikan paling lambat 3 (tiga) hari.')] }), () => draft({ materi: [pasal('Laporan disampaikan selambat-lambatnya 3 (tiga) hari.')] })],
    ['R156', 'no "antara lain" in norms', () => draft({ materi: [pasal('Setiap Orang wajib melapor.')] }), () => draft({ materi: [pasal('Setiap Orang wajib melapor antara lain kepada Kepolisian.')] })],
    ['R117', 'no informal abbreviations', () => draft(), () => draft({ materi: [pasal('Ketentuan dalam UU ITE tetap berlaku.')] })],
    ['R44', 'number words match digits', () => draft({ materi: [pasal('Laporan disampaikan paling lambat 24 (dua puluh empat) jam.')] }), () => draft({ materi: [pasal('Laporan disampaikan paling lambat 24 (dua puluh lima) jam.')] })],
    ['R76', 'no pidana kurungan', () => draft({ materi: [pasal('Setiap Orang yang melanggar dipidana dengan pidana penjara paling lama 5 (lima) tahun atau pidana denda paling banyak kategori V.')] }), () => draft({ materi: [pasal('Setiap Orang yang melanggar dipidana dengan pidana kurungan paling lama 1 (satu) tahun.')] })],
    ['R76', 'fines by category', () => draft({ materi: [pasal('Setiap Orang yang melanggar dipidana dengan pidana denda paling banyak kategori IV.')] }), () => draft({ materi: [pasal('Setiap Orang yang melanggar dipidana dengan pidana denda paling banyak Rp200.000.000,00 (dua ratus juta rupiah).')] })],
    ['R76', 'no special minimum', () => draft({ materi: [pasal('Setiap Orang yang melanggar dipidana dengan pidana penjara paling lama 5 (lima) tahun.')] }), () => draft({ materi: [pasal('Setiap Orang yang melanggar dipidana dengan pidana penjara paling singkat 1 (satu) tahun dan paling lama 5 (lima) tahun.')] })],
    ['R155', 'no blanket delegation', () => draft(), () => draft({ materi: [pasal('Hal-hal yang belum diatur dalam Undang-Undang ini diatur lebih lanjut dengan Peraturan Pemerintah.')] })],
    ['R111', 'no "Pasal ini"', () => draft(), () => draft({ materi: [pasal(ayat('Setiap Orang wajib melapor.'), ayat('Laporan sebagaimana dimaksud pada ayat (1) Pasal ini disampaikan secara tertulis.'))] })],
    ['R42', 'no single ayat', () => draft(), () => draft({ materi: [pasal(ayat('Setiap Orang wajib melapor.'))] })],
    ['R16', 'konsiderans begin with bahwa', () => draft(), () => draft({ konsiderans: [pertimbangan('setiap Anak berhak atas pelindungan;'), pertimbangan('bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Undang-Undang tentang Uji Coba;')] })],
    ['R17', 'closing konsiderans refers to every item', () => draft(), () => draft({ konsiderans: [pertimbangan('bahwa setiap Anak berhak atas pelindungan;'), pertimbangan('bahwa teknologi disalahgunakan;'), pertimbangan('bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Undang-Undang tentang Uji Coba;')] })],
    ['R5', 'no final punctuation in the title', () => draft(), () => draft({ title: 'Uji Coba.' })],
    ['R85', 'the last Pasal says when the law takes effect', () => draft(), () => draft({ penutup: pasal('Peraturan pelaksanaan ditetapkan paling lama 2 (dua) tahun.') })],
    ['R85', 'no "mulai berlaku efektif"', () => draft(), () => draft({ penutup: pasal('Undang-Undang ini mulai berlaku efektif pada tanggal diundangkan.') })],
    ['R65', 'Ketentuan Pidana before Peralihan', () => draft({ extraBabs: [bab('KETENTUAN PIDANA', { role: 'ketentuan-pidana' }, pasal('Setiap Orang yang melanggar dipidana dengan pidana denda paling banyak kategori I.')), bab('KETENTUAN PERALIHAN', { role: 'ketentuan-peralihan' }, pasal('Izin yang ada tetap berlaku.'))] }), () => draft({ extraBabs: [bab('KETENTUAN PERALIHAN', { role: 'ketentuan-peralihan' }, pasal('Izin yang ada tetap berlaku.')), bab('KETENTUAN PIDANA', { role: 'ketentuan-pidana' }, pasal('Setiap Orang yang melanggar dipidana dengan pidana denda paling banyak kategori I.'))] })],
    ['R36', 'Bagian titles in initial capitals', () => draft({ extraBabs: [bab('LAIN', { role: 'materi' }, bagian('Pelindungan Korban', pasal('Setiap Anak berhak dilindungi.')))] }), () => draft({ extraBabs: [bab('LAIN', { role: 'materi' }, bagian('pelindungan korban', pasal('Setiap Anak berhak dilindungi.')))] })],
  ];

  test.each(cases)('%s: %s', (rule, _what, good, bad) => {
    expect(rules(good())).not.toContain(rule);
    expect(rules(bad())).toContain(rule);
  });

  test('dangling references are errors (R110) and forward references warnings (R115)', () => {
    const later = pasal('Setiap Orang wajib menjaga Anak.');
    const earlier = pasal(teks('Kewajiban ', rujukan([String(later.attrs.id)]), ' berlaku bagi Setiap Orang.'));
    const doc = draft({ materi: [earlier, later] });
    expect(rules(doc, 'warning')).toContain('R115');
    let pos = -1;
    doc.descendants((n, p) => {
      if (n.attrs.id === later.attrs.id) pos = p;
      return pos < 0;
    });
    const broken = new Transform(doc).delete(pos, pos + later.nodeSize).doc;
    expect(rules(broken, 'error')).toContain('R110');
  });

  test('a sanction referring to a later Pasal is an error (R154)', () => {
    const later = pasal('Setiap Orang dilarang mengeksploitasi Anak.');
    const sanction = pasal(teks('Setiap Orang yang melanggar larangan ', rujukan([String(later.attrs.id)]), ' dipidana dengan pidana penjara paling lama 5 (lima) tahun.'));
    expect(rules(draft({ materi: [sanction, later] }), 'error')).toContain('R154');
    expect(rules(draft({ materi: [later, sanction] }), 'error')).not.toContain('R154');
  });

  test('Penjelasan: "Cukup jelas." form (R100) and quoted terms (R102)', () => {
    const doc = draft();
    const withText = (text: string) => {
      let tr = new Transform(doc);
      let target = -1;
      doc.child(4).child(1).forEach((entry, offset) => {
        if (target < 0 && offset > 0) target = offset;
      });
      const start = doc.content.size - doc.child(4).nodeSize + 1 + doc.child(4).child(0).nodeSize + 1 + target;
      const entry = doc.resolve(start).nodeAfter!;
      tr = tr.replaceWith(start + 1, start + entry.nodeSize - 1, schema.nodes.teks!.create(null, schema.text(text)));
      return tr.doc;
    };
    expect(rules(withText('cukup jelas'))).toContain('R100');
    expect(rules(withText('Yang dimaksud dengan anak adalah'))).toContain('R102');
    expect(rules(withText('Yang dimaksud dengan "Anak" adalah seseorang yang belum dewasa.'))).not.toContain('R102');
  });
});

describe('incremental lint', () => {
  test('after an edit, cached results equal a lint from scratch', () => {
    const doc = draft({ materi: [pasal('Setiap Orang wajib:', huruf('melapor;'), huruf('menyimpan data;'), huruf('bekerja sama.')), pasal('Laporan disampaikan selambat-lambatnya 3 (tiga) hari.')] });
    const numbering = computeNumbering(doc);
    lintDraft(doc, { numbering }); // warm the caches
    // Type one character at the start of the last Pasal's text: positions after it shift.
    let pos = -1;
    doc.descendants((n, p) => {
      if (n.type.name === 'teks' && n.textContent.startsWith('Laporan disampaikan')) pos = p + 1;
      return true;
    });
    const edited = new Transform(doc).insert(pos, doc.type.schema.text('X')).doc;
    const incremental = lintDraft(edited, { numbering });
    const fresh = edited.type.schema.nodeFromJSON(edited.toJSON());
    const scratch = lintDraft(fresh, { numbering: computeNumbering(fresh) });
    const strip = (fs: typeof scratch) => fs.map((f) => ({ ...f, nodeId: undefined })).sort((a, b) => `${a.rule}${a.from}${a.message}`.localeCompare(`${b.rule}${b.from}${b.message}`));
    expect(strip(incremental)).toEqual(strip(scratch));
    expect(incremental.some((f) => f.rule === 'R158')).toBe(true);
  });
});
