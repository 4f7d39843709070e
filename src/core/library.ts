// The content library's shapes (design section 5). Legal text is data in
// templates/; these schemas say what a valid file holds, and every field has a
// message a template author can act on.
import { z } from 'zod';
import { BAB_ROLES } from './kinds';
import { linkSchema } from './links';

const bilingual = z.strictObject({ id: z.string().min(1, 'Indonesian text is required'), en: z.string().min(1, 'English text is required') });
export type Bilingual = z.infer<typeof bilingual>;

const lawId = z.string().regex(/^[A-Z]+-\d+-\d{4}$/, 'a law id such as UU-21-2007');
const gapId = z.string().regex(/^G\d{2}$/, 'a gap id such as G07');
const criterionId = z.string().regex(/^[FP]\d+$/, 'a criterion id such as F2 or P1');

// ---------------------------------------------------------------- gaps

export const criterionSchema = z.strictObject({
  id: criterionId,
  for: z.enum(['full', 'partial']),
  text: bilingual,
});

export const gapSchema = z.strictObject({
  id: gapId,
  group: z.string().regex(/^[A-F]$/).optional(),
  severity: z.enum(['critical', 'high', 'medium']),
  title: bilingual,
  statement: bilingual,
  severityReason: bilingual.optional(),
  benchmark: z.array(z.strictObject({ source: z.string().min(1), text: z.string().min(1), flag: z.enum(['v', 'r', 'unverified']) })).default([]),
  existing: z.array(z.strictObject({ law: lawId, article: z.string().min(1) })).default([]),
  otherProvisions: z.array(z.strictObject({ cite: z.string().min(1), flag: z.enum(['v', 'r', 'unverified']), note: z.string().optional() })).default([]),
  criteria: z.array(criterionSchema).min(1, 'a gap needs closure criteria'),
  partialIf: bilingual.optional(),
  sources: z.array(z.string()).default([]),
  /** Project gaps added by a reviewer carry who added them. */
  addedBy: z.string().optional(),
});
export type Gap = z.infer<typeof gapSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Severity = Gap['severity'];

export const gapsFileSchema = z.strictObject({ gaps: z.array(gapSchema) });

// ---------------------------------------------------------------- existing-law corpus

export const corpusStatus = z.enum(['verbatim', 'verbatim-2', 'partial', 'paraphrase']);
export type CorpusStatus = z.infer<typeof corpusStatus>;

export const corpusProvisionSchema = z.strictObject({
  article: z.string().min(1),
  of: lawId,
  text: z.string().min(1),
  english: z.string().min(1),
  status: corpusStatus,
  amendedBy: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1, 'every corpus provision needs a source'),
  verificationNote: z.string().min(1),
  version: z.string().optional(),
  adjustedBy2026: z.strictObject({ text: z.string().min(1), where: z.string().min(1), note: z.string().min(1) }).optional(),
  currency: z.enum(['in-force', 'superseded', 'revoked', 'not-a-provision', 'unclear']),
  currencyNote: z.string().min(1),
  inForce: z.strictObject({ text: z.string().min(1), basis: z.enum(['composed', 'adjusted-text']), note: z.string().min(1) }).optional(),
});
export type CorpusProvision = z.infer<typeof corpusProvisionSchema> & { readonly law: string };

/** The wording of a corpus provision in force since 2 January 2026 where the corpus states it, else its text. */
export function wordingInForce(p: CorpusProvision): string {
  return p.inForce?.text ?? p.text;
}

/** A law as a reader names it: "UU 35/2014", or the id when the library lacks the law. */
export function lawName(lib: { law(id: string): Law | undefined }, id: string): string {
  const law = lib.law(id);
  return law ? `${law.type} ${law.number}/${law.year}` : id;
}

export const corpusFileSchema = z.strictObject({ law: lawId, provisions: z.array(corpusProvisionSchema) });

const gazetteSchema = z.strictObject({ ln: z.strictObject({ year: z.number().int(), number: z.number().int() }), tln: z.number().int(), source: z.string().min(1) });

