// Every drafting rule the lint emits (drafting-rules.md, R-numbers), each with
// a small draft that keeps the rule and one that breaks it: the breach is
// reported with its rule, severity and place ("Pasal 4 ayat (2)"), the draft
// that keeps it gets no finding of that rule. The table must name every rule id
// the lint sources can emit, so a new rule without an example fails here.
// (test/core/lint.test.ts has other examples of some of these rules.)
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { angka, ayat, bab, bagian, bill, dasarHukumButir, huruf, paragraf, pasal, pasalWith, pertimbangan, poin, rujukan, teks } from '../../src/core/build';
import { computeNumbering } from '../../src/core/numbering';
import { lintDraft } from '../../src/core/lint/lint';
import type { Finding, Severity } from '../../src/core/lint/finding';
import { syncPenjelasan } from '../../src/core/penjelasan';
import { schema } from '../../src/core/schema';
import { indexLibrary, type LibraryIndex } from '../../src/core/library';
import { loadLibrary } from '../../src/io/library-loader';

let lib: LibraryIndex;

beforeAll(async () => {
  lib = indexLibrary(await loadLibrary(fileURLToPath(new URL('../../templates', import.meta.url))));
});

/** Lints as the application does: numbering knows the Pasal of the amended laws, the library is loaded. */
function lint(doc: Node): Finding[] {
  doc.check();
  const numbering = computeNumbering(doc, { lawArticles: (law) => lib.law(law)?.articles });
  return lintDraft(doc, { numbering, lib });
}

const id = (n: Node): string => String(n.attrs.id);

// ------------------------------------------------------------------ the draft

const TITLE = 'Pelindungan Anak dari Eksploitasi Seksual Daring';

const FILOSOFIS = 'bahwa setiap Anak berhak atas kelangsungan hidup, tumbuh, dan berkembang serta berhak atas pelindungan dari kekerasan dan diskriminasi sebagaimana dijamin dalam Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;';
const SOSIOLOGIS = 'bahwa penyalahgunaan teknologi informasi untuk melakukan eksploitasi seksual terhadap anak semakin meningkat dan melintasi batas negara;';
const YURIDIS = 'bahwa peraturan perundang-undangan yang ada belum mengatur pelindungan anak dari eksploitasi seksual secara daring secara komprehensif;';

/** Menimbang: the given items, then the closing item of R17 referring to each of them. */
function menimbang(items: readonly string[], name = TITLE): Node[] {
  const nodes = items.map((t) => pertimbangan(t));
  return [...nodes, pertimbangan('bahwa berdasarkan pertimbangan ', rujukan(nodes.map(id)), `, perlu membentuk Undang-Undang tentang ${name};`)];
}

const UUD = 'Pasal 20 dan Pasal 21 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;';
const UU_PA =
  'Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak (Lembaran Negara Republik Indonesia Tahun 2002 Nomor 109, Tambahan Lembaran Negara Republik Indonesia Nomor 4235) sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 17 Tahun 2016 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak Menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2016 Nomor 237, Tambahan Lembaran Negara Republik Indonesia Nomor 5946);';

const KU_OPENING = 'Dalam Undang-Undang ini yang dimaksud dengan:';
const DEF_ANAK = 'Anak adalah seseorang yang belum berusia 18 (delapan belas) tahun, termasuk anak yang masih dalam kandungan.';
const DEF_SETIAP_ORANG = 'Setiap Orang adalah orang perseorangan atau korporasi.';
/** Pasal 1: Ketentuan Umum. */
const ku = (...more: Node[]): Node => pasal(KU_OPENING, angka(DEF_ANAK), angka(DEF_SETIAP_ORANG), ...more);

/** Pasal 2 and Pasal 3: each defined term used twice (R55). */
const LARANGAN = (): Node => pasal('Setiap Orang dilarang melakukan eksploitasi seksual terhadap Anak.');
const KEWAJIBAN = (): Node => pasal('Setiap Orang yang mengetahui terjadinya eksploitasi seksual terhadap Anak wajib melaporkannya kepada Kepolisian Negara Republik Indonesia.');
const MULAI_BERLAKU = (): Node => pasal('Undang-Undang ini mulai berlaku pada tanggal diundangkan.');

const UMUM =
  'Negara menjamin hak setiap anak atas pelindungan dari kekerasan dan diskriminasi. Perkembangan teknologi informasi telah dimanfaatkan untuk melakukan eksploitasi seksual terhadap anak secara daring, sehingga diperlukan pengaturan yang menyeluruh mengenai pencegahan, penanganan, dan pemulihan.';

const kuBab = (p: Node = ku()): Node => bab('KETENTUAN UMUM', { role: 'ketentuan-umum' }, p);
const materiBab = (...more: Node[]): Node => bab('PELINDUNGAN ANAK', { role: 'materi' }, LARANGAN(), KEWAJIBAN(), ...more);
const penutupBab = (...p: Node[]): Node => bab('KETENTUAN PENUTUP', { role: 'ketentuan-penutup' }, ...(p.length ? p : [MULAI_BERLAKU()]));

const PIDANA_TEXT = 'Setiap Orang yang melanggar larangan sebagaimana dimaksud dalam Pasal 2 dipidana dengan pidana penjara paling lama 15 (lima belas) tahun atau pidana denda paling banyak kategori VII.';
const pidanaBab = (...p: Node[]): Node => bab('KETENTUAN PIDANA', { role: 'ketentuan-pidana' }, ...(p.length ? p : [pasal(PIDANA_TEXT)]));
const PERALIHAN_TEXT =
  'Pada saat Undang-Undang ini mulai berlaku, perkara eksploitasi seksual terhadap Anak yang sedang dalam proses penyidikan, penuntutan, atau pemeriksaan di sidang pengadilan tetap diperiksa berdasarkan ketentuan peraturan perundang-undangan yang berlaku sebelum Undang-Undang ini diundangkan.';
const peralihanBab = (...p: Node[]): Node => bab('KETENTUAN PERALIHAN', { role: 'ketentuan-peralihan' }, ...(p.length ? p : [pasal(PERALIHAN_TEXT)]));
const penyidikanBab = (): Node =>
  bab(
    'PENYIDIKAN',
    { role: 'penyidikan' },
    pasal(
      'Selain penyidik pejabat Kepolisian Negara Republik Indonesia, pejabat pegawai negeri sipil tertentu di lingkungan kementerian yang menyelenggarakan urusan pemerintahan di bidang komunikasi dan informatika diberi wewenang khusus sebagai penyidik untuk melakukan penyidikan tindak pidana sebagaimana dimaksud dalam Undang-Undang ini.',
    ),
  );
const lainBab = (): Node =>
  bab(
    'KETENTUAN LAIN-LAIN',
    { role: 'ketentuan-lain' },
    pasal('Pelindungan Anak dari eksploitasi seksual yang dilakukan di luar wilayah Negara Kesatuan Republik Indonesia dilaksanakan melalui kerja sama internasional sesuai dengan ketentuan peraturan perundang-undangan.'),
  );

interface DraftSpec {
  readonly title?: string;
  readonly konsiderans?: Node[];
  readonly dasarHukum?: Node[];
  /** Pasal 1. */
  readonly ku?: Node;
  /** Pasal added to BAB II after Pasal 2 and Pasal 3, so numbered from Pasal 4. */
  readonly materi?: Node[];
  /** BAB between BAB II and KETENTUAN PENUTUP. */
  readonly babs?: Node[];
  /** Pasal of KETENTUAN PENUTUP; default: entry into force on promulgation. */
  readonly penutup?: Node[];
  /** The whole batang tubuh, instead of the above. */
  readonly body?: Node[];
  readonly umum?: string[];
}

/**
 * A small, correct bill: BAB I KETENTUAN UMUM (Pasal 1 defines Anak and Setiap
 * Orang), BAB II with Pasal 2 (a prohibition) and Pasal 3 (a duty to report),
 * what the spec adds, and KETENTUAN PENUTUP.
 */
function draft(spec: DraftSpec = {}): Node {
  const body = spec.body ?? [kuBab(spec.ku), materiBab(...(spec.materi ?? [])), ...(spec.babs ?? []), penutupBab(...(spec.penutup ?? []))];
  return bill({
    title: spec.title ?? TITLE,
    konsiderans: spec.konsiderans ?? menimbang([FILOSOFIS, SOSIOLOGIS, YURIDIS]),
    dasarHukum: spec.dasarHukum ?? [dasarHukumButir(UUD)],
    body,
    umum: spec.umum ?? [UMUM],
  });
}

