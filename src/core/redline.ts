// The redline change set (design section 7): for every existing provision the
// draft amends, replaces, repeals or inserts into, the text in force and the
// proposed text, diffed word by word, provision by provision (never the whole
// law as one string), with small alternating changes merged into phrases.
import type { Node } from 'prosemirror-model';
import { lawName, wordingInForce, type CorpusProvision, type CorpusStatus, type LibraryIndex } from './library';
import type { Numbering } from './numbering';
import { readLinks, type Link } from './links';
import { provisionText, type ReadingContext } from './reading';
import { parseArticle, splitNumber } from './article';
import { collectClauses } from './clauses';
import { templateCriteria } from './gaps';
import { definedTerms } from './terms';
import { internTokens, myersDiff } from './word-diff';

export type SegmentType = 'equal' | 'insert' | 'delete';

export interface Segment {
  readonly type: SegmentType;
  readonly text: string;
}

export interface RedlineNote {
  readonly text: string;
  readonly warn: boolean;
}

export interface RedlineEntry {
  /** The principal law whose article changes (UU-11-2008 for an ITE article restated by UU 1/2024). */
  readonly law: string;
  /** The article of the principal law ("Pasal 40", "Pasal 40B"). */
  readonly article: string;
  readonly op: Link['op'];
  readonly existing: string;
  readonly proposed: string;
  readonly segments: readonly Segment[];
  /** The corpus provision compared against, absent for insertions. */
  readonly provision: CorpusProvision | null;
  readonly status: CorpusStatus | null;
  /** How the existing text was obtained: the corpus text, or the wording in force since 2 January 2026. */
  readonly basis: 'text' | 'in-force-composed' | 'in-force-adjusted' | 'none';
  /** What the exported document says beside the provision; `warn` notes are caveats about the text compared (shown in red). */
  readonly notes: readonly RedlineNote[];
  /** The bill's provision that holds the proposed text, and its label ("Pasal 12" or "Pasal 60 angka 3"). */
  readonly nodeId: string;
  readonly billLabel: string;
  /** Gaps the clause containing this provision closes (fully or partly). */
  readonly gaps: readonly string[];
}

/**
 * Words and punctuation marks, each with the spaces after it, as git's word
 * diff treats spaces as separators rather than content (a unit number in
 * brackets, "(5)" or "(1a)", is one token); a line break and leading spaces
 * are tokens of their own. Joining the tokens gives the text back.
 */
const TOKEN = /[^\S\n]+|\n|(?:\([\p{L}\p{N}]{1,4}\)|[\p{L}\p{N}]+|[^\p{L}\p{N}\s])[^\S\n]*/gu;