export const lawSchema = z.strictObject({
  id: lawId,
  type: z.enum(['UU', 'PP', 'Perppu', 'Perpres']),
  number: z.number().int().positive(),
  year: z.number().int().min(1945).max(2100),
  title: z.string().min(1),
  citation: z.string().min(1),
  short: z.string().optional(),
  gazette: gazetteSchema.optional(),
  gazetteNote: z.string().optional(),
  amendments: z.array(z.strictObject({ id: lawId, citation: z.string().min(1), gazette: gazetteSchema.optional(), gazetteNote: z.string().optional() })).default([]),
  articles: z.array(z.string()).default([]),
  articlesSource: z.string().optional(),
  articlesComplete: z.boolean().default(false),
});
export type Law = z.infer<typeof lawSchema>;
export const lawsFileSchema = z.strictObject({ laws: z.array(lawSchema) });

// ---------------------------------------------------------------- chapters and terms

export const chapterSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/),
  role: z.enum(BAB_ROLES),
  title: z.string().regex(/^[A-Z0-9 ,/()-]+$/, 'a BAB title is written in capitals with no final punctuation (R35)'),
  en: z.string().min(1),
});
export type Chapter = z.infer<typeof chapterSchema>;
export const chaptersFileSchema = z.strictObject({ chapters: z.array(chapterSchema).min(1) });

export const termSchema = z.strictObject({
  term: z.string().min(1),
  text: z.string().min(1),
  en: z.string().min(1),
  source: z.string().min(1),
});
export type Term = z.infer<typeof termSchema>;
export const termsFileSchema = z.strictObject({ terms: z.array(termSchema) });

export const kategoriFileSchema = z.strictObject({
  source: z.string().min(1),
  categories: z.array(z.strictObject({ kategori: z.number().int().min(1).max(8), roman: z.string().regex(/^[IVX]+$/), rupiah: z.number().int().positive() })).length(8),
});
export type Kategori = z.infer<typeof kategoriFileSchema>['categories'][number];

// ---------------------------------------------------------------- clause templates

export const UNITS = ['jam', 'hari', 'bulan', 'tahun', 'kali', 'orang'] as const;
export type Unit = (typeof UNITS)[number];

const paramBase = { name: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a camelCase name'), label: bilingual, help: bilingual.optional() };

export const paramSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...paramBase, type: z.literal('integer'), unit: z.enum(UNITS), default: z.number().int(), min: z.number().int(), max: z.number().int(), prefix: z.string().optional() }),
  z.strictObject({ ...paramBase, type: z.literal('kategori'), default: z.number().int().min(1).max(8), min: z.number().int().min(1).max(8), max: z.number().int().min(1).max(8) }),
  z.strictObject({ ...paramBase, type: z.literal('rupiah'), default: z.number().int().nonnegative(), min: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
  z.strictObject({ ...paramBase, type: z.literal('choice'), default: z.string(), options: z.array(z.strictObject({ value: z.string().min(1), text: z.string().min(1), label: bilingual })).min(2) }),
]);
export type Param = z.infer<typeof paramSchema>;

const penjelasanSchema = z.union([z.string().min(1), z.record(z.string().regex(/^$|^(\d+[a-z]?|[a-z]{1,2})(\/(\d+[a-z]?|[a-z]{1,2})){0,2}$/, 'a unit path such as "1", "2/a", "a" or "a/1"'), z.string().min(1).nullable())]);

const partBase = {
  key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case key'),
  penjelasan: penjelasanSchema.optional(),
};

/** A part of a clause: a new Pasal placed in a chapter of the bill. */
const pasalPartSchema = z.strictObject({
  ...partBase,
  chapter: z.string().regex(/^[a-z0-9-]+$/),
  bagian: z.string().min(1).optional(),
  text: z.string().min(1),
  links: z.array(linkSchema).default([]),
});

/** A part that restates an existing provision inside the amending Pasal of its law (R131, R162). */
const amendPartSchema = z.strictObject({
  ...partBase,
  amends: z.strictObject({ law: lawId, article: z.string().min(1) }),
  text: z.string().min(1),
});
const insertPartSchema = z.strictObject({
  ...partBase,
  inserts: z.strictObject({ law: lawId, after: z.string().regex(/^Pasal \d+[A-Z]*$/) }),
  text: z.string().min(1),
});
/**
 * A repeal. Repealing a whole Pasal needs no text ("Pasal 9 dihapus."); repealing
 * an ayat, huruf or angka restates the Pasal with "Dihapus." in its place
 * (Lampiran II item 236: "Pasal 18 ayat (2) dihapus sehingga Pasal 18 berbunyi
 * sebagai berikut:"), so such a part carries the restated text.
 */