/** The draft with the Penjelasan of `target` replaced: strings become text, nodes are penjelasanButir. */
function explain(doc: Node, target: Node, ...content: (string | Node)[]): Node {
  const entry = schema.nodes.penjelasanPasal!.create({ target: id(target) }, content.map((c) => (typeof c === 'string' ? teks(c) : c)));
  return syncPenjelasan(doc, new Map([[id(target), entry]])).doc;
}

/** The Penjelasan of one ayat or item ("Ayat (2)", "Huruf a"). */
const butir = (target: Node | string, text: string): Node => schema.nodes.penjelasanButir!.create({ target: typeof target === 'string' ? target : id(target) }, teks(text));

function positionOf(doc: Node, pred: (n: Node) => boolean): { node: Node; pos: number } {
  let found: { node: Node; pos: number } | null = null;
  doc.descendants((n, pos) => {
    if (found) return false;
    if (pred(n)) found = { node: n, pos };
    return !found;
  });
  if (!found) throw new Error('node not found');
  return found;
}

/** Deletes a provision as the editor does, without touching what refers to it. */
function remove(doc: Node, node: Node): Node {
  const at = positionOf(doc, (n) => n.attrs.id === id(node));
  return new Transform(doc).delete(at.pos, at.pos + at.node.nodeSize).doc;
}

/** Points the Penjelasan entry of `target` at a Pasal that no longer exists (an entry left behind by a deletion). */
function orphanPenjelasan(doc: Node, target: Node): Node {
  const at = positionOf(doc, (n) => n.type.name === 'penjelasanPasal' && n.attrs.target === id(target));
  return new Transform(doc).setNodeMarkup(at.pos, undefined, { ...at.node.attrs, target: 'pasal-yang-dihapus' }).doc;
}

// ------------------------------------------------------------- amending Pasal

/** A Pasal of the bill amending `law` (R162), one amendment point per group of restated Pasal. */
const amending = (law: string, ...points: Node[][]): Node => pasalWith({ law }, ...points.map((restated) => poin({}, ...restated)));
const perubahanBab = (p: Node): Node => bab('PERUBAHAN ATAS UNDANG-UNDANG TERKAIT', { role: 'perubahan' }, p);
const amends = (law: string, article: string, ...content: (string | Node)[]): Node => pasalWith({ links: [{ op: 'amends', law, article }] }, ...content);
const inserts = (law: string, after: string, ...content: (string | Node)[]): Node => pasalWith({ links: [{ op: 'inserts', law, after }], inserted: true }, ...content);

/** UU 21/2007 Pasal 4, with the penalty as adjusted by UU 1/2026 and the online conduct added. */
const TPPO_4 = (): Node =>
  amends(
    'UU-21-2007',
    'Pasal 4',
    'Setiap orang yang membawa warga negara Indonesia ke luar wilayah negara Republik Indonesia, baik secara langsung maupun melalui sistem elektronik, dengan maksud untuk dieksploitasi di luar wilayah negara Republik Indonesia dipidana dengan pidana penjara paling lama 15 (lima belas) tahun dan/atau pidana denda paling banyak kategori VII.',
  );
const TPPO_4A_TEXT = 'Setiap orang yang memesan, membayar, atau menonton siaran langsung eksploitasi seksual terhadap anak melalui sistem elektronik dipidana dengan pidana penjara paling lama 15 (lima belas) tahun dan/atau pidana denda paling banyak kategori VII.';

// ------------------------------------------------------------------- the table

interface RuleCase {
  readonly rule: string;
  /** What the two examples show. */
  readonly name: string;
  readonly severity: Severity;
  /** Where the finding is, as a drafter says it. */
  readonly at: string;
  /** A draft that keeps the rule. */
  readonly pass: () => Node;
  /** A draft that breaks it. */
  readonly fail: () => Node;
  /** What the message of that finding must say, when it quotes the draft. */
  readonly says?: RegExp;
}

const KOORDINASI = [
  ...[
    'kebudayaan',
    'komunikasi dan informatika',
    'hukum',
    'hak asasi manusia',
    'luar negeri',
    'dalam negeri',
    'pendidikan',
    'kesehatan',
    'sosial',
    'agama',
    'keuangan',
    'perdagangan',
    'pariwisata',
    'ketenagakerjaan',
    'perhubungan',
    'ekonomi kreatif',
    'kepemudaan',
    'desa',
    'kependudukan',
    'perencanaan pembangunan nasional',
  ].map((b) => `kementerian yang menyelenggarakan urusan pemerintahan di bidang ${b}`),
  'Kepolisian Negara Republik Indonesia',
  'Kejaksaan Republik Indonesia',
  'Badan Siber dan Sandi Negara',
  'Pusat Pelaporan dan Analisis Transaksi Keuangan',
  'Komisi Perlindungan Anak Indonesia',
  'Lembaga Perlindungan Saksi dan Korban',
  'Komisi Penyiaran Indonesia',
];

/** "Pusat koordinasi nasional terdiri atas unsur: a. …; …; dan z. …." with the first n members. */
function koordinasi(n: number): Node {
  const items = KOORDINASI.slice(0, n).map((m, i) => huruf(`${m}${i === n - 2 ? '; dan' : i === n - 1 ? '.' : ';'}`));
  return pasal('Pusat koordinasi nasional terdiri atas unsur:', ...items);
}

