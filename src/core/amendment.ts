// Amendment instructions are generated from links, never typed (design section
// 3; R129-R133, R162): "Ketentuan Pasal 27 diubah sehingga berbunyi sebagai
// berikut:", "Di antara Pasal 4 dan Pasal 5 disisipkan 1 (satu) pasal, yakni
// Pasal 4A sehingga berbunyi sebagai berikut:", "Pasal 9 dihapus."
import type { Node } from 'prosemirror-model';
import type { Law, LibraryIndex } from './library';
import { parseArticle, type ArticlePath } from './article';
import { readLinks, type Link } from './links';
import { angkaDenganKata } from './terbilang';
import { amendmentScope, type AmendmentScope } from './amendment-scope';
import type { Numbering } from './numbering';

export interface LawCitation {
  readonly text: string;
  /** The LN/TLN numbers were not found in the reference and are left as "…". */
  readonly gazetteMissing: boolean;
}

function gazetteText(g: Law['gazette'] | undefined): { text: string; missing: boolean } {
  if (!g) return { text: '(Lembaran Negara Republik Indonesia Tahun … Nomor …, Tambahan Lembaran Negara Republik Indonesia Nomor …)', missing: true };
  return { text: `(Lembaran Negara Republik Indonesia Tahun ${g.ln.year} Nomor ${g.ln.number}, Tambahan Lembaran Negara Republik Indonesia Nomor ${g.tln})`, missing: false };
}

/**
 * A law cited with its gazette numbers and, when amended, its amendments (R23,
 * R130): "... sebagaimana telah diubah dengan ..." or "... sebagaimana telah
 * beberapa kali diubah terakhir dengan ...".
 */
export function citeLaw(lawId: string, lib: LibraryIndex | undefined): LawCitation {
  const law = lib?.law(lawId);
  if (!law) return { text: `Undang-Undang ${lawId}`, gazetteMissing: true };
  const own = gazetteText(law.gazette);
  let text = `${law.citation} ${own.text}`;
  let missing = own.missing;
  const last = law.amendments[law.amendments.length - 1];
  if (last) {
    const g = gazetteText(last.gazette);
    missing ||= g.missing;
    text += law.amendments.length === 1 ? ` sebagaimana telah diubah dengan ${last.citation} ${g.text}` : ` sebagaimana telah beberapa kali diubah terakhir dengan ${last.citation} ${g.text}`;
  }
  return { text, gazetteMissing: missing };
}