const repealPartSchema = z.strictObject({
  ...partBase,
  repeals: z.strictObject({ law: lawId, article: z.string().min(1) }),
  text: z.string().min(1).optional(),
});

export const partSchema = z.union([pasalPartSchema, amendPartSchema, insertPartSchema, repealPartSchema]);
export type TemplatePart = z.infer<typeof partSchema>;

export const conditionSchema = z.union([
  z.strictObject({ param: z.string(), max: z.number() }),
  z.strictObject({ param: z.string(), min: z.number() }),
  z.strictObject({ param: z.string(), in: z.array(z.union([z.string(), z.number()])).min(1) }),
  z.strictObject({ term: z.string().min(1) }),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const closureSchema = z.strictObject({
  gap: gapId,
  criteria: z.array(criterionId).min(1),
  when: z.union([conditionSchema, z.array(conditionSchema)]).optional(),
});
export type Closure = z.infer<typeof closureSchema>;

export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case id equal to the file name'),
  version: z.number().int().positive(),
  title: bilingual,
  summary: bilingual,
  source: z.array(z.strictObject({ ref: z.string().min(1), label: z.enum(['ACT', 'IRR', 'RA 11862', 'SUMMARY', 'INFERRED']), note: z.string().optional() })).min(1, 'cite the RA 11930 or RA 11862 provision the clause is modelled on'),
  english: z.string().min(1),
  terms: z.array(z.string().min(1)).default([]),
  params: z.array(paramSchema).default([]),
  parts: z.array(partSchema).min(1),
  /** Gap criteria the clause satisfies; empty only for structural clauses (transitional and closing provisions). */
  closes: z.array(closureSchema).default([]),
  notes: bilingual.optional(),
  uncertain: z.array(z.string().min(1)).default([]),
});
export type ClauseTemplate = z.infer<typeof templateSchema>;

// ---------------------------------------------------------------- the loaded library

/** A drafting rule by number, titled in English (templates/rules.yaml, from drafting-rules.md). */
export const rulesFileSchema = z.strictObject({
  rules: z.array(z.strictObject({ id: z.string().regex(/^R\d+$/, 'a rule number such as "R110"'), section: z.string().min(1), en: z.string().min(1) })),
});
export type DraftingRule = z.infer<typeof rulesFileSchema>['rules'][number];

export interface Library {
  readonly templates: readonly ClauseTemplate[];
  readonly gaps: readonly Gap[];
  readonly chapters: readonly Chapter[];
  readonly terms: readonly Term[];
  readonly laws: readonly Law[];
  readonly corpus: readonly CorpusProvision[];
  readonly kategori: readonly Kategori[];
  readonly starters: readonly { id: string; title: string }[];
  /** The drafting rules the lint cites; empty in a library without rules.yaml. */
  readonly rules?: readonly DraftingRule[];
}

/** Lookups over a loaded library, built once. */
export interface LibraryIndex {
  readonly library: Library;
  template(id: string): ClauseTemplate | undefined;
  gap(id: string): Gap | undefined;
  chapter(key: string): Chapter | undefined;
  term(term: string): Term | undefined;
  law(id: string): Law | undefined;
  provision(law: string, article: string): CorpusProvision | undefined;
  rule(id: string): DraftingRule | undefined;
}

/** Builds the lookup maps of a library. */
export function indexLibrary(library: Library): LibraryIndex {
  const byKey = <T,>(items: readonly T[], key: (t: T) => string) => new Map(items.map((t) => [key(t), t]));
  const templates = byKey(library.templates, (t) => t.id);
  const gaps = byKey(library.gaps, (g) => g.id);
  const chapters = byKey(library.chapters, (c) => c.key);
  const terms = byKey(library.terms, (t) => t.term);
  const laws = byKey(library.laws, (l) => l.id);
  const corpus = byKey(library.corpus, (p) => `${p.law} ${p.article}`);
  const rules = byKey(library.rules ?? [], (r) => r.id);
  return {
    library,
    template: (id) => templates.get(id),
    gap: (id) => gaps.get(id),
    chapter: (key) => chapters.get(key),
    term: (t) => terms.get(t),
    law: (id) => laws.get(id),
    provision: (law, article) => corpus.get(`${law} ${article}`),
    rule: (id) => rules.get(id),
  };
}