// Branches of the lint that no valid document reaches, so not in the table:
// - R46 "more than 4 levels": the schema stops at angkaKurung (level 4), whose content is text only;
// - R132 "Id ganda …" (a numbering problem): ids are made unique when a draft is parsed (ensureIds in
//   src/core/draft.ts) and after every edit (src/editor/maintenance.ts).
const CASES: readonly RuleCase[] = [
  // ---------------------------------------------------------------- judul
  { rule: 'R5', name: 'the nama ends without punctuation', severity: 'error', at: 'dokumen', pass: () => draft(), fail: () => draft({ title: `${TITLE}.` }) },
  { rule: 'R7', name: 'the nama is not left empty', severity: 'error', at: 'dokumen', pass: () => draft(), fail: () => draft({ title: '' }) },
  {
    rule: 'R7',
    name: 'the nama is one short phrase',
    severity: 'warning',
    at: 'dokumen',
    pass: () => draft(),
    fail: () => draft({ title: 'Pelindungan Anak dari Kekerasan dan Eksploitasi Seksual yang Dilakukan melalui Sistem Elektronik dan Jaringan Internet' }),
  },
  { rule: 'R8', name: 'no acronym after the nama', severity: 'warning', at: 'dokumen', pass: () => draft(), fail: () => draft({ title: `${TITLE} (OSAEC)` }) },

  // ---------------------------------------------------------- konsiderans
  {
    rule: 'R15',
    name: 'at most 2 considerations per element: 6 and the closing item',
    severity: 'warning',
    at: 'Menimbang huruf a',
    pass: () => draft({ konsiderans: menimbang(MENIMBANG_7.slice(0, 6)) }),
    fail: () => draft({ konsiderans: menimbang(MENIMBANG_7) }),
  },
  {
    rule: 'R16',
    name: 'each consideration ends with a semicolon',
    severity: 'error',
    at: 'Menimbang huruf a',
    pass: () => draft(),
    fail: () => draft({ konsiderans: menimbang([FILOSOFIS.replace(/;$/, '.'), SOSIOLOGIS, YURIDIS]) }),
  },
  {
    rule: 'R17',
    name: 'the closing item has the form of item 23',
    severity: 'error',
    at: 'Menimbang huruf d',
    pass: () => draft(),
    fail: () => draft({ konsiderans: [pertimbangan(FILOSOFIS), pertimbangan(SOSIOLOGIS), pertimbangan(YURIDIS), pertimbangan(`bahwa untuk itu perlu membentuk Undang-Undang tentang ${TITLE};`)] }),
  },
  {
    rule: 'R17',
    name: 'the closing item names this law',
    severity: 'warning',
    at: 'Menimbang huruf d',
    pass: () => draft(),
    fail: () => draft({ konsiderans: menimbang([FILOSOFIS, SOSIOLOGIS, YURIDIS], 'Pelindungan Anak') }),
  },
  {
    rule: 'R39',
    name: '"Pasal" is capitalised in a reference, in the konsiderans too',
    severity: 'error',
    at: 'Menimbang huruf a',
    pass: () => draft({ konsiderans: menimbang([FILOSOFIS.replace('dijamin dalam', 'dijamin dalam Pasal 28B ayat (2)'), SOSIOLOGIS, YURIDIS]) }),
    fail: () => draft({ konsiderans: menimbang([FILOSOFIS.replace('dijamin dalam', 'dijamin dalam pasal 28B ayat (2)'), SOSIOLOGIS, YURIDIS]) }),
  },
  {
    rule: 'R41',
    name: 'no empty consideration',
    severity: 'error',
    at: 'Menimbang huruf b',
    pass: () => draft(),
    fail: () => draft({ konsiderans: menimbang([FILOSOFIS, '', YURIDIS]) }),
  },

  // ----------------------------------------------------------- dasar hukum
  {
    rule: 'R22',
    name: 'the UUD is cited in full',
    severity: 'error',
    at: 'Mengingat',
    pass: () => draft(),
    fail: () => draft({ dasarHukum: [dasarHukumButir('Pasal 20 dan Pasal 21 UUD 1945;')] }),
  },
  {
    rule: 'R26',
    name: 'each basis ends with a semicolon',
    severity: 'error',
    at: 'Mengingat angka 2',
    pass: () => draft({ dasarHukum: [dasarHukumButir(UUD), dasarHukumButir(UU_PA)] }),
    fail: () => draft({ dasarHukum: [dasarHukumButir(UUD), dasarHukumButir(UU_PA.replace(/;$/, '.'))] }),
  },

  // ------------------------------------------------- order of the chapters
  {
    rule: 'R31',
    name: 'materi pokok comes before the ketentuan pidana',
    severity: 'error',
    at: 'BAB IV',
    pass: () => draft({ body: [kuBab(), materiBab(), hakKorbanBab(), pidanaBab(), penutupBab()] }),
    fail: () => draft({ body: [kuBab(), materiBab(), pidanaBab(), hakKorbanBab(), penutupBab()] }),
  },
  {
    rule: 'R49',
    name: 'ketentuan umum is BAB I',
    severity: 'error',
    at: 'BAB II',
    pass: () => draft(),
    fail: () => draft({ body: [materiBab(), kuBab(), penutupBab()] }),
  },
  {
    rule: 'R62',
    name: 'PENYIDIKAN stands just before KETENTUAN PIDANA',
    severity: 'warning',
    at: 'BAB III',
    pass: () => draft({ body: [kuBab(), materiBab(), lainBab(), penyidikanBab(), pidanaBab(), penutupBab()] }),
    fail: () => draft({ body: [kuBab(), materiBab(), penyidikanBab(), lainBab(), pidanaBab(), penutupBab()] }),
  },
  {
    rule: 'R65',
    name: 'KETENTUAN PIDANA comes before KETENTUAN PENUTUP',
    severity: 'error',
    at: 'BAB IV',
    pass: () => draft({ body: [kuBab(), materiBab(), pidanaBab(), penutupBab()] }),
    fail: () => draft({ body: [kuBab(), materiBab(), penutupBab(), pidanaBab()] }),
  },
  {
    rule: 'R78',
    name: 'KETENTUAN PERALIHAN comes before KETENTUAN PENUTUP',
    severity: 'error',
    at: 'BAB IV',
    pass: () => draft({ body: [kuBab(), materiBab(), peralihanBab(), penutupBab()] }),
    fail: () => draft({ body: [kuBab(), materiBab(), penutupBab(), peralihanBab()] }),
  },
  {
    rule: 'R80',
    name: 'the last chapter is KETENTUAN PENUTUP',
    severity: 'error',
    at: 'BAB III',
    pass: () => draft({ body: [kuBab(), materiBab(), peralihanBab(), penutupBab()] }),
    fail: () => draft({ body: [kuBab(), materiBab(), peralihanBab(pasal(PERALIHAN_TEXT), MULAI_BERLAKU())] }),
  },

  // ------------------------------------------------ BAB, Bagian, Paragraf
  {
    rule: 'R35',
    name: 'a BAB has a title',
    severity: 'error',
    at: 'BAB III',
    pass: () => draft({ babs: [hakKorbanBab()] }),
    fail: () => draft({ babs: [hakKorbanBab('')] }),
  },
  {
    rule: 'R36',
    name: 'a Bagian has a title; particles stay lower case',
    severity: 'error',
    at: 'Bagian Kesatu',
    pass: () => draft({ babs: [hakKorbanBab()] }),
    fail: () => draft({ babs: [hakKorbanBab('HAK KORBAN', '')] }),
  },
  {
    rule: 'R37',
    name: 'every word of a Paragraf title but particles is capitalised',
    severity: 'warning',
    at: 'Paragraf 1',
    pass: () => draft({ babs: [pencegahanBab('Kewajiban Penyelenggara Sistem Elektronik')] }),
    fail: () => draft({ babs: [pencegahanBab('Kewajiban penyelenggara Sistem Elektronik')] }),
  },

  // -------------------------------------------------------- Pasal and ayat
  {
    rule: 'R41',
    name: 'no "…" left to fill in',
    severity: 'warning',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal(TAKEDOWN)] }),
    fail: () => draft({ materi: [pasal(TAKEDOWN.replace('24 (dua puluh empat)', '…'))] }),
  },
  {
    rule: 'R42',
    name: 'a Pasal of one paragraph has no "(1)"',
    severity: 'warning',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal(DELEGASI_PELAPORAN)] }),
    fail: () => draft({ materi: [pasal(ayat(DELEGASI_PELAPORAN))] }),
  },
  {
    rule: 'R43',
    name: '"ayat" is lower case in a reference',
    severity: 'error',
    at: 'Pasal 4 ayat (2)',
    pass: () => draft({ materi: [pelaporan('Laporan sebagaimana dimaksud pada ayat (1) dapat disampaikan secara elektronik atau nonelektronik.')] }),
    fail: () => draft({ materi: [pelaporan('Laporan sebagaimana dimaksud pada Ayat (1) dapat disampaikan secara elektronik atau nonelektronik.')] }),
  },
  {
    rule: 'R44',
    name: 'a number is written in digits and words',
    severity: 'warning',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal(TAKEDOWN)] }),
    fail: () => draft({ materi: [pasal(TAKEDOWN.replace('24 (dua puluh empat)', '24'))] }),
  },
  {
    // The day of a date is exempt ("1 Januari"), the year after the month must be too.
    rule: 'R44',
    name: 'a date is not spelled out (Lampiran II item 151: "mulai berlaku pada tanggal 17 Agustus 2011")',
    severity: 'warning',
    at: 'Pasal 4',
    pass: () => draft({ penutup: [pasal('Undang-Undang ini mulai berlaku pada tanggal 1 Januari 2027.')] }),
    fail: () => draft({ penutup: [pasal('Undang-Undang ini mulai berlaku setelah 6 bulan terhitung sejak tanggal diundangkan.')] }),
  },
  {
    rule: 'R155',
    name: 'delegation is the last ayat of its Pasal',
    severity: 'warning',
    at: 'Pasal 4 ayat (2)',
    pass: () => draft({ materi: [pasal(ayat(LAPOR_PSE), ayat(LAPOR_ELEKTRONIK), ayat(DELEGASI_AYAT))] }),
    fail: () => draft({ materi: [pasal(ayat(LAPOR_PSE), ayat(DELEGASI_AYAT), ayat(LAPOR_ELEKTRONIK))] }),
  },

  // --------------------------------------------------------------- lists
  {
    rule: 'R46',
    name: 'an item with sub-items ends with a colon',
    severity: 'error',
    at: 'Pasal 4 huruf a',
    pass: () => draft({ materi: [blokir('memblokir akses terhadap:')] }),
    fail: () => draft({ materi: [blokir('memblokir akses terhadap')] }),
  },
  {
    // Lampiran II item 236: a repealed unit stays in place reading "Dihapus.".
    rule: 'R46',
    name: 'items start in lower case, except a repealed item reading "Dihapus."',
    severity: 'warning',
    at: 'Pasal 5 ayat (2) huruf c',
    pass: () => sanksiAdministratif('denda administratif; dan/atau', 'Dihapus.'),
    fail: () => sanksiAdministratif('denda administratif; dan/atau', 'Pemutusan akses.'),
  },
  {
    rule: 'R110',
    name: 'a typed "Pasal 99" the bill lacks is an error; another law\'s Pasal is fine',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal('Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 455 ayat (1) dan Pasal 456 Undang-Undang Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana wajib melapor.')] }),
    fail: () => draft({ materi: [pasal('Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 99 ayat (7) wajib melapor.')] }),
  },
  {
    rule: 'R110',
    name: 'a typed "Pasal 2" the bill has is a warning to use a live reference',
    severity: 'warning',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal('Setiap Orang wajib melapor.')] }),
    fail: () => draft({ materi: [pasal('Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 2 wajib melapor.')] }),
  },
  {
    rule: 'R47',
    name: '"; dan/atau" after the second-to-last item of a sanction list',
    severity: 'error',
    at: 'Pasal 5 ayat (2) huruf b',
    pass: () => sanksiAdministratif('denda administratif; dan/atau'),
    fail: () => sanksiAdministratif('denda administratif;'),
  },
  {
    rule: 'R48',
    name: 'a list goes no further than huruf z',
    severity: 'warning',
    at: 'Pasal 4 huruf aa',
    pass: () => draft({ materi: [koordinasi(26)] }),
    fail: () => draft({ materi: [koordinasi(27)] }),
  },

  // ------------------------------------------------------- ketentuan umum
  {
    rule: 'R52',
    name: 'the exact opening of Pasal 1',
    severity: 'error',
    at: 'Pasal 1',
    pass: () => draft(),
    fail: () => draft({ ku: pasal('Dalam Undang-Undang ini, yang dimaksud dengan:', angka(DEF_ANAK), angka(DEF_SETIAP_ORANG)) }),
  },
  {
    rule: 'R53',
    name: 'no comma before "yang selanjutnya disebut"',
    severity: 'warning',
    at: 'Pasal 1 angka 3',
    pass: () => draft({ ku: ku(angka(DEF_KESA)), materi: KESA_USES() }),
    fail: () => draft({ ku: ku(angka(DEF_KESA.replace(' yang selanjutnya', ', yang selanjutnya'))), materi: KESA_USES() }),
  },
  {
    rule: 'R54',
    name: 'a definition begins with a capital letter',
    severity: 'error',
    at: 'Pasal 1 angka 2',
    pass: () => draft(),
    fail: () => draft({ ku: pasal(KU_OPENING, angka(DEF_ANAK), angka('setiap orang adalah orang perseorangan atau korporasi.')) }),
  },
  {
    rule: 'R55',
    name: 'a defined term is used at least twice',
    severity: 'warning',
    at: 'Pasal 1 angka 3',
    pass: () => draft({ ku: ku(angka(DEF_KORBAN)), materi: [pasal(RESTITUSI), pasal(PEMULIHAN_KORBAN)] }),
    fail: () => draft({ ku: ku(angka(DEF_KORBAN)), materi: [pasal(RESTITUSI)] }),
  },
  {
    rule: 'R57',
    name: 'definitions get "Cukup jelas." in the Penjelasan',
    severity: 'error',
    at: 'Penjelasan Pasal 1',
    pass: () => {
      const p1 = ku();
      return explain(draft({ ku: p1 }), p1, 'Cukup jelas.');
    },
    fail: () => {
      const p1 = ku();
      return explain(draft({ ku: p1 }), p1, 'Yang dimaksud dengan "orang perseorangan" adalah warga negara Indonesia atau warga negara asing.');
    },
  },
  {
    rule: 'R58',
    name: 'a defined term keeps its capital in the Penjelasan',
    severity: 'warning',
    at: 'Penjelasan Pasal 4',
    pass: () => withPenjelasan(pasal(PEMULIHAN), 'Yang dimaksud dengan "reintegrasi sosial" adalah pengembalian Anak kepada keluarga, keluarga pengganti, atau masyarakat.'),
    fail: () => withPenjelasan(pasal(PEMULIHAN), 'Yang dimaksud dengan "reintegrasi sosial" adalah pengembalian anak kepada keluarga, keluarga pengganti, atau masyarakat.'),
  },
  {
    // The name of a field of government affairs is not the defined term: UU 12/2022 defines Anak and still writes
    // "urusan pemerintahan di bidang ... perlindungan anak" (Pasal 1 angka 25). The lint spares "perlindungan anak"
    // but not the current spelling "pelindungan anak" (UU 23/2014, and the title of this very bill).
    rule: 'R58',
    name: 'a defined term is capitalised in a norm, but not inside the name of a field of government affairs',
    severity: 'warning',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal(`Pusat koordinasi nasional dipimpin oleh menteri yang menyelenggarakan urusan pemerintahan di bidang pemberdayaan perempuan dan pelindungan anak.`)] }),
    fail: () => draft({ materi: [pasal('Pusat koordinasi nasional menyusun rencana aksi nasional pelindungan bagi anak yang menjadi korban eksploitasi seksual.')] }),
  },

  // ---------------------------------------------------- ketentuan pidana
  {
    rule: 'R69',
    name: 'no kejahatan/pelanggaran qualification after KUHP 2023',
    severity: 'warning',
    at: 'Pasal 4 ayat (2)',
    pass: () => draft({ babs: [pidanaBab(pasal(ayat(PIDANA_TEXT), ayat(PEMBERATAN)))] }),
    fail: () => draft({ babs: [pidanaBab(pasal(ayat(PIDANA_TEXT), ayat('Tindak pidana sebagaimana dimaksud pada ayat (1) adalah kejahatan.')))] }),
  },
  {
    rule: 'R76',
    name: 'no fine in rupiah, even without the word "pidana"',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft({ babs: [pidanaBab(pasal(PIDANA_TEXT))] }),
    fail: () => draft({ babs: [pidanaBab(pasal(PIDANA_TEXT.replace(/pidana denda paling banyak kategori \S+/, 'denda paling banyak Rp500.000.000,00 (lima ratus juta rupiah)')))] }),
  },
  {
    rule: 'R76',
    name: 'no kurungan, even without the word "pidana"',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft({ babs: [pidanaBab(pasal(PIDANA_TEXT))] }),
    fail: () => draft({ babs: [pidanaBab(pasal(PIDANA_TEXT.replace(' atau pidana denda', ' atau kurungan paling lama 1 (satu) tahun atau pidana denda')))] }),
  },
  {
    rule: 'R76',
    name: 'penalties are "paling lama", never "minimal"/"maksimal"',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft({ babs: [pidanaBab(pasal(PIDANA_TEXT))] }),
    fail: () => draft({ babs: [pidanaBab(pasal(PIDANA_TEXT.replace('pidana penjara paling lama', 'pidana penjara maksimal')))] }),
  },
  {
    rule: 'R76',
    name: 'no cumulative "dan pidana denda" after UU 1/2026',
    severity: 'warning',
    at: 'Pasal 4',
    pass: () => draft({ babs: [pidanaBab(pasal(PIDANA_TEXT.replace(' atau pidana denda', ' dan/atau pidana denda')))] }),
    fail: () => draft({ babs: [pidanaBab(pasal(PIDANA_TEXT.replace(' atau pidana denda', ' dan pidana denda')))] }),
  },
  {
    rule: 'R154',
    name: 'a criminal sanction refers only to an earlier Pasal',
    severity: 'error',
    at: 'Pasal 4 ayat (1)',
    pass: () => {
      const { norm, sanction } = siaranLangsung();
      return draft({ materi: [norm, sanction] });
    },
    fail: () => {
      const { norm, sanction } = siaranLangsung();
      return draft({ materi: [sanction, norm] });
    },
  },
  {
    // R154 names administrative sanctions as well ("dikenai sanksi administratif"), with this very example.
    rule: 'R154',
    name: 'an administrative sanction refers only to an earlier Pasal',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => {
      const { norm, sanction } = sanksiTakedown();
      return draft({ materi: [norm, sanction] });
    },
    fail: () => {
      const { norm, sanction } = sanksiTakedown();
      return draft({ materi: [sanction, norm] });
    },
  },

  // ---------------------------------------------------- ketentuan penutup
  {
    rule: 'R83',
    name: 'a repeal names the law it repeals',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft({ penutup: [pasal(STATUS_PELAKSANAAN), pasal(PENCABUTAN), MULAI_BERLAKU()] }),
    fail: () => draft({ penutup: [pasal('Semua peraturan perundang-undangan yang bertentangan dengan Undang-Undang ini dinyatakan tidak berlaku.'), MULAI_BERLAKU()] }),
  },
  {
    rule: 'R85',
    name: 'no "mulai berlaku efektif", also for a part of the law',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal('Kewajiban sebagaimana dimaksud dalam Pasal 3 mulai berlaku setelah 1 (satu) tahun terhitung sejak tanggal Undang-Undang ini diundangkan.')] }),
    fail: () => draft({ materi: [pasal('Kewajiban sebagaimana dimaksud dalam Pasal 3 mulai berlaku efektif 1 (satu) tahun terhitung sejak tanggal Undang-Undang ini diundangkan.')] }),
  },
  {
    // A repeal opens "Pada saat Undang-Undang ini mulai berlaku," but does not say when the law takes effect.
    rule: 'R85',
    name: 'the last Pasal is the entry into force, not a repeal',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft({ penutup: [pasal(PENCABUTAN), MULAI_BERLAKU()] }),
    fail: () => draft({ penutup: [pasal(PENCABUTAN)] }),
  },

  // ------------------------------------------------------ references
  {
    rule: 'R110',
    name: 'a reference to a deleted ayat is reported where it stands',
    severity: 'error',
    at: 'Pasal 4 ayat (2)',
    pass: () => {
      const { doc } = tindakLanjut();
      return doc;
    },
    fail: () => {
      const { doc, target } = tindakLanjut();
      return remove(doc, target);
    },
  },
  {
    rule: 'R115',
    name: 'no reference to a later Pasal',
    severity: 'warning',
    at: 'Pasal 4 ayat (2)',
    pass: () => {
      const { reporting, takedown } = pelaporanPse();
      return draft({ materi: [reporting, takedown] });
    },
    fail: () => {
      const { reporting, takedown } = pelaporanPse();
      return draft({ materi: [takedown, reporting] });
    },
  },
  {
    // drafting-rules.md R115: "forward-reference warning, except from Pasal 1 definitions and from the Penjelasan".
    rule: 'R115',
    name: 'a definition in Pasal 1 may refer to the Pasal that establishes the thing defined',
    severity: 'warning',
    at: 'Pasal 4',
    pass: () => {
      const dibentuk = pasal(PUSAT_DIBENTUK);
      const definisi = angka(teks('Pusat Koordinasi adalah Pusat Koordinasi Nasional Pelindungan Anak dari Eksploitasi Seksual Daring ', rujukan([id(dibentuk)]), '.'));
      return draft({ ku: ku(definisi), materi: [dibentuk, pasal(PUSAT_TANGGUNG_JAWAB)] });
    },
    fail: () => {
      const dibentuk = pasal(PUSAT_DIBENTUK);
      return draft({ materi: [pasal(teks('Pusat Koordinasi Nasional Pelindungan Anak dari Eksploitasi Seksual Daring ', rujukan([id(dibentuk)]), ' bertanggung jawab kepada Presiden.')), dibentuk] });
    },
  },
  {
    rule: 'R111',
    name: 'no "ayat (1) Pasal ini", in the Penjelasan too',
    severity: 'error',
    at: 'Penjelasan Pasal 4',
    pass: () => withPenjelasan(pemulihan3(), 'Pemulihan sebagaimana dimaksud pada ayat (1) diberikan sejak Anak dilaporkan menjadi korban.'),
    fail: () => withPenjelasan(pemulihan3(), 'Pemulihan sebagaimana dimaksud pada ayat (1) Pasal ini diberikan sejak Anak dilaporkan menjadi korban.'),
  },
  {
    rule: 'R116',
    name: 'no "tersebut di atas": name the Pasal',
    severity: 'error',
    at: 'Pasal 5',
    pass: () => {
      const norm = pasal(TAKEDOWN);
      return draft({ materi: [norm, pasal(teks('Penyelenggara sistem elektronik yang tidak memenuhi kewajiban ', rujukan([id(norm)]), ' dikenai sanksi administratif.'))] });
    },
    fail: () => draft({ materi: [pasal(TAKEDOWN), pasal('Penyelenggara sistem elektronik yang tidak memenuhi kewajiban tersebut di atas dikenai sanksi administratif.')] }),
  },
  {
    // The message quotes what the drafter wrote.
    rule: 'R117',
    name: 'another law is cited in full in a norm',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal(`Penyelenggara sistem elektronik sebagaimana dimaksud dalam ${UU_ITE} wajib menyediakan sarana pelaporan yang mudah diakses oleh Anak.`)] }),
    fail: () => draft({ materi: [pasal('Penyelenggara sistem elektronik sebagaimana dimaksud dalam UU 11/2008 wajib menyediakan sarana pelaporan yang mudah diakses oleh Anak.')] }),
    says: /"UU 11\/2008"/,
  },
  {
    rule: 'R118',
    name: '"Undang-Undang" with two capital U',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft(),
    fail: () => draft({ penutup: [pasal('Undang-undang ini mulai berlaku pada tanggal diundangkan.')] }),
  },

  // ------------------------------------------------------- word choice
  {
    rule: 'R121',
    name: '"wajib", not "diwajibkan"',
    severity: 'warning',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal(SARANA)] }),
    fail: () => draft({ materi: [pasal(SARANA.replace(' wajib ', ' diwajibkan '))] }),
  },
  {
    rule: 'R123',
    name: 'no "dengan tidak mengurangi"',
    severity: 'warning',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal(`Selain kewajiban sebagaimana dimaksud dalam Pasal 3, ${LAPOR_TEMUAN}`)] }),
    fail: () => draft({ materi: [pasal(`Dengan tidak mengurangi kewajiban sebagaimana dimaksud dalam Pasal 3, ${LAPOR_TEMUAN}`)] }),
  },
  {
    rule: 'R155',
    name: 'no blanket delegation "Hal-hal yang belum cukup diatur"',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal(DELEGASI_PELAPORAN)] }),
    fail: () => draft({ materi: [pasal('Hal-hal yang belum cukup diatur dalam Undang-Undang ini diatur lebih lanjut dengan Peraturan Pemerintah.')] }),
  },
  {
    // R156 covers the norms only: the Penjelasan may say "antara lain".
    rule: 'R156',
    name: 'no "namun tidak terbatas pada" in a norm',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => withPenjelasan(pasal(SARANA), 'Sarana pelaporan antara lain berupa layanan pesan, formulir daring, dan saluran telepon.'),
    fail: () => draft({ materi: [pasal(SARANA.replace(/\.$/, ', namun tidak terbatas pada layanan pesan dan formulir daring.'))] }),
  },
  {
    rule: 'R157',
    name: 'a norm does not open with a conjunction ("Dalam hal" is fine)',
    severity: 'warning',
    at: 'Pasal 4 ayat (2)',
    pass: () => draft({ materi: [pasal(ayat(TAKEDOWN), ayat(`Dalam hal penurunan materi sebagaimana dimaksud pada ayat (1) ${TERLAMBAT}`))] }),
    fail: () => draft({ materi: [pasal(ayat(TAKEDOWN), ayat(`Namun, dalam hal penurunan materi ${TERLAMBAT}`))] }),
  },
  {
    rule: 'R158',
    name: '"paling singkat", not "sekurang-kurangnya"',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft({ materi: [pasal('Penyelenggara sistem elektronik wajib menyimpan data laporan paling singkat 1 (satu) tahun.')] }),
    fail: () => draft({ materi: [pasal('Penyelenggara sistem elektronik wajib menyimpan data laporan sekurang-kurangnya 1 (satu) tahun.')] }),
  },

  // ---------------------------------------------------------- Penjelasan
  { rule: 'R99', name: 'the Penjelasan umum is written', severity: 'warning', at: 'dokumen', pass: () => draft(), fail: () => draft({ umum: ['…'] }) },
  {
    rule: 'R100',
    name: '"Cukup jelas." ends with a period',
    severity: 'error',
    at: 'Penjelasan Pasal 4',
    pass: () => withPenjelasan(pasal(PEMULIHAN), 'Cukup jelas.'),
    fail: () => withPenjelasan(pasal(PEMULIHAN), 'Cukup jelas'),
  },
  {
    rule: 'R100',
    name: 'no Penjelasan entry of a deleted Pasal',
    severity: 'error',
    at: 'Penjelasan',
    pass: () => draft({ materi: [pasal(PEMULIHAN)] }),
    fail: () => {
      const p = pasal(PEMULIHAN);
      return orphanPenjelasan(draft({ materi: [p] }), p);
    },
  },
  {
    rule: 'R101',
    name: 'once one ayat is explained, every ayat is listed',
    severity: 'warning',
    at: 'Penjelasan Pasal 4',
    pass: () => {
      const p = pemulihan3();
      return explain(draft({ materi: [p] }), p, butir(p.child(0), 'Cukup jelas.'), butir(p.child(1), REINTEGRASI), butir(p.child(2), 'Cukup jelas.'));
    },
    fail: () => {
      const p = pemulihan3();
      return explain(draft({ materi: [p] }), p, butir(p.child(1), REINTEGRASI));
    },
  },
  {
    rule: 'R101',
    name: 'no Penjelasan of a deleted ayat',
    severity: 'error',
    at: 'Penjelasan Pasal 4',
    pass: () => {
      const p = pemulihan3();
      return explain(draft({ materi: [p] }), p, butir(p.child(0), 'Cukup jelas.'), butir(p.child(1), REINTEGRASI), butir(p.child(2), 'Cukup jelas.'));
    },
    fail: () => {
      const p = pemulihan3();
      return explain(draft({ materi: [p] }), p, butir(p.child(0), 'Cukup jelas.'), butir(p.child(1), REINTEGRASI), butir(p.child(2), 'Cukup jelas.'), butir('ayat-yang-dihapus', 'Cukup jelas.'));
    },
  },
  {
    rule: 'R102',
    name: 'the explained term is quoted (curly quotes too)',
    severity: 'error',
    at: 'Penjelasan Pasal 4',
    pass: () => withPenjelasan(pasal(PEMULIHAN), REINTEGRASI.replace('"reintegrasi sosial"', '“reintegrasi sosial”')),
    fail: () => withPenjelasan(pasal(PEMULIHAN), REINTEGRASI.replace('"reintegrasi sosial"', 'reintegrasi sosial')),
  },
  {
    rule: 'R66',
    name: 'no criminal provision in the Penjelasan',
    severity: 'error',
    at: 'Penjelasan Pasal 4',
    pass: () => withPenjelasan(pasal(SIARAN), 'Yang dimaksud dengan "siaran langsung" adalah penayangan gambar atau suara pada saat peristiwanya berlangsung.'),
    fail: () => withPenjelasan(pasal(SIARAN), 'Setiap Orang yang memesan siaran langsung tersebut dipidana sebagai pelaku.'),
  },
  {
    rule: 'R94',
    name: 'no duty or prohibition in the Penjelasan',
    severity: 'warning',
    at: 'Penjelasan Pasal 4',
    pass: () => withPenjelasan(pasal(SARANA), 'Sarana pelaporan dapat berupa layanan pesan, formulir daring, atau saluran telepon.'),
    fail: () => withPenjelasan(pasal(SARANA), 'Sarana pelaporan wajib tersedia dalam bahasa Indonesia dan bahasa daerah.'),
  },
  {
    rule: 'R95',
    name: 'no delegation in the Penjelasan',
    severity: 'error',
    at: 'Penjelasan Pasal 4',
    pass: () => withPenjelasan(pasal(SARANA), 'Sarana pelaporan dapat berupa layanan pesan, formulir daring, atau saluran telepon.'),
    fail: () => withPenjelasan(pasal(SARANA), 'Bentuk sarana pelaporan diatur dengan Peraturan Menteri.'),
  },

  // --------------------------------------------- amendments to other laws
  {
    rule: 'R130',
    name: 'the amended law is in the corpus',
    severity: 'error',
    at: 'Pasal 4',
    pass: () => draft({ babs: [perubahanBab(amending('UU-21-2007', [TPPO_4()]))] }),
    fail: () =>
      draft({
        babs: [
          perubahanBab(
            amending('UU-40-1999', [
              amends(
                'UU-40-1999',
                'Pasal 5',
                ayat('Pers nasional berkewajiban memberitakan peristiwa dan opini dengan menghormati norma-norma agama dan rasa kesusilaan masyarakat, asas praduga tak bersalah, serta kepentingan terbaik bagi anak.'),
                ayat('Pers wajib melayani Hak Jawab.'),
                ayat('Pers wajib melayani Hak Koreksi.'),
              ),
            ]),
          ),
        ],
      }),
  },
  {
    rule: 'R130',
    name: 'the gazette numbers of the amended law are known',
    severity: 'warning',
    at: 'Pasal 4',
    pass: () => draft({ babs: [perubahanBab(amending('UU-21-2007', [TPPO_4()]))] }),
    fail: () => draft({ babs: [perubahanBab(amending('UU-12-2022', [amends('UU-12-2022', 'Pasal 13', TPKS_13)]))] }),
  },
  {
    rule: 'R131',
    name: 'the amended provision is in the corpus',
    severity: 'error',
    at: 'Pasal 4 angka 2 Pasal 60',
    pass: () => draft({ babs: [perubahanBab(amending('UU-21-2007', [TPPO_4()], [inserts('UU-21-2007', 'Pasal 4', TPPO_4A_TEXT)]))] }),
    fail: () =>
      draft({
        babs: [perubahanBab(amending('UU-21-2007', [TPPO_4()], [amends('UU-21-2007', 'Pasal 60', ayat(TPPO_60_1), ayat(TPPO_60_2))]))],
      }),
  },
  {
    rule: 'R131',
    name: 'the amended provision is not revoked',
    severity: 'warning',
    at: 'Pasal 4 angka 1 Pasal 2',
    pass: () => draft({ babs: [perubahanBab(amending('UU-21-2007', [TPPO_4()]))] }),
    fail: () => draft({ babs: [perubahanBab(amending('UU-21-2007', [amends('UU-21-2007', 'Pasal 2', TPPO_2)], [TPPO_4()]))] }),
  },
  {
    rule: 'R131',
    name: 'a restated Pasal is restated whole, not one ayat',
    severity: 'warning',
    at: 'Pasal 4 Pasal 27',
    pass: () => draft({ babs: [perubahanBab(amending('UU-21-2007', [TPPO_4()]))] }),
    fail: () => draft({ babs: [perubahanBab(amending('UU-11-2008', [amends('UU-11-2008', 'Pasal 27 ayat (1)', ayat(ITE_27_1))]))] }),
  },
  {
    rule: 'R132',
    name: 'a Pasal is inserted after a Pasal the law has',
    severity: 'error',
    at: 'Pasal 4 angka 2 Pasal 70A',
    pass: () => draft({ babs: [perubahanBab(amending('UU-21-2007', [TPPO_4()], [inserts('UU-21-2007', 'Pasal 4', TPPO_4A_TEXT)]))] }),
    fail: () => draft({ babs: [perubahanBab(amending('UU-21-2007', [TPPO_4()], [inserts('UU-21-2007', 'Pasal 70', TPPO_4A_TEXT)]))] }),
  },
  {
    rule: 'R132',
    name: 'an inserted number is not taken already (UU 35/2014 inserted Pasal 59A into UU 23/2002)',
    severity: 'error',
    at: 'Pasal 4 Pasal 59A',
    pass: () => draft({ babs: [perubahanBab(amending('UU-23-2002', [inserts('UU-23-2002', 'Pasal 59A', PA_59B_TEXT)]))] }),
    fail: () => draft({ babs: [perubahanBab(amending('UU-23-2002', [inserts('UU-23-2002', 'Pasal 59', PA_59B_TEXT)]))] }),
  },
  {
    rule: 'R132',
    name: 'an inserted Pasal says what it follows',
    severity: 'error',
    at: 'Pasal 4 angka 2 Pasal ?',
    pass: () => draft({ babs: [perubahanBab(amending('UU-21-2007', [TPPO_4()], [inserts('UU-21-2007', 'Pasal 4', TPPO_4A_TEXT)]))] }),
    fail: () => draft({ babs: [perubahanBab(amending('UU-21-2007', [TPPO_4()], [pasalWith({ inserted: true }, TPPO_4A_TEXT)]))] }),
  },
];

