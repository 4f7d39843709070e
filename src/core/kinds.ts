// The provision kinds of an Indonesian statute (Lampiran II UU 12/2011), as one
// table. The ProseMirror schema, numbering, plain-text rendering, the outline
// and the exporters all read this table instead of branching on node names.

/** How a kind's number is written. */
export type NumberStyle =
  | 'none'
  | 'roman' // BAB I, BAB IXA (R35)
  | 'ordinalWords' // Bagian Kesatu (R36)
  | 'arabic' // Paragraf 1, Pasal 5, angka 1. (R37, R38, R48)
  | 'romanPasal' // Pasal I, Pasal II of an amending law (R129)
  | 'parenArabic' // ayat (1), (1a) (R42)
  | 'letter' // huruf a. (R46, R48)
  | 'letterParen' // a) (R46 level 3)
  | 'arabicParen'; // 1) (R46 level 4)

/** Where numbering restarts: per parent, or once for the whole batang tubuh. */
export type NumberScope = 'parent' | 'document';

export interface AttrSpec {
  readonly default: unknown;
}

export interface KindSpec {
  /** ProseMirror node type name. */
  readonly name: string;
  readonly label: { readonly id: string; readonly en: string };
  /** ProseMirror content expression. */
  readonly content?: string;
  readonly group?: string;
  readonly inline?: boolean;
  /** Marks allowed in the content ('' = none); default: all. */
  readonly marks?: string;
  readonly atom?: boolean;
  /** A provision carries a stable id and can be referenced, reviewed, linked. */
  readonly provision: boolean;
  readonly numbering: NumberStyle;
  readonly numberScope?: NumberScope;
  /** Word written before the number ("Pasal", "BAB"), if any. */
  readonly numberWord?: string;
  /** Outline level (BAB 1, Bagian 2, Paragraf 3, Pasal 4); absent = not in the outline. */
  readonly outline?: number;
  /** Tabulation level of list items (R46: at most 4). */
  readonly listLevel?: number;
  readonly attrs?: Readonly<Record<string, AttrSpec>>;
  readonly doc: string;
}

const PROVISION_ATTRS = {
  id: { default: null },
  // Fixed number from an existing law when a unit is restated ("27", "2a"), else null.
  num: { default: null },
  // Inserted unit of an amendment: numbered after its predecessor with a letter (4A, (1a)).
  inserted: { default: false },
  // Links to existing law: [{op, law, article} | {op: 'inserts', law, after}].
  links: { default: [] },
  // Clause provenance: instance id, template id and version, hash of the text as instantiated.
  clause: { default: null },
  template: { default: null },
  templateVersion: { default: null },
  hash: { default: null },
} as const;

