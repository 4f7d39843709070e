// Cross-references render the current numbers in the rules' own form
// (Lampiran II items 271-284; R110-R113): "sebagaimana dimaksud dalam Pasal 5
// ayat (2) huruf a", "sebagaimana dimaksud pada ayat (1)", ranges with
// "sampai dengan", and several targets in the order R113 prescribes.
import type { Numbering, NumberInfo } from './numbering';
import { splitNumber } from './article';

export type ReferenceStyle = 'sdm' | 'bare';

export interface RenderedReference {
  readonly text: string;
  /** Target ids that no longer exist: the reference is dangling and must be reported. */
  readonly missing: readonly string[];
}

/** Word a unit takes in a reference. */
const UNIT_WORD: Readonly<Record<string, string>> = {
  bab: 'Bab',
  bagian: 'Bagian',
  paragraf: 'Paragraf',
  pasal: 'Pasal',
  ayat: 'ayat',
  huruf: 'huruf',
  angka: 'angka',
  poin: 'angka',
  hurufKurung: 'huruf',
  angkaKurung: 'angka',
  pertimbangan: 'huruf',
  dasarHukumButir: 'angka',
};

/** Kinds where a reference path stops going up. */
const PATH_ROOTS = new Set(['pasal', 'bab', 'bagian', 'paragraf', 'pertimbangan', 'dasarHukumButir']);

export const DANGLING_TEXT = '[rujukan tidak ditemukan]';

function unitText(seg: NumberInfo): string {
  const word = UNIT_WORD[seg.kind] ?? seg.kind;
  return seg.kind === 'ayat' ? `${word} (${seg.num})` : `${word} ${seg.num}`;
}

/** The chain of units from the reference root (Pasal, BAB, list root) down to `id`. */
export function chainOf(id: string, numbering: Numbering): NumberInfo[] | null {
  const chain: NumberInfo[] = [];
  let cur = numbering.byId.get(id);
  if (!cur) return null;
  for (;;) {
    chain.unshift(cur);
    if (PATH_ROOTS.has(cur.kind) || cur.parent === null) break;
    const up = numbering.byId.get(cur.parent);
    if (!up || !UNIT_WORD[up.kind] || up.kind === 'poin') break;
    cur = up;
  }
  return chain;
}

interface TrieNode {
  readonly seg: NumberInfo;
  leaf: boolean;
  readonly children: TrieNode[];
}

function consecutive(a: NumberInfo, b: NumberInfo): boolean {
  if (a.kind !== b.kind || a.kind === 'pertimbangan') return false; // R17 lists every konsiderans letter
  if (a.kind === 'pasal' || a.kind === 'bab') {
    const x = splitNumber(a.num);
    const y = splitNumber(b.num);
    return !x.suffix && !y.suffix && y.base === x.base + 1;
  }
  return a.parent === b.parent && b.index === a.index + 1;
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
}

function renderItems(nodes: readonly TrieNode[]): string[] {
  const sorted = [...nodes].sort((a, b) => a.seg.order - b.seg.order);
  const items: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const node = sorted[i]!;
    if (node.leaf || node.children.length === 0) {
      let j = i;
      while (j + 1 < sorted.length && (sorted[j + 1]!.leaf || sorted[j + 1]!.children.length === 0) && consecutive(sorted[j]!.seg, sorted[j + 1]!.seg)) j++;
      if (j - i >= 2) {
        // More than two consecutive units: "Pasal 5 sampai dengan Pasal 9" (R112).
        items.push(`${unitText(node.seg)} sampai dengan ${unitText(sorted[j]!.seg)}`);
        i = j + 1;
        continue;
      }
      items.push(unitText(node.seg));
    } else {
      items.push(`${unitText(node.seg)} ${joinList(renderItems(node.children))}`);
    }
    i++;
  }
  return items;
}

/**
 * Renders a reference to `targets` from a position whose enclosing provisions
 * are `sourceAncestors` (outermost first).
 */
export function renderReference(targets: readonly string[], sourceAncestors: readonly string[], numbering: Numbering, style: ReferenceStyle = 'sdm'): RenderedReference {
  const missing: string[] = [];
  const paths: NumberInfo[][] = [];
  const source = new Set(sourceAncestors);
  for (const id of targets) {
    const chain = chainOf(id, numbering);
    if (!chain) {
      missing.push(id);
      continue;
    }
    // Drop the units the reference shares with its own position: "pada ayat (1)" inside the same Pasal.
    let k = 0;
    while (k < chain.length - 1 && source.has(chain[k]!.id)) k++;
    paths.push(chain.slice(k));
  }
  if (paths.length === 0) return { text: DANGLING_TEXT, missing };
  // Same-Pasal units first, then other Pasal in ascending order (R113).
  paths.sort((a, b) => {
    const sa = a[0]!.kind === 'pasal' ? 1 : 0;
    const sb = b[0]!.kind === 'pasal' ? 1 : 0;
    return sa - sb || a[0]!.order - b[0]!.order;
  });
  const roots: TrieNode[] = [];
  for (const path of paths) {
    let level = roots;
    path.forEach((seg, depth) => {
      let node = level.find((n) => n.seg.id === seg.id);
      if (!node) {
        node = { seg, leaf: false, children: [] };
        level.push(node);
      }
      if (depth === path.length - 1) node.leaf = true;
      level = node.children;
    });
  }
  // Keep R113's order at the top level: the same-Pasal units before other Pasal.
  const local = roots.filter((r) => r.seg.kind !== 'pasal');
  const other = roots.filter((r) => r.seg.kind === 'pasal');
  const list = joinList([...renderItems(local), ...renderItems(other)]);
  let text = list;
  if (style === 'sdm') {
    const first = paths[0]![0]!;
    const prep = first.kind === 'ayat' ? 'pada' : 'dalam';
    text = `sebagaimana dimaksud ${prep} ${list}`;
  }
  if (missing.length) text = `${text} ${DANGLING_TEXT}`;
  return { text, missing };
}