// ------------------------------------------------------ texts and builders
// (function declarations and constants used by the table above)

const MENIMBANG_7 = [
  FILOSOFIS,
  'bahwa Anak sebagai generasi penerus bangsa perlu dilindungi dari segala bentuk eksploitasi seksual;',
  SOSIOLOGIS,
  'bahwa eksploitasi seksual terhadap anak secara daring menimbulkan penderitaan fisik, psikis, dan sosial yang berkepanjangan bagi korban;',
  'bahwa penyelenggara sistem elektronik dan penyedia jasa keuangan belum memiliki kewajiban yang jelas untuk mencegah dan melaporkan eksploitasi seksual terhadap anak secara daring;',
  YURIDIS,
  'bahwa Indonesia telah mengesahkan Protokol Opsional Konvensi Hak-Hak Anak mengenai Penjualan Anak, Prostitusi Anak, dan Pornografi Anak sehingga perlu menyesuaikan hukum nasional;',
];

const UU_ITE = 'Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik';
const TAKEDOWN = 'Penyelenggara sistem elektronik wajib menurunkan materi eksploitasi seksual terhadap Anak paling lambat 24 (dua puluh empat) jam sejak menerima pemberitahuan dari Kepolisian Negara Republik Indonesia.';
const TERLAMBAT = 'memerlukan waktu lebih lama karena alasan teknis, penyelenggara sistem elektronik wajib memberitahukan alasannya kepada Kepolisian Negara Republik Indonesia.';
const SARANA = 'Penyelenggara sistem elektronik wajib menyediakan sarana pelaporan yang mudah diakses oleh Anak.';
const SIARAN = 'Setiap Orang dilarang menyiarkan secara langsung eksploitasi seksual terhadap Anak melalui sistem elektronik.';
const LAPOR_TEMUAN = 'penyelenggara sistem elektronik wajib melaporkan materi eksploitasi seksual terhadap Anak yang ditemukan dalam layanannya kepada Kepolisian Negara Republik Indonesia.';
const LAPOR_PSE = 'Penyelenggara sistem elektronik wajib melaporkan materi eksploitasi seksual terhadap Anak yang ditemukan dalam layanannya kepada Kepolisian Negara Republik Indonesia.';
const LAPOR_ELEKTRONIK = 'Laporan sebagaimana dimaksud pada ayat (1) disampaikan secara elektronik.';
const DELEGASI_AYAT = 'Ketentuan lebih lanjut mengenai tata cara pelaporan sebagaimana dimaksud pada ayat (1) diatur dengan Peraturan Pemerintah.';
const DELEGASI_PELAPORAN = 'Ketentuan lebih lanjut mengenai tata cara pelaporan sebagaimana dimaksud dalam Pasal 3 diatur dengan Peraturan Pemerintah.';
const PEMULIHAN = 'Pemulihan bagi Anak yang menjadi korban eksploitasi seksual meliputi rehabilitasi medis, rehabilitasi psikososial, dan reintegrasi sosial.';
const REINTEGRASI = 'Yang dimaksud dengan "reintegrasi sosial" adalah pengembalian Anak kepada keluarga, keluarga pengganti, atau masyarakat yang dapat memberikan pelindungan dan pemenuhan kebutuhan Anak.';
const PEMBERATAN = 'Dalam hal tindak pidana sebagaimana dimaksud pada ayat (1) dilakukan oleh orang tua atau wali Anak, pidananya dapat ditambah 1/3 (sepertiga).';
const DEF_KESA = 'Materi Kekerasan dan Eksploitasi Seksual Anak yang selanjutnya disebut Materi KESA adalah setiap gambar, video, rekaman suara, atau bentuk lain yang menampilkan Anak dalam aktivitas seksual.';
const KESA_USES = (): Node[] => [
  pasal('Setiap Orang dilarang memproduksi, menyimpan, atau menyebarluaskan Materi KESA.'),
  pasal('Penyelenggara sistem elektronik wajib menurunkan Materi KESA paling lambat 24 (dua puluh empat) jam sejak mengetahuinya.'),
];
const DEF_KORBAN = 'Korban adalah Anak yang mengalami penderitaan fisik, mental, dan/atau kerugian ekonomi yang diakibatkan oleh eksploitasi seksual.';
const RESTITUSI = 'Setiap Korban berhak atas restitusi dari pelaku.';
const PEMULIHAN_KORBAN = 'Pemerintah Pusat wajib menyelenggarakan pemulihan bagi Korban.';
const STATUS_PELAKSANAAN =
  'Pada saat Undang-Undang ini mulai berlaku, semua peraturan perundang-undangan yang merupakan peraturan pelaksanaan dari Undang-Undang Nomor 44 Tahun 2008 tentang Pornografi (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 181, Tambahan Lembaran Negara Republik Indonesia Nomor 4928) dinyatakan masih tetap berlaku sepanjang tidak bertentangan dengan ketentuan dalam Undang-Undang ini.';
