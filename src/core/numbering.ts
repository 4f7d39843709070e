// Numbers are derived, never typed (design section 3): one pass over the
// document gives every provision its number and printed label.
import type { Node } from 'prosemirror-model';
import { KIND, type NumberStyle } from './kinds';
import { letter, ordinalBagian, roman, fromRoman, type AfterZ } from './terbilang';
import { nextInsertedNumber, parseArticle, splitNumber } from './article';
import { readLinks } from './links';

export interface NumberInfo {
  readonly id: string;
  readonly kind: string;
  /** The bare number: "IV", "Kesatu", "5", "2a", "c"; "" when the unit is unnumbered. */
  readonly num: string;
  /** As printed: "BAB IV", "Bagian Kesatu", "Pasal 5", "(2)", "c.", "1)". */
  readonly label: string;
  /** Id of the nearest provision ancestor. */
  readonly parent: string | null;
  /** Position among same-kind siblings, from 0. */
  readonly index: number;
  /** Position of the provision in document order. */
  readonly order: number;
  /** Inside an amendment point: numbered as a unit of the amended law. */
  readonly restated: boolean;
}

export interface NumberingProblem {
  readonly id: string;
  readonly message: string;
}

export interface Numbering {
  readonly byId: ReadonlyMap<string, NumberInfo>;
  readonly problems: readonly NumberingProblem[];
}

export interface NumberingOptions {
  /** What follows huruf z (R48; no rule in Lampiran II). */
  readonly afterZ?: AfterZ;
  /** Pasal numbers of a principal law, to catch an inserted number already taken (R132). */
  readonly lawArticles?: (law: string) => readonly string[] | undefined;
}

function formatNumber(style: NumberStyle, n: number, afterZ: AfterZ): string {
  switch (style) {
    case 'roman':
    case 'romanPasal':
      return roman(n);
    case 'ordinalWords':
      return ordinalBagian(n);
    case 'letter':
    case 'letterParen':
      return letter(n, afterZ);
    default:
      return String(n);
  }
}

/** Parses a printed number back to its counter value, so numbering can continue after a fixed number. */
function counterOf(style: NumberStyle, num: string): number {
  if (style === 'roman' || style === 'romanPasal') return fromRoman(num.replace(/[A-Z]$/, (c) => (/[IVXLCDM]/.test(c) ? c : '')));
  if (style === 'letter' || style === 'letterParen') {
    const m = /^([a-z])\1*$/.exec(num);
    return m ? (num.length - 1) * 26 + (m[1]!.charCodeAt(0) - 96) : NaN;
  }
  return splitNumber(num).base;
}

/** The printed label of a number in a style. */
export function labelFor(kind: string, style: NumberStyle, num: string): string {
  if (num === '') return '';
  const word = KIND[kind]?.numberWord;
  switch (style) {
    case 'parenArabic':
      return `(${num})`;
    case 'letter':
      return `${num}.`;
    case 'letterParen':
    case 'arabicParen':
      return `${num})`;
    default:
      return word ? `${word} ${num}` : `${num}.`;
  }
}

const UPPER_SUFFIX = new Set(['bab', 'pasal']);

interface Walk {
  readonly byId: Map<string, NumberInfo>;
  readonly problems: NumberingProblem[];
  readonly afterZ: AfterZ;
  readonly lawArticles?: (law: string) => readonly string[] | undefined;
  counters: { bab: number; pasal: number };
  order: number;
  romanPasal: boolean;
}

function styleOf(kind: string, w: Walk, restated: boolean): NumberStyle {
  if (kind === 'pasal' && w.romanPasal && !restated) return 'romanPasal';
  return KIND[kind]?.numbering ?? 'none';
}

/** Number the restated pasal of an amendment point from its links (R132). */
function linkedPasalNumber(node: Node, w: Walk, id: string): string | null {
  for (const link of readLinks(node.attrs.links)) {
    if (link.op === 'inserts') {
      const after = /^Pasal (\S+)$/.exec(link.after)?.[1];
      if (!after) continue;
      const taken = w.lawArticles?.(link.law);
      // A unit added after the last one takes the next ordinary number (R132, item 234a).
      if (taken && taken[taken.length - 1] === after && /^\d+$/.test(after)) return String(Number(after) + 1);
      const candidate = nextInsertedNumber(after, false);
      if (taken?.includes(candidate)) {
        w.problems.push({ id, message: `Pasal ${candidate} sudah ada dalam ${link.law}; Lampiran II tidak mengatur penyisipan di antara pasal sisipan (R132). Tentukan nomornya secara manual.` });
      }
      return candidate;
    }
    const path = parseArticle(link.article);
    if (path) return path.pasal;
  }
  return null;
}