export const KINDS: readonly KindSpec[] = [
  { name: 'doc', label: { id: 'Dokumen', en: 'Document' }, content: 'judul pembukaan batangTubuh penutup penjelasan', provision: false, numbering: 'none', doc: 'The whole bill.' },
  {
    name: 'judul',
    label: { id: 'Judul', en: 'Title' },
    content: 'text*',
    marks: '',
    provision: false,
    numbering: 'none',
    attrs: { rancangan: { default: true }, nomor: { default: null }, tahun: { default: null } },
    doc: 'The nama of the law in title case; the frame (RANCANGAN, NOMOR ... TAHUN ..., TENTANG) is derived (R4-R6).',
  },
  { name: 'pembukaan', label: { id: 'Pembukaan', en: 'Preamble' }, content: 'konsiderans dasarHukum', provision: false, numbering: 'none', doc: 'Frasa, jabatan, konsiderans, dasar hukum, diktum (R12-R30); frasa, jabatan and diktum are derived.' },
  { name: 'konsiderans', label: { id: 'Menimbang', en: 'Considerations' }, content: 'pertimbangan+', provision: false, numbering: 'none', doc: 'The Menimbang list (R14-R19).' },
  { name: 'pertimbangan', label: { id: 'Pertimbangan', en: 'Consideration' }, content: 'inline*', provision: true, numbering: 'letter', attrs: PROVISION_ATTRS, doc: 'One "bahwa ...;" item, lettered a., b. when there is more than one (R16, R18).' },
  { name: 'dasarHukum', label: { id: 'Mengingat', en: 'Legal basis' }, content: 'dasarHukumButir+', provision: false, numbering: 'none', doc: 'The Mengingat list (R20-R26).' },
  { name: 'dasarHukumButir', label: { id: 'Dasar hukum', en: 'Legal basis item' }, content: 'inline*', provision: true, numbering: 'arabic', attrs: PROVISION_ATTRS, doc: 'One legal basis, numbered 1., 2. when there is more than one (R26).' },
  {
    name: 'batangTubuh',
    label: { id: 'Batang Tubuh', en: 'Body' },
    content: 'bab+ | pasal+',
    provision: false,
    numbering: 'none',
    attrs: { perubahan: { default: false } },
    doc: 'The body: BAB, or Pasal directly in a bill without chapters (R31, R33). perubahan: the body of an amending law, Pasal I and Pasal II (R129).',
  },
  {
    name: 'bab',
    label: { id: 'BAB', en: 'Chapter' },
    content: 'judulUnit (bagian+ | pasal+)',
    provision: true,
    numbering: 'roman',
    numberScope: 'document',
    numberWord: 'BAB',
    outline: 1,
    attrs: { ...PROVISION_ATTRS, role: { default: 'materi' }, key: { default: null } },
    doc: 'A chapter, numbered in Roman numerals through the law (R35). role says which part of the body it is (R31).',
  },
  { name: 'bagian', label: { id: 'Bagian', en: 'Part' }, content: 'judulUnit (paragraf+ | pasal+)', provision: true, numbering: 'ordinalWords', numberWord: 'Bagian', outline: 2, attrs: PROVISION_ATTRS, doc: 'A part, numbered Kesatu, Kedua, ... restarting in each BAB (R36).' },
  { name: 'paragraf', label: { id: 'Paragraf', en: 'Sub-part' }, content: 'judulUnit pasal+', provision: true, numbering: 'arabic', numberWord: 'Paragraf', outline: 3, attrs: PROVISION_ATTRS, doc: 'A sub-part, numbered 1, 2, ... restarting in each Bagian (R37).' },
  { name: 'judulUnit', label: { id: 'Judul unit', en: 'Heading' }, content: 'text*', marks: '', provision: false, numbering: 'none', doc: 'The title of a BAB (capitals), Bagian or Paragraf (initial capitals).' },
  {
    name: 'pasal',
    label: { id: 'Pasal', en: 'Article' },
    content: 'ayat+ | teks (huruf+ | angka+)? teks? | poin+',
    provision: true,
    numbering: 'arabic',
    numberScope: 'document',
    numberWord: 'Pasal',
    outline: 4,
    attrs: { ...PROVISION_ATTRS, law: { default: null } },
    doc: 'An article, numbered continuously through the law (R38). With poin content it is an article that amends the law named in `law` (R162).',
  },
  { name: 'ayat', label: { id: 'Ayat', en: 'Paragraph' }, content: 'teks (huruf+ | angka+)? teks?', provision: true, numbering: 'parenArabic', attrs: PROVISION_ATTRS, doc: 'A numbered paragraph (1), (2) of a Pasal (R42).' },
  { name: 'huruf', label: { id: 'Huruf', en: 'Item (letter)' }, content: 'teks angka*', provision: true, numbering: 'letter', listLevel: 1, attrs: PROVISION_ATTRS, doc: 'A lettered item a., b. (R46-R48).' },
  { name: 'angka', label: { id: 'Angka', en: 'Item (number)' }, content: 'teks (huruf+ | hurufKurung+)?', provision: true, numbering: 'arabic', listLevel: 2, attrs: PROVISION_ATTRS, doc: 'A numbered item 1., 2.: second level under huruf, or first level for definitions (R46, R54).' },
  { name: 'hurufKurung', label: { id: 'Huruf bertanda kurung', en: 'Item a)' }, content: 'teks angkaKurung*', provision: true, numbering: 'letterParen', listLevel: 3, attrs: PROVISION_ATTRS, doc: 'Third-level item a), b) (R46).' },
  { name: 'angkaKurung', label: { id: 'Angka bertanda kurung', en: 'Item 1)' }, content: 'teks', provision: true, numbering: 'arabicParen', listLevel: 4, attrs: PROVISION_ATTRS, doc: 'Fourth-level item 1), 2) (R46).' },
  { name: 'poin', label: { id: 'Angka perubahan', en: 'Amendment point' }, content: 'pasal*', provision: true, numbering: 'arabic', attrs: PROVISION_ATTRS, doc: 'One amendment instruction (1., 2.) of an amending Pasal; its wording is generated from the links of the unit it restates, or its own repeal link (R130, R131).' },
  { name: 'teks', label: { id: 'Teks', en: 'Text' }, content: 'inline*', provision: false, numbering: 'none', doc: 'A run of normative text.' },
  { name: 'penutup', label: { id: 'Penutup', en: 'Closing' }, atom: true, provision: false, numbering: 'none', attrs: { tempat: { default: 'Jakarta' }, menteri: { default: 'MENTERI SEKRETARIS NEGARA REPUBLIK INDONESIA' } }, doc: 'Promulgation order, signature and gazette blocks, derived (R87-R93).' },
  { name: 'penjelasan', label: { id: 'Penjelasan', en: 'Elucidation' }, content: 'penjelasanUmum penjelasanPasalDemiPasal', provision: false, numbering: 'none', doc: 'The Penjelasan (R94-R104).' },
  { name: 'penjelasanUmum', label: { id: 'I. Umum', en: 'I. General' }, content: 'teks+', provision: false, numbering: 'none', doc: 'I. UMUM (R99).' },
  { name: 'penjelasanPasalDemiPasal', label: { id: 'II. Pasal Demi Pasal', en: 'II. Article by article' }, content: 'penjelasanPasal*', provision: false, numbering: 'none', doc: 'II. PASAL DEMI PASAL, one entry per Pasal in body order (R100).' },
  { name: 'penjelasanPasal', label: { id: 'Penjelasan Pasal', en: 'Article elucidation' }, content: 'teks+ | penjelasanButir+', provision: false, numbering: 'none', attrs: { target: { default: null } }, doc: 'The elucidation of the Pasal whose id is `target`.' },
  { name: 'penjelasanButir', label: { id: 'Penjelasan butir', en: 'Item elucidation' }, content: 'teks+ | penjelasanButir+', provision: false, numbering: 'none', attrs: { target: { default: null } }, doc: 'The elucidation of an ayat, huruf or angka (R101).' },
  { name: 'rujukan', label: { id: 'Rujukan', en: 'Cross-reference' }, inline: true, atom: true, group: 'inline', provision: false, numbering: 'none', attrs: { targets: { default: [] }, style: { default: 'sdm' } }, doc: 'A cross-reference by id that renders the current numbers (R110-R113).' },
  { name: 'slot', label: { id: 'Parameter', en: 'Parameter' }, inline: true, atom: true, group: 'inline', provision: false, numbering: 'none', attrs: { name: { default: '' }, value: { default: null }, format: { default: null } }, doc: 'A template parameter value written in the official style ("24 (dua puluh empat) jam").' },
];

/** Node kinds by name. */
export const KIND: Readonly<Record<string, KindSpec>> = Object.fromEntries(KINDS.map((k) => [k.name, k]));

export const PROVISION_KINDS: ReadonlySet<string> = new Set(KINDS.filter((k) => k.provision).map((k) => k.name));

/**
 * Roles a BAB can play in the body, in the order the body keeps: ketentuan umum first
 * (R49), new material, ketentuan lain-lain (R31), amending then repealing chapters
 * (R162), penyidikan just before ketentuan pidana (R62), then peralihan and penutup
 * (R65, R78, R80).
 */
export const BAB_ROLES = [
  'ketentuan-umum',
  'materi',
  'ketentuan-lain',
  'perubahan',
  'pencabutan',
  'penyidikan',
  'ketentuan-pidana',
  'ketentuan-peralihan',
  'ketentuan-penutup',
] as const;
export type BabRole = (typeof BAB_ROLES)[number];