const PENCABUTAN =
  'Pada saat Undang-Undang ini mulai berlaku, Pasal 29 Undang-Undang Nomor 44 Tahun 2008 tentang Pornografi (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 181, Tambahan Lembaran Negara Republik Indonesia Nomor 4928) dicabut dan dinyatakan tidak berlaku.';
const TPKS_13 =
  'Setiap Orang secara melawan hukum menempatkan seseorang di bawah kekuasaannya atau orang lain dan menjadikannya tidak berdaya dengan maksud mengeksploitasinya secara seksual, termasuk melalui sistem elektronik, dipidana karena perbudakan seksual, dengan pidana penjara paling lama 15 (lima belas) tahun dan/atau pidana denda paling banyak kategori VII.';
const TPPO_2 =
  'Setiap orang yang melakukan perekrutan, pengangkutan, penampungan, pengiriman, pemindahan, atau penerimaan seseorang, termasuk melalui sistem elektronik, untuk tujuan mengeksploitasi orang tersebut di wilayah negara Republik Indonesia dipidana dengan pidana penjara paling lama 15 (lima belas) tahun dan/atau pidana denda paling banyak kategori VII.';
const PUSAT_DIBENTUK = 'Untuk mengoordinasikan pencegahan dan penanganan eksploitasi seksual terhadap Anak secara daring, dibentuk Pusat Koordinasi Nasional Pelindungan Anak dari Eksploitasi Seksual Daring.';
const PUSAT_TANGGUNG_JAWAB = 'Pusat Koordinasi berada di bawah dan bertanggung jawab kepada Presiden.';
const ITE_27_1 =
  'Setiap Orang dengan sengaja dan tanpa hak menyiarkan, mempertunjukkan, mendistribusikan, mentransmisikan, dan/atau membuat dapat diaksesnya Informasi Elektronik dan/atau Dokumen Elektronik yang memiliki muatan yang melanggar kesusilaan, termasuk yang menampilkan Anak, untuk diketahui umum.';
