// What a restated Pasal changes in the Pasal in force, ayat by ayat, so the
// amendment instruction can name it as Lampiran II does (items 233-236 and
// their practice in drafting-rules.md): "Ketentuan ayat (2) Pasal 16A diubah",
// "di antara ayat (2) dan ayat (3) disisipkan 1 (satu) ayat, yakni ayat (2a)",
// "ditambah 1 (satu) ayat, yakni ayat (4)", "ayat (3) dihapus".
import type { Node } from 'prosemirror-model';
import { wordingInForce, type CorpusProvision } from './library';
import type { Numbering } from './numbering';
import { renderReference, type ReferenceStyle } from './references';
import { formatValue, type SlotFormat } from './params';
import { splitNumber } from './article';

export interface AmendmentScope {
  /** Ayat whose wording changes. */
  readonly changed: readonly string[];
  /** Ayat now reading "Dihapus.". */
  readonly deleted: readonly string[];
  /** Ayat inserted between two ayat in force ("2a" between "2" and "3"), grouped by place. */
  readonly inserted: readonly { readonly after: string; readonly before: string; readonly nums: readonly string[] }[];
  /** Ayat added after the last ayat in force. */
  readonly appended: readonly string[];
  /** True when every ayat in force changes and nothing is added: the whole Pasal is amended. */
  readonly whole: boolean;
}

const AYAT_START = /^\((\d+[a-z]?)\)\s+/;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The ayat of a text in force, number to wording (without the number); null when the Pasal has no ayat. */
function ayatInForce(text: string): Map<string, string> | null {
  const out = new Map<string, string>();
  let current: string | null = null;
  for (const line of text.split('\n')) {
    const m = AYAT_START.exec(line);
    if (m) {
      current = m[1]!;
      out.set(current, line.slice(m[0].length));
    } else if (current !== null) out.set(current, `${out.get(current)} ${line}`);
    else if (line.trim() !== '') return null;
  }
  return out.size > 0 ? out : null;
}

/** Plain text of a unit as printed, references and parameters included, without its own number. */
function unitWording(node: Node, ancestors: readonly string[], numbering: Numbering): string {
  const parts: string[] = [];
  const walk = (n: Node, chain: readonly string[]): void => {
    if (n.isTextblock) {
      n.forEach((c) => {
        if (c.isText) parts.push(c.text ?? '');
        else if (c.type.name === 'rujukan') {
          const targets = Array.isArray(c.attrs.targets) ? (c.attrs.targets as unknown[]).filter((t): t is string => typeof t === 'string') : [];
          parts.push(renderReference(targets, chain, numbering, c.attrs.style as ReferenceStyle).text);
        } else if (c.type.name === 'slot') parts.push(formatValue(c.attrs.format as SlotFormat | null, c.attrs.value));
      });
      return;
    }
    const id = typeof n.attrs.id === 'string' ? n.attrs.id : null;
    const info = id ? numbering.byId.get(id) : undefined;
    if (info && n !== node && info.label) parts.push(info.label);
    n.forEach((c) => walk(c, id ? [...chain, id] : chain));
  };
  walk(node, ancestors);
  return squash(parts.join(' '));
}

function ayatOrder(a: string, b: string): number {
  const x = splitNumber(a);
  const y = splitNumber(b);
  return x.base - y.base || (x.suffix < y.suffix ? -1 : x.suffix > y.suffix ? 1 : 0);
}

/**
 * The scope of a restated Pasal against the provision in force; null when
 * either side has no ayat (the instruction then amends the Pasal as a whole).
 */
export function amendmentScope(restated: Node, inForce: CorpusProvision, numbering: Numbering, ancestors: readonly string[]): AmendmentScope | null {
  const old = ayatInForce(wordingInForce(inForce));
  if (!old) return null;
  const fresh = new Map<string, string>();
  const id = typeof restated.attrs.id === 'string' ? restated.attrs.id : '';
  let onlyAyat = true;
  restated.forEach((child) => {
    const cid = typeof child.attrs.id === 'string' ? child.attrs.id : '';
    const info = numbering.byId.get(cid);
    if (child.type.name === 'ayat' && info?.num) fresh.set(info.num, unitWording(child, [...ancestors, id, cid], numbering));
    else onlyAyat = false;
  });
  if (!onlyAyat || fresh.size === 0) return null;
  const oldNums = [...old.keys()].sort(ayatOrder);
  const changed: string[] = [];
  const deleted: string[] = [];
  const added: string[] = [];
  for (const [num, wording] of [...fresh.entries()].sort(([a], [b]) => ayatOrder(a, b))) {
    const before = old.get(num);
    if (before === undefined) added.push(num);
    else if (wording === 'Dihapus.' && squash(before) !== 'Dihapus.') deleted.push(num);
    else if (squash(before) !== wording) changed.push(num);
  }
  // An ayat in force missing from the restatement: not a form Lampiran II knows.
  if (oldNums.some((n) => !fresh.has(n))) return null;
  const last = oldNums[oldNums.length - 1]!;
  const appended = added.filter((n) => ayatOrder(n, last) > 0 && splitNumber(n).suffix === '');
  const inserted: { after: string; before: string; nums: string[] }[] = [];
  for (const n of added.filter((x) => !appended.includes(x))) {
    const after = [...oldNums].reverse().find((o) => ayatOrder(o, n) < 0);
    const before = oldNums.find((o) => ayatOrder(o, n) > 0);
    if (!after || !before) return null;
    const group = inserted.find((g) => g.after === after);
    if (group) group.nums.push(n);
    else inserted.push({ after, before, nums: [n] });
  }
  const whole = added.length === 0 && deleted.length === 0 && changed.length === oldNums.length;
  return { changed, deleted, inserted, appended, whole };
}