// Counters live per parent, so Bagian restart in each BAB and Paragraf in each
// Bagian (R36, R37); BAB and Pasal use the document counters (R35, R38).
function walkChildren(parent: Node, parentId: string | null, w: Walk, restated: boolean): void {
  const local = new Map<string, { counter: number; index: number; prevNum: string | null }>();
  const siblingsOfKind = new Map<string, number>();
  parent.forEach((child) => {
    if (KIND[child.type.name]?.provision) siblingsOfKind.set(child.type.name, (siblingsOfKind.get(child.type.name) ?? 0) + 1);
  });
  parent.forEach((child) => {
    const kind = child.type.name;
    const spec = KIND[kind];
    if (!spec) return;
    if (!spec.provision) {
      if (kind === 'batangTubuh') w.romanPasal = child.attrs.perubahan === true;
      if (!child.isLeaf && !child.isTextblock) walkChildren(child, parentId, w, restated);
      return;
    }
    const id = typeof child.attrs.id === 'string' ? child.attrs.id : null;
    const childRestated = restated || kind === 'poin';
    const style = styleOf(kind, w, restated);
    const state = local.get(kind) ?? { counter: 0, index: 0, prevNum: null };
    const documentScoped = spec.numberScope === 'document' && !restated;
    const fixed = typeof child.attrs.num === 'string' && child.attrs.num !== '' ? child.attrs.num : null;
    const linked = kind === 'pasal' && restated && !fixed ? linkedPasalNumber(child, w, id ?? '?') : null;
    let num: string;
    if (fixed) {
      num = fixed;
      const c = counterOf(style, fixed);
      if (!Number.isNaN(c)) {
        if (documentScoped) w.counters[kind as 'bab' | 'pasal'] = c;
        else state.counter = c;
      }
    } else if (linked !== null) {
      num = linked;
    } else if (child.attrs.inserted === true) {
      const prev = state.prevNum;
      if (prev === null) {
        num = '?';
        if (id) w.problems.push({ id, message: 'Unit sisipan tidak didahului unit yang dapat menjadi dasar nomornya (R132); tautkan unit ini ke pasal yang mendahuluinya atau pindahkan ke sesudahnya.' });
      } else num = nextInsertedNumber(prev, !UPPER_SUFFIX.has(kind));
    } else if (documentScoped) {
      w.counters[kind as 'bab' | 'pasal'] += 1;
      num = formatNumber(style, w.counters[kind as 'bab' | 'pasal'], w.afterZ);
    } else if ((kind === 'pertimbangan' || kind === 'dasarHukumButir' || kind === 'poin') && siblingsOfKind.get(kind) === 1) {
      num = ''; // a single consideration, basis or amendment is not numbered (R18, R26, R130 form b)
    } else {
      state.counter += 1;
      num = formatNumber(style, state.counter, w.afterZ);
    }
    state.prevNum = num;
    const info: NumberInfo = { id: id ?? '', kind, num, label: labelFor(kind, style, num), parent: parentId, index: state.index, order: w.order++, restated: restated && kind !== 'poin' };
    state.index += 1;
    local.set(kind, state);
    if (id) {
      if (w.byId.has(id)) w.problems.push({ id, message: `Id ganda ${id}.` });
      else w.byId.set(id, info);
    }
    if (!child.isTextblock && !child.isLeaf) walkChildren(child, id ?? parentId, w, childRestated);
  });
}

/** Derives every provision's number and label. */
export function computeNumbering(doc: Node, options: NumberingOptions = {}): Numbering {
  const w: Walk = { byId: new Map(), problems: [], afterZ: options.afterZ ?? 'doubled', lawArticles: options.lawArticles, counters: { bab: 0, pasal: 0 }, order: 0, romanPasal: false };
  walkChildren(doc, null, w, false);
  return { byId: w.byId, problems: w.problems };
}