const PA_59B_TEXT = 'Perlindungan Khusus bagi Anak korban eksploitasi seksual yang dilakukan melalui sistem elektronik dilakukan melalui penurunan konten, pemulihan, dan pendampingan.';
/** UU 21/2007 Pasal 60, with reporting of online trafficking added. */
const TPPO_60_1 = 'Masyarakat berperan serta membantu upaya pencegahan dan penanganan korban tindak pidana perdagangan orang.';
const TPPO_60_2 =
  'Peran serta masyarakat sebagaimana dimaksud pada ayat (1) diwujudkan dengan tindakan memberikan informasi dan/atau melaporkan adanya tindak pidana perdagangan orang, termasuk yang dilakukan melalui sistem elektronik, kepada penegak hukum atau pihak yang berwajib, atau turut serta dalam menangani korban tindak pidana perdagangan orang.';

function hakKorbanBab(title = 'HAK KORBAN', bagianTitle = 'Hak atas Restitusi'): Node {
  return bab(
    title,
    { role: 'materi' },
    bagian(bagianTitle, pasal('Setiap Anak yang menjadi korban eksploitasi seksual berhak atas restitusi dari pelaku.')),
    bagian('Hak atas Pemulihan dan Reintegrasi Sosial', pasal('Setiap Anak yang menjadi korban eksploitasi seksual berhak atas pemulihan fisik, psikis, dan sosial.')),
  );
}

