// The light markup clause templates are written in: statute text as a drafter
// types it, one unit per line, nested items indented by two spaces.
//
//   (1) Setiap Orang dilarang:
//     a. memproduksi Materi KESA;
//     b. menyebarluaskan Materi KESA; atau
//     c. menguasai Materi KESA.
//   (2) Larangan {ref:/1} tidak berlaku bagi ... paling lambat {jamLapor}.
//
// Numbers written in the markup are dropped (numbers are derived) unless the
// text restates an existing provision, where they are kept as fixed numbers.
// Inline: {param} is a parameter slot, {ref:key/1/a} a cross-reference to a
// part of the same clause ("/1" = ayat (1) of this part), {bare:...} a
// reference without "sebagaimana dimaksud", _text_ italic.

export interface MarkupNode {
  readonly type: string;
  readonly attrs?: Record<string, unknown>;
  readonly content?: MarkupNode[];
  readonly text?: string;
  readonly marks?: { type: string }[];
}

export class MarkupError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** A reference written in markup, resolved later against the built clause. */
export interface PendingRef {
  readonly raw: string;
}

type ItemKind = 'ayat' | 'huruf' | 'angka' | 'hurufKurung' | 'angkaKurung';

const MARKERS: readonly [ItemKind, RegExp][] = [
  ['ayat', /^\((\d+[a-z]?)\)\s+/],
  ['hurufKurung', /^([a-z]{1,2})\)\s+/],
  ['angkaKurung', /^(\d+[a-z]?)\)\s+/],
  ['huruf', /^([a-z]{1,2})\.\s+/],
  ['angka', /^(\d+[a-z]?)\.\s+/],
];

interface Container {
  readonly node: { type: string; attrs: Record<string, unknown>; content: MarkupNode[] };
  readonly depth: number; // -1 for the pasal or ayat level
  lead: string | null;
  hasItems: boolean;
  trailing: string | null;
  readonly line: number;
}

/** Parses inline markup into text, slot and reference nodes. */
export function parseInline(text: string, line = 0): MarkupNode[] {
  const out: MarkupNode[] = [];
  const re = /\{(ref|bare):([^}]+)\}|\{([a-z][A-Za-z0-9]*)\}|_([^_]+)_/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) {
      out.push({ type: 'rujukan', attrs: { targets: m[2]!.split(',').map((t) => `@${t.trim()}`), style: m[1] === 'ref' ? 'sdm' : 'bare' } });
    } else if (m[3] !== undefined) {
      out.push({ type: 'slot', attrs: { name: m[3] } });
    } else if (m[4] !== undefined) {
      out.push({ type: 'text', text: m[4], marks: [{ type: 'em' }] });
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  if (/[{}]/.test(text.replace(re, ''))) throw new MarkupError('unbalanced "{" or "}": write {param}, {ref:key} or {bare:key}', line);
  return out.filter((n) => n.type !== 'text' || (n.text ?? '') !== '');
}

function teks(text: string, line: number): MarkupNode {
  return { type: 'teks', content: parseInline(text.trim(), line) };
}

function close(c: Container): void {
  const content: MarkupNode[] = [];
  if (c.lead === null) throw new MarkupError('a unit needs text before its list', c.line);
  content.push(teks(c.lead, c.line));
  content.push(...c.node.content);
  if (c.trailing !== null) content.push(teks(c.trailing, c.line));
  c.node.content.length = 0;
  c.node.content.push(...content);
}

/**
 * Parses the text of one Pasal. Returns its content: ayat, or a lead text with
 * an optional list and trailing text. `keepNumbers` keeps written numbers as
 * fixed numbers (restatements of existing law).
 */
export function parsePasalBody(source: string, keepNumbers = false): MarkupNode[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const root: Container = { node: { type: 'pasal', attrs: {}, content: [] }, depth: -1, lead: null, hasItems: false, trailing: null, line: 1 };
  const stack: Container[] = [root];
  const ayat: MarkupNode[] = [];
  let sawAyat = false;
  let sawOther = false;
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '') return;
    if (/\t/.test(raw.slice(0, raw.length - raw.trimStart().length))) throw new MarkupError('indent with spaces, not tabs', lineNo);
    const indent = raw.length - raw.trimStart().length;
    if (indent % 2 !== 0) throw new MarkupError('indent nested items by two spaces per level', lineNo);
    const depth = indent / 2;
    const body = raw.trim();
    const marker = MARKERS.find(([, re]) => re.test(body));
    if (marker && marker[0] === 'ayat' && depth === 0) {
      if (sawOther) throw new MarkupError('a Pasal with ayat has all its text in ayat (R42)', lineNo);
      sawAyat = true;
      while (stack.length > 0) {
        const c = stack.pop()!;
        if (c !== root) close(c);
      }
      const m = marker[1].exec(body)!;
      const node = { type: 'ayat', attrs: keepNumbers ? { num: m[1] } : {}, content: [] as MarkupNode[] };
      ayat.push(node);
      stack.push({ node, depth: -1, lead: body.slice(m[0].length), hasItems: false, trailing: null, line: lineNo });
      return;
    }
    if (!sawAyat) sawOther = true;
    if (marker && marker[0] !== 'ayat') {
      // Item at `depth`: its parent is the container at depth - 1.
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) close(stack.pop()!);
      const parent = stack[stack.length - 1]!;
      // First-level items may sit flush with their opening sentence or be indented one level.
      if (parent.depth !== depth - 1 && !(parent.depth === -1 && depth === 1)) throw new MarkupError(`item indented ${depth} levels has no parent item one level up`, lineNo);
      if (parent.trailing !== null) throw new MarkupError('an item cannot follow the closing text of a list', lineNo);
      if (parent.lead === null) throw new MarkupError('a list needs an opening sentence before it', lineNo);
      const m = marker[1].exec(body)!;
      const node = { type: marker[0], attrs: keepNumbers ? { num: m[1] } : {}, content: [] as MarkupNode[] };
      const prev = parent.node.content[parent.node.content.length - 1];
      if (prev && prev.type !== marker[0]) throw new MarkupError(`a list mixes ${prev.type} and ${marker[0]} items`, lineNo);
      parent.node.content.push(node);
      parent.hasItems = true;
      stack.push({ node, depth, lead: body.slice(m[0].length), hasItems: false, trailing: null, line: lineNo });
      return;
    }
    // Plain text: opening sentence, continuation, or closing text after a list.
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) close(stack.pop()!);
    const cur = stack[stack.length - 1]!;
    if (cur.lead === null) cur.lead = body;
    else if (cur.hasItems) {
      if (cur.depth !== -1) throw new MarkupError('closing text after a nested list is not allowed', lineNo);
      cur.trailing = cur.trailing === null ? body : `${cur.trailing} ${body}`;
    } else cur.lead = `${cur.lead} ${body}`;
  });
  while (stack.length > 0) close(stack.pop()!);
  if (sawAyat) return ayat;
  if (root.lead === null) throw new MarkupError('empty text', 1);
  return root.node.content;
}