function tokens(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

/**
 * What a token is compared by: the word without the spaces after it, so the
 * last word of a sentence that grows ("Kepolisian" becoming "Kepolisian
 * Negara …") is the same word, not deleted and inserted again.
 */
function key(t: string): string {
  const k = t.trimEnd();
  return k === '' ? t : k;
}

/** A token holding a word (letters or digits). */
const WORD = /[\p{L}\p{N}]/u;
/** Texts shorter than this are always diffed word by word. */
const MIN_WORDS_FOR_REWRITE = 8;

/** Edits beyond which a span is shown as wholly replaced rather than diffed. */
const MAX_EDITS = 4000;

/**
 * Word-level diff of two texts. The common prefix and suffix are cut first so
 * the diff works only on what changed; within a change, deletions come before
 * insertions. A span needing more than MAX_EDITS edits, or two wordings that
 * share less than half the words of the shorter one, are shown as replaced.
 */
export function diffText(oldText: string, newText: string): Segment[] {
  if (oldText === newText) return oldText ? [{ type: 'equal', text: oldText }] : [];
  const a = tokens(oldText);
  const b = tokens(newText);
  const ka = a.map(key);
  const kb = b.map(key);
  let pre = 0;
  while (pre < a.length && pre < b.length && ka[pre] === kb[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && ka[a.length - 1 - suf] === kb[b.length - 1 - suf]) suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  const out: Segment[] = [];
  let shared = 0;
  const push = (type: SegmentType, text: string): void => {
    if (text) out.push({ type, text });
  };
  /** Tokens equal by key: the word is common, differing spaces after it are changes. */
  const same = (x: string, y: string): void => {
    if (WORD.test(x)) shared++;
    if (x === y) return push('equal', x);
    const k = key(x);
    push('equal', k);
    push('delete', x.slice(k.length));
    push('insert', y.slice(k.length));
  };
  for (let i = 0; i < pre; i++) same(a[i]!, b[i]!);
  const [ia, ib] = internTokens(ka.slice(pre, a.length - suf), kb.slice(pre, b.length - suf));
  const runs = midA.length && midB.length ? myersDiff(ia, ib, MAX_EDITS) : null;
  if (runs) {
    let del = '';
    let ins = '';
    let j = 0;
    for (const r of runs) {
      if (r.op === 'delete') del += midA.slice(r.from, r.to).join('');
      else if (r.op === 'insert') {
        ins += midB.slice(r.from, r.to).join('');
        j = r.to;
      } else {
        push('delete', del);
        push('insert', ins);
        del = ins = '';
        for (let k = r.from; k < r.to; k++) same(midA[k]!, midB[j++]!);
      }
    }
    push('delete', del);
    push('insert', ins);
  } else {
    push('delete', midA.join(''));
    push('insert', midB.join(''));
  }
  for (let i = 0; i < suf; i++) same(a[a.length - suf + i]!, b[b.length - suf + i]!);
  // Two texts that share less than half the words of the shorter one are a
  // new wording, not an edit: a word diff of them is noise, so the changed
  // span is shown as deleted and inserted whole.
  const words = (ts: readonly string[]) => ts.reduce((n, t) => (WORD.test(t) ? n + 1 : n), 0);
  const shorter = Math.min(words(a), words(b));
  if (shorter >= MIN_WORDS_FOR_REWRITE && shared < shorter / 2) {
    const whole: Segment[] = [];
    const add = (type: SegmentType, text: string) => (text ? whole.push({ type, text }) : undefined);
    // The common prefix and suffix stay common where their spacing is the same.
    const head = a.slice(0, pre).join('') === b.slice(0, pre).join('') ? a.slice(0, pre).join('') : '';
    const tail = a.slice(a.length - suf).join('') === b.slice(b.length - suf).join('') ? a.slice(a.length - suf).join('') : '';
    add('equal', head);
    add('delete', oldText.slice(head.length, oldText.length - tail.length));
    add('insert', newText.slice(head.length, newText.length - tail.length));
    add('equal', tail);
    return whole;
  }
  return mergePhrases(out);
}

/** An equal run short enough to be swallowed into the change around it. */
function isGlue(s: Segment): boolean {
  if (s.type !== 'equal' || s.text.includes('\n')) return false;
  const words = tokens(s.text)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return words.length === 0 || (words.length === 1 && words[0]!.length <= 4);
}

/**
 * Merges changes separated only by spaces or a very short word into one
 * deletion and one insertion, so a redline reads as phrases rather than
 * character soup. The old and new texts are preserved exactly.
 */
export function mergePhrases(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < segments.length) {
    const s = segments[i]!;
    if (s.type === 'equal') {
      out.push(s);
      i++;
      continue;
    }
    let del = '';
    let ins = '';
    let j = i;
    // Consume changes and glue while another change follows the glue.
    for (;;) {
      const cur = segments[j];
      if (!cur) break;
      if (cur.type === 'delete') del += cur.text;
      else if (cur.type === 'insert') ins += cur.text;
      else if (isGlue(cur) && segments[j + 1] && segments[j + 1]!.type !== 'equal') {
        del += cur.text;
        ins += cur.text;
      } else break;
      j++;
    }
    if (del) out.push({ type: 'delete', text: del });
    if (ins) out.push({ type: 'insert', text: ins });
    i = j;
  }
  // Join neighbours of the same type.
  const joined: Segment[] = [];
  for (const s of out) {
    const last = joined[joined.length - 1];
    if (last && last.type === s.type) joined[joined.length - 1] = { type: s.type, text: last.text + s.text };
    else joined.push(s);
  }
  return joined;
}

/** The text after accepting all changes. */
export function acceptAll(segments: readonly Segment[]): string {
  return segments.filter((s) => s.type !== 'delete').map((s) => s.text).join('');
}

/** The text after rejecting all changes. */
export function rejectAll(segments: readonly Segment[]): string {
  return segments.filter((s) => s.type !== 'insert').map((s) => s.text).join('');
}

/** The wording a redline compares against: in force since 2 January 2026 where known. Notes are for the drafter, in Indonesian. */
export function existingWording(p: CorpusProvision): { text: string; basis: RedlineEntry['basis']; notes: RedlineNote[] } {
  const notes: RedlineNote[] = [];
  const warn = (text: string) => notes.push({ text, warn: true });
  if (p.status === 'partial') warn('Teks yang ada dalam korpus hanya sebagian (partial); redline ini tidak memuat sisa ketentuan yang tidak ditemukan.');
  if (p.status === 'paraphrase') warn('Teks yang ada dalam korpus adalah parafrasa, bukan kutipan verbatim; jangan dikutip sebagai hukum.');
  if (p.currency === 'revoked') warn('Menurut korpus, ketentuan ini sudah dicabut; periksa dasar pencabutannya sebelum merumuskan perubahan.');
  if (p.currency === 'superseded') warn('Menurut korpus, ketentuan ini sudah diganti oleh ketentuan lain; periksa rumusan penggantinya.');
  if (p.currency === 'unclear') warn('Menurut korpus, status berlakunya ketentuan ini belum pasti; periksa sumber resmi dan lakukan analisis hukum.');
  if (p.inForce) {
    const where = p.adjustedBy2026 ? ` (${p.adjustedBy2026.where})` : '';
    warn(
      p.inForce.basis === 'composed'
        ? `Dibandingkan dengan rumusan yang berlaku sejak 2 Januari 2026: uraian perbuatan menurut teks undang-undang, ancaman pidana menurut penyesuaian oleh UU 1/2026${where}.`
        : `Dibandingkan dengan rumusan yang berlaku sejak 2 Januari 2026 sebagaimana diubah oleh UU 1/2026${where}.`,
    );
    return { text: wordingInForce(p), basis: p.inForce.basis === 'composed' ? 'in-force-composed' : 'in-force-adjusted', notes };
  }
  return { text: wordingInForce(p), basis: 'text', notes };
}

interface LinkedNode {
  readonly node: Node;
  readonly link: Link;
  readonly ancestors: readonly string[];
  readonly clause: string | null;
}

function linkedNodes(doc: Node): LinkedNode[] {
  const out: LinkedNode[] = [];
  const walk = (node: Node, ancestors: string[], clause: string | null): void => {
    const id = typeof node.attrs.id === 'string' ? node.attrs.id : null;
    const here = typeof node.attrs.clause === 'string' && node.attrs.clause ? node.attrs.clause : clause;
    if ('links' in node.attrs) for (const link of readLinks(node.attrs.links)) out.push({ node, link, ancestors, clause: here });
    if (node.isTextblock) return;
    const next = id ? [...ancestors, id] : ancestors;
    node.forEach((c) => walk(c, next, here));
  };
  walk(doc.child(2), [], null);
  return out;
}

/**
 * Where an article falls in its law: its place in the corpus list, or for an
 * article the list lacks (an inserted Pasal 4A), just after the last listed
 * article whose number comes before it.
 */
function articleOrder(lib: LibraryIndex, law: string, article: string): number {
  const path = parseArticle(article);
  const list = lib.law(law)?.articles ?? [];
  if (!path) return Number.MAX_SAFE_INTEGER;
  const i = list.indexOf(path.pasal);
  if (i >= 0) return i;
  const key = (num: string): [number, string] => {
    const { base, suffix } = splitNumber(num);
    return [Number.isNaN(base) ? Number.MAX_SAFE_INTEGER : base, suffix];
  };
  const [base, suffix] = key(path.pasal);
  let before = -1;
  list.forEach((a, j) => {
    const [b, sfx] = key(a);
    if (b < base || (b === base && sfx < suffix)) before = j;
  });
  return before + 0.5;
}

/** The unit inside a restated Pasal that an article path such as "Pasal 1 angka 8" names, with its ancestors. */
function namedUnit(node: Node, ancestors: readonly string[], article: string, numbering: Numbering): { node: Node; ancestors: string[] } | null {
  const path = parseArticle(article);
  if (!path || path.units.length === 0 || path.also.length > 0 || node.type.name !== 'pasal') return null;
  let cur = node;
  const chain = [...ancestors];
  for (const unit of path.units) {
    const id = typeof cur.attrs.id === 'string' ? cur.attrs.id : '';
    let next: Node | null = null;
    cur.forEach((c) => {
      const info = typeof c.attrs.id === 'string' ? numbering.byId.get(c.attrs.id) : undefined;
      if (!next && info && info.kind === unit.unit && info.num === unit.num) next = c;
    });
    if (!next) return null;
    chain.push(id);
    cur = next;
  }
  return { node: cur, ancestors: chain };
}

/** A list marker or bracketed number at the start of a text: "8. ", "(2) ", "c. ". */
const MARKER = /^(?:\(\w{1,4}\)|\w{1,4}\.)\s+/;

/** Every redline entry of a draft, grouped by law and ordered by article. */
export function buildRedline(doc: Node, numbering: Numbering, lib: LibraryIndex): RedlineEntry[] {
  const ctx: ReadingContext = { numbering, lib };
  const instances = new Map(collectClauses(doc).map((c) => [c.clause, c]));
  const terms = new Set(definedTerms(doc).map((d) => d.term));
  const entries: RedlineEntry[] = [];
  for (const { node, link, ancestors, clause } of linkedNodes(doc)) {
    const id = String(node.attrs.id ?? '');
    const info = numbering.byId.get(id);
    let proposed = link.op === 'repeals' ? 'Dihapus.' : provisionText(node, ancestors, ctx);
    let law: string;
    let article: string;
    let existing = '';
    let provision: CorpusProvision | null = null;
    let basis: RedlineEntry['basis'] = 'none';
    const notes: RedlineNote[] = [];
    if (link.op === 'inserts') {
      law = link.law;
      article = `Pasal ${info?.num ?? '…'}`;
      notes.push({ text: `Pasal baru yang disisipkan setelah ${link.after}.`, warn: false });
    } else {
      provision = lib.provision(link.law, link.article) ?? null;
      law = provision?.of ?? link.law;
      article = link.article;
      if (!provision) notes.push({ text: `Ketentuan ${lawName(lib, link.law)} ${link.article} tidak ada dalam korpus; teks yang ada tidak dapat ditampilkan.`, warn: true });
      else {
        const w = existingWording(provision);
        existing = w.text;
        basis = w.basis;
        notes.push(...w.notes);
        // Compare like with like: the corpus holds "Pasal 1 angka 8" without
        // the lead of Pasal 1 or the number "8.", so the proposed side is that
        // unit of the restated Pasal, without its number.
        const unit = link.op === 'amends' && !MARKER.test(existing) ? namedUnit(node, ancestors, link.article, numbering) : null;
        if (unit) proposed = provisionText(unit.node, unit.ancestors, ctx).replace(MARKER, '');
      }
      if (link.op === 'replaces') notes.push({ text: 'Ketentuan ini tidak diubah secara tekstual; ketentuan baru dalam RUU menggantikan fungsinya.', warn: false });
    }
    const instance = clause ? instances.get(clause) : undefined;
    const t = instance ? lib.template(instance.template) : undefined;
    const gaps = t && instance ? [...templateCriteria(t, instance.params, terms).keys()].sort() : [];
    let billLabel = info?.label ?? '';
    let cur = info;
    while (cur && (cur.kind !== 'pasal' || cur.restated)) cur = cur.parent ? numbering.byId.get(cur.parent) : undefined;
    if (cur && cur.id !== id) {
      // The amendment point holding the provision, or the point itself (a repeal links the point).
      const point = [...ancestors, id].map((a) => numbering.byId.get(a)).find((x) => x?.kind === 'poin');
      billLabel = point && point.num ? `${cur.label} angka ${point.num}` : cur.label;
    }
    entries.push({ law, article, op: link.op, existing, proposed, segments: diffText(existing, proposed), provision, status: provision?.status ?? null, basis, notes, nodeId: id, billLabel, gaps });
  }
  const lawOrder = (l: string) => lib.library.laws.findIndex((x) => x.id === l);
  return entries.sort((a, b) => {
    const la = lib.law(a.law);
    const lb = lib.law(b.law);
    return (la?.year ?? 0) - (lb?.year ?? 0) || lawOrder(a.law) - lawOrder(b.law) || articleOrder(lib, a.law, a.article) - articleOrder(lib, b.law, b.article);
  });
}