function pencegahanBab(paragrafTitle: string): Node {
  return bab(
    'PENCEGAHAN',
    { role: 'materi' },
    bagian(
      'Pencegahan oleh Pelaku Usaha',
      paragraf(paragrafTitle, pasal('Penyelenggara sistem elektronik wajib mencegah penyebarluasan materi eksploitasi seksual terhadap Anak melalui layanannya.')),
      paragraf('Kewajiban Penyedia Jasa Keuangan', pasal('Penyedia jasa keuangan wajib melaporkan transaksi yang patut diduga berkaitan dengan eksploitasi seksual terhadap Anak kepada Pusat Pelaporan dan Analisis Transaksi Keuangan.')),
    ),
  );
}

/** Pasal 4: a report by anyone (1) and its form (2). */
function pelaporan(second: string): Node {
  return pasal(ayat('Setiap Orang yang mengetahui adanya materi eksploitasi seksual terhadap Anak dalam sistem elektronik dapat melaporkannya kepada penyelenggara sistem elektronik.'), ayat(second));
}

/** Pasal 4: "Penyelenggara sistem elektronik wajib: a. <first> 1. …; dan 2. …; b. …; dan c. …." */
function blokir(first: string): Node {
  return pasal(
    'Penyelenggara sistem elektronik wajib:',
    huruf(first, angka('materi eksploitasi seksual terhadap Anak; dan'), angka('siaran langsung eksploitasi seksual terhadap Anak;')),
    huruf('menyimpan data lalu lintas yang berkaitan dengan materi sebagaimana dimaksud dalam huruf a paling singkat 90 (sembilan puluh) hari; dan'),
    huruf('melaporkan pemblokiran kepada Kepolisian Negara Republik Indonesia.'),
  );
}