/** "a", "a dan b", "a, b, dan c": a list in the rules' own form. */
function listText(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' dan ') : `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
}

const unitText = (u: ArticlePath['units'][number]): string => (u.unit === 'ayat' ? `ayat (${u.num})` : `${u.unit} ${u.num}`);

/** "ayat (1) dan ayat (2)" for the units of an article path below its Pasal, innermost first ("huruf c ayat (2)"). */
function unitsText(path: ArticlePath): string {
  return listText([path.units, ...path.also].map((units) => [...units].reverse().map(unitText).join(' ')));
}

/** "ayat (1)" or "ayat (2) huruf c" as it follows "Pasal 18" (outermost unit first). */
function unitsTextInOrder(path: ArticlePath): string {
  return listText([path.units, ...path.also].map((units) => units.map(unitText).join(' ')));
}

/** "ayat (1)", "ayat (1) dan ayat (2)", "ayat (1), ayat (2), dan ayat (3)". */
function ayatList(nums: readonly string[]): string {
  return listText(nums.map((n) => `ayat (${n})`));
}

/**
 * The instruction naming what a restated Pasal changes, ayat by ayat (items
 * 233-236 and their combined form, e.g. "Ketentuan ayat (3) Pasal 95A diubah
 * dan di antara ayat (3) dan ayat (4) disisipkan 2 (dua) ayat, yakni ayat (3a)
 * dan ayat (3b) sehingga Pasal 95A berbunyi sebagai berikut:"); null when the
 * whole Pasal changes or nothing does.
 */
function scopeInstruction(scope: AmendmentScope, num: string, cite: string): string | null {
  if (scope.whole) return null;
  const count = (n: number) => `${angkaDenganKata(n)} ayat`;
  const clauses: string[] = [];
  if (scope.changed.length) clauses.push(`Ketentuan ${ayatList(scope.changed)} Pasal ${num}${cite} diubah`);
  if (scope.deleted.length) clauses.push(clauses.length ? `${ayatList(scope.deleted)} dihapus` : `Pasal ${num} ${ayatList(scope.deleted)}${cite} dihapus`);
  for (const g of scope.inserted) {
    const where = `antara ayat (${g.after}) dan ayat (${g.before})`;
    clauses.push(clauses.length ? `di ${where} disisipkan ${count(g.nums.length)}, yakni ${ayatList(g.nums)}` : `Di ${where} Pasal ${num}${cite} disisipkan ${count(g.nums.length)}, yakni ${ayatList(g.nums)}`);
  }
  if (scope.appended.length) clauses.push(clauses.length ? `ditambah ${count(scope.appended.length)}, yakni ${ayatList(scope.appended)}` : `Ketentuan Pasal ${num}${cite} ditambah ${count(scope.appended.length)}, yakni ${ayatList(scope.appended)}`);
  if (clauses.length === 0) return null;
  const joined = clauses.length === 1 ? clauses[0]! : clauses.length === 2 ? `${clauses[0]} dan ${clauses[1]}` : `${clauses.slice(0, -1).join(', ')}, serta ${clauses[clauses.length - 1]}`;
  // Only some ayat amended: "sehingga berbunyi" (item 233); anything else names the Pasal (items 235, 236).
  const onlyChanged = scope.changed.length > 0 && clauses.length === 1;
  return `${joined} sehingga ${onlyChanged ? '' : `Pasal ${num} `}berbunyi sebagai berikut:`;
}

function nextArticle(law: Law | undefined, after: string): string | null {
  if (!law) return null;
  const i = law.articles.indexOf(after);
  return i >= 0 && i + 1 < law.articles.length ? law.articles[i + 1]! : null;
}

/** The restated units of a point and the link that governs its instruction. */
function pointLinks(point: Node): { link: Link | null; pasal: Node[] } {
  const own = readLinks(point.attrs.links);
  const pasal: Node[] = [];
  point.forEach((child) => pasal.push(child));
  if (own[0]) return { link: own[0], pasal };
  for (const p of pasal) {
    const l = readLinks(p.attrs.links)[0];
    if (l) return { link: l, pasal };
  }
  return { link: null, pasal };
}

/** The instruction of one amendment point. `inLaw` adds the law citation (single-point form b of R130). */
export function pointInstruction(point: Node, numbering: Numbering, lib: LibraryIndex | undefined, inLaw: string | null): string {
  const { link, pasal } = pointLinks(point);
  const cite = inLaw ? ` ${inLaw}` : '';
  if (!link) return `Ketentuan${cite} diubah sehingga berbunyi sebagai berikut:`;
  if (link.op === 'inserts') {
    const after = /^Pasal (\S+)$/.exec(link.after)?.[1] ?? link.after;
    const law = lib?.law(link.law);
    const nums = pasal.map((p) => numbering.byId.get(String(p.attrs.id))?.num ?? '…');
    const yakni = nums.map((n) => `Pasal ${n}`);
    const list = listText(yakni);
    const count = `${angkaDenganKata(Math.max(1, nums.length))} pasal`;
    const next = nextArticle(law, after);
    if (law && next === null && law.articles.includes(after)) return `Setelah Pasal ${after}${cite} ditambahkan ${count}, yakni ${list} sehingga berbunyi sebagai berikut:`;
    return `Di antara Pasal ${after} dan Pasal ${next ?? '…'}${cite} disisipkan ${count}, yakni ${list} sehingga berbunyi sebagai berikut:`;
  }
  const path = parseArticle(link.article);
  if (!path) return `Ketentuan ${link.article}${cite} diubah sehingga berbunyi sebagai berikut:`;
  const sub = path.units.length > 0;
  if (link.op === 'repeals') {
    if (!sub) return `Pasal ${path.pasal}${cite} dihapus.`;
    // Lampiran II item 236: the Pasal is restated with "Dihapus." in place of the unit.
    if (pasal.length > 0) return `Pasal ${path.pasal} ${unitsTextInOrder(path)}${cite} dihapus sehingga Pasal ${path.pasal} berbunyi sebagai berikut:`;
    return `Ketentuan ${unitsText(path)} Pasal ${path.pasal}${cite} dihapus.`;
  }
  if (!sub) {
    const prov = lib?.provision(link.law, link.article);
    const scope = prov && pasal[0] ? amendmentScope(pasal[0], prov, numbering, [String(point.attrs.id ?? '')]) : null;
    return (scope && scopeInstruction(scope, path.pasal, cite)) ?? `Ketentuan Pasal ${path.pasal}${cite} diubah sehingga berbunyi sebagai berikut:`;
  }
  const onlyAyat = path.units.length === 1 && path.units[0]!.unit === 'ayat' && path.also.every((u) => u.length === 1 && u[0]!.unit === 'ayat');
  return onlyAyat
    ? `Ketentuan ${unitsText(path)} Pasal ${path.pasal}${cite} diubah sehingga berbunyi sebagai berikut:`
    : `Ketentuan ${unitsText(path)} Pasal ${path.pasal}${cite} diubah sehingga Pasal ${path.pasal} berbunyi sebagai berikut:`;
}

/** The opening of an amending Pasal: form (a) of R130 for several points. */
export function amendingIntro(pasal: Node, lib: LibraryIndex | undefined): { text: string; gazetteMissing: boolean; single: boolean } {
  const lawId = typeof pasal.attrs.law === 'string' ? pasal.attrs.law : '';
  const cite = citeLaw(lawId, lib);
  const single = pasal.childCount === 1;
  return { text: `Beberapa ketentuan dalam ${cite.text} diubah sebagai berikut:`, gazetteMissing: cite.gazetteMissing, single };
}