/** Pasal 4 the duty to take down, Pasal 5 the administrative sanction with its list (R32's example). */
function sanksiAdministratif(secondToLast: string, last = 'pemutusan akses.'): Node {
  const norm = pasal(TAKEDOWN);
  const sanction = pasal(
    ayat(teks('Penyelenggara sistem elektronik yang tidak memenuhi kewajiban ', rujukan([id(norm)]), ' dikenai sanksi administratif.')),
    ayat('Sanksi administratif sebagaimana dimaksud pada ayat (1) berupa:', huruf('teguran tertulis;'), huruf(secondToLast), huruf(last)),
  );
  return draft({ materi: [norm, sanction] });
}

/** A prohibition and the criminal sanction for breaching it. */
function siaranLangsung(): { norm: Node; sanction: Node } {
  const norm = pasal(SIARAN);
  const sanction = pasal(
    ayat(teks('Setiap Orang yang melanggar larangan ', rujukan([id(norm)]), ' dipidana dengan pidana penjara paling lama 12 (dua belas) tahun atau pidana denda paling banyak kategori VI.')),
    ayat(PEMBERATAN),
  );
  return { norm, sanction };
}

/** A duty and the administrative sanction for breaching it. */
function sanksiTakedown(): { norm: Node; sanction: Node } {
  const norm = pasal(TAKEDOWN);
  const sanction = pasal(teks('Penyelenggara sistem elektronik yang melanggar kewajiban ', rujukan([id(norm)]), ' dikenai sanksi administratif.'));
  return { norm, sanction };
}

/** Reporting to the operator, and the operator's duty on the report it receives (referring to the reporting Pasal). */
function pelaporanPse(): { reporting: Node; takedown: Node } {
  const reporting = pasal('Setiap Orang dapat melaporkan materi eksploitasi seksual terhadap Anak kepada penyelenggara sistem elektronik.');
  const takedown = pasal(
    ayat(SARANA),
    ayat(teks('Penyelenggara sistem elektronik yang menerima laporan ', rujukan([id(reporting)]), ' wajib menurunkan materi yang dilaporkan paling lambat 24 (dua puluh empat) jam.')),
  );
  return { reporting, takedown };
}

/** Pasal 4 with three ayat, the third referring to the second; `target` is the second. */
function tindakLanjut(): { doc: Node; target: Node } {
  const target = ayat('Penyelenggara sistem elektronik wajib meneruskan laporan yang diterimanya kepada Kepolisian Negara Republik Indonesia.');
  const p = pasal(ayat(SARANA), target, ayat(teks('Laporan yang diteruskan ', rujukan([id(target)]), ' ditindaklanjuti oleh Kepolisian Negara Republik Indonesia sesuai dengan ketentuan peraturan perundang-undangan.')));
  return { doc: draft({ materi: [p] }), target };
}

/** Pasal 4 on recovery, in three ayat. */
function pemulihan3(): Node {
  return pasal(
    ayat('Pemerintah Pusat wajib menyelenggarakan pemulihan bagi Anak yang menjadi korban eksploitasi seksual.'),
    ayat('Pemulihan sebagaimana dimaksud pada ayat (1) meliputi rehabilitasi medis, rehabilitasi psikososial, dan reintegrasi sosial.'),
    ayat('Pemulihan sebagaimana dimaksud pada ayat (1) dilaksanakan dengan memperhatikan kepentingan terbaik bagi Anak.'),
  );
}

/** The draft with `p` as Pasal 4 and its Penjelasan. */
function withPenjelasan(p: Node, text: string): Node {
  return explain(draft({ materi: [p] }), p, text);
}

// ------------------------------------------------------------------ the tests

/**
 * Every rule id the lint sources can emit. Rules are emitted as `rule: 'R76'`
 * in the phrase table but mostly as `add(env, 'R46', …)` or in a ternary
 * (`… ? 'R65' : 'R31'`), so this reads every single-quoted 'R<n>' literal of
 * src/core/lint (comments and messages write R-numbers without single quotes).
 */
function ruleIdsInSource(): string[] {
  const ids = new Set<string>();
  for (const file of ['lint.ts', 'text-rules.ts', 'finding.ts']) {
    const src = readFileSync(fileURLToPath(new URL(`../../src/core/lint/${file}`, import.meta.url)), 'utf8');
    for (const m of src.matchAll(/'(R\d+)'/g)) ids.add(m[1]!);
  }
  return byNumber([...ids]);
}

const byNumber = (ids: readonly string[]): string[] => [...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
const show = (fs: readonly Finding[]): string[] => fs.map((f) => `${f.rule} ${f.severity} @ ${f.at}: ${f.message}`);

describe('the base draft', () => {
  test('is clean, so each failing example fails for its own breach', () => {
    expect(show(lint(draft()))).toEqual([]);
  });
});

describe.each(CASES.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', (_name, c) => {
  test(`reported as ${c.severity} at ${c.at}`, () => {
    const found = lint(c.fail()).filter((f) => f.rule === c.rule);
    expect(
      found.map((f) => ({ severity: f.severity, at: f.at })),
      show(found).join('\n') || `no ${c.rule} finding`,
    ).toContainEqual({ severity: c.severity, at: c.at });
    if (c.says) expect(found.find((f) => f.severity === c.severity && f.at === c.at)?.message).toMatch(c.says);
  });
  test('not reported when the rule is kept', () => {
    expect(show(lint(c.pass()).filter((f) => f.rule === c.rule))).toEqual([]);
  });
});

describe('the table', () => {
  test('has a passing and a failing example of every rule the lint can emit, and of no other', () => {
    const inSource = ruleIdsInSource();
    // Both ways of emitting are seen: the phrase table of text-rules.ts and add() with a ternary in lint.ts.
    expect(inSource).toEqual(expect.arrayContaining(['R44', 'R158', 'R46', 'R65', 'R78', 'R132']));
    expect(byNumber([...new Set(CASES.map((c) => c.rule))])).toEqual(inSource);
  });

  test('every rule the lint can emit has an English title in templates/rules.yaml (shown in the English interface)', () => {
    for (const id of ruleIdsInSource()) expect(lib.rule(id)?.en, id).toBeTruthy();
  });
});

/**
 * A message says what to do when it gives an instruction ("tulis", "hapus",
 * "lengkapi", …) or states the rule the text must meet ("diakhiri titik koma",
 * "tidak memuat ketentuan pidana", "Bab terakhir adalah …"). "tidak dapat
 * dibuat/dirumuskan" states a consequence, not a remedy.
 */
const INSTRUCTION = /\b(tulis|isi|ganti|sebut(?:kan)?|hindari|jangan|lengkapi|pertimbangkan|pilih|hapus|periksa|tentukan|gunakan|pindahkan|definisikan|perbaiki|tambahkan|ubah)\b/i;
const RULE_STATED = /(?<!dapat )\b(harus|tidak boleh|paling banyak|tanpa|adalah|berbunyi|diawali|diakhiri|ditulis|diletakkan|ditempatkan|dirumuskan|merumuskan|dicantumkan|dimuat|dibuat|dibuka|diberi|memerlukan|menyatakan|menyebut|merujuk|tidak (?:memuat|digunakan|dipakai|diawali|lagi))\b/i;

describe('messages', () => {
  test('every finding of the failing examples has a message that says what to do', () => {
    const findings = CASES.flatMap((c) => lint(c.fail()));
    expect(findings.length).toBeGreaterThan(CASES.length);
    expect(findings.filter((f) => f.message.trim() === '')).toEqual([]);
    const unhelpful = findings.filter((f) => !INSTRUCTION.test(f.message) && !RULE_STATED.test(f.message));
    expect(show(unhelpful)).toEqual([]);
  });
});
