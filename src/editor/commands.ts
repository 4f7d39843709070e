// Editing commands in the drafter's terms. Enter, Tab and Shift-Tab create,
// demote and promote ayat / huruf / angka as outliners do; further commands
// add Pasal, Bagian and BAB, move Pasal and BAB, insert references and clause
// templates. Commands follow ProseMirror's convention: (state, dispatch?) =>
// boolean, where no dispatch means "could this run?".
import { Fragment, type Node, type NodeType, type ResolvedPos } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import type { Transform } from 'prosemirror-transform';
import { schema } from '../core/schema';
import { KIND } from '../core/kinds';
import { newId } from '../core/ids';

const ITEM_KINDS = new Set(['ayat', 'huruf', 'angka', 'hurufKurung', 'angkaKurung']);
const UNIT_KINDS = new Set([...ITEM_KINDS, 'pasal']);

const DEEPER: Readonly<Record<string, string>> = { ayat: 'huruf', huruf: 'angka', angka: 'hurufKurung', hurufKurung: 'angkaKurung' };
const SHALLOWER: Readonly<Record<string, string>> = { huruf: 'ayat', angka: 'huruf', hurufKurung: 'angka', angkaKurung: 'hurufKurung' };

/** Applies the steps of a core Transform to an editor transaction. */
export function applyTransform(tr: Transaction, t: Transform): Transaction {
  for (const step of t.steps) tr.step(step);
  return tr;
}

interface UnitAt {
  /** The unit (ayat, huruf, pasal, ...) whose text holds the cursor. */
  readonly node: Node;
  readonly depth: number;
  readonly pos: number;
  /** The cursor is in the unit's first text block (its opening sentence). */
  readonly inLead: boolean;
}

/** The unit whose own text holds the cursor. */
export function unitAt($pos: ResolvedPos): UnitAt | null {
  if ($pos.parent.type.name !== 'teks') return null;
  const d = $pos.depth - 1;
  if (d < 1) return null;
  const node = $pos.node(d);
  if (!UNIT_KINDS.has(node.type.name)) return null;
  return { node, depth: d, pos: $pos.before(d), inLead: $pos.index(d) === 0 };
}

function teks(text?: Fragment): Node {
  return schema.nodes.teks!.create(null, text);
}

function childItems(node: Node): Node[] {
  const out: Node[] = [];
  node.forEach((c) => {
    if (ITEM_KINDS.has(c.type.name)) out.push(c);
  });
  return out;
}

/** Rebuilds a unit as another kind, taking its lists one level deeper or shallower. */
function retype(node: Node, kind: string, direction: 'deeper' | 'shallower'): Node | null {
  const type = schema.nodes[kind]!;
  const children: Node[] = [];
  let ok = true;
  node.forEach((c) => {
    if (!ok) return;
    if (ITEM_KINDS.has(c.type.name)) {
      const next = (direction === 'deeper' ? DEEPER : SHALLOWER)[c.type.name];
      const re = next ? retype(c, next, direction) : null;
      if (!re) ok = false;
      else children.push(re);
    } else children.push(c);
  });
  if (!ok) return null;
  const attrs: Record<string, unknown> = { ...node.attrs, num: null, inserted: false };
  try {
    return type.createChecked(Object.fromEntries(Object.keys(type.spec.attrs ?? {}).map((k) => [k, attrs[k] ?? null])), children);
  } catch {
    return null;
  }
}

/** The kind of a first item under a unit: huruf under Pasal and ayat, then one level deeper. */
function firstItemKind(unit: Node, $pos: ResolvedPos, depth: number): string | null {
  if (unit.type.name === 'pasal' || unit.type.name === 'ayat') {
    // Definitions in Ketentuan Umum are numbered 1., 2. (R54).
    const existing = childItems(unit)[0];
    return existing ? existing.type.name : 'huruf';
  }
  if (unit.type.name === 'angka' && depth > 0 && ($pos.node(depth - 1).type.name === 'pasal' || $pos.node(depth - 1).type.name === 'ayat')) return 'huruf';
  return DEEPER[unit.type.name] ?? null;
}

/** Enter: split a unit, open a list after a colon, or promote an empty item. */
export const splitUnit: Command = (state, dispatch) => {
  const { $from, $to, empty } = state.selection;
  if (!empty && $from.parent !== $to.parent) return false;
  const parentName = $from.parent.type.name;
  if (parentName === 'pertimbangan' || parentName === 'dasarHukumButir') {
    if (dispatch) {
      const tr = state.tr.deleteSelection();
      tr.split(tr.selection.from, 1, [{ type: $from.parent.type, attrs: { id: newId() } }]);
      dispatch(tr.scrollIntoView());
    }
    return true;
  }
  const unit = unitAt($from);
  if (!unit || !unit.inLead) return false;
  const text = $from.parent.textContent;
  const atEnd = $from.parentOffset === $from.parent.content.size;
  const items = childItems(unit.node);
  // An empty item: promote it, as outliners do.
  if (text.trim() === '' && items.length === 0 && ITEM_KINDS.has(unit.node.type.name) && unit.node.type.name !== 'ayat') return promote(state, dispatch);
  // After "...:" open the list, or add a first item before the existing ones.
  if (atEnd && (/:\s*$/.test(text) || items.length > 0)) {
    const kind = firstItemKind(unit.node, $from, unit.depth);
    if (!kind) return false;
    const item = schema.nodes[kind]!.create({ id: newId() }, teks());
    const insertAt = $from.after(); // just after the lead text
    if (!unit.node.type.contentMatch.matchFragment(Fragment.from(unit.node.firstChild!))?.matchType(schema.nodes[kind]!)) return false;
    if (dispatch) {
      const tr = state.tr.insert(insertAt, item);
      dispatch(tr.setSelection(TextSelection.create(tr.doc, insertAt + 2)).scrollIntoView());
    }
    return true;
  }
  if (unit.node.type.name === 'pasal') {
    // A Pasal's single text splits into ayat (1) and ayat (2).
    if (items.length > 0 || unit.node.childCount > 1) return false;
    if (dispatch) {
      const before = $from.parent.content.cut(0, $from.parentOffset);
      const after = $from.parent.content.cut($from.parentOffset);
      const ayat1 = schema.nodes.ayat!.create({ id: newId() }, teks(before));
      const ayat2 = schema.nodes.ayat!.create({ id: newId() }, teks(after));
      const start = unit.pos + 1;
      const tr = state.tr.replaceWith(start, start + unit.node.content.size, [ayat1, ayat2]);
      dispatch(tr.setSelection(TextSelection.create(tr.doc, start + ayat1.nodeSize + 2)).scrollIntoView());
    }
    return true;
  }
  // Split the unit at the cursor: the new sibling gets fresh attributes (no links, no number).
  if (dispatch) {
    let tr = state.tr;
    if (!empty) tr = tr.deleteSelection();
    const pos = tr.selection.from;
    tr.split(pos, 2, [{ type: unit.node.type, attrs: { id: newId() } }, { type: schema.nodes.teks! }]);
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/** Tab: the unit becomes the last item of its previous sibling, one level deeper. */
export const demote: Command = (state, dispatch) => {
  const unit = unitAt(state.selection.$from);
  if (!unit || !unit.inLead || !ITEM_KINDS.has(unit.node.type.name)) return false;
  const $unit = state.doc.resolve(unit.pos);
  const index = $unit.index();
  if (index === 0) return false;
  const prev = $unit.parent.child(index - 1);
  if (prev.type !== unit.node.type) return false;
  let kind = DEEPER[unit.node.type.name];
  const existing = childItems(prev)[0];
  if (existing) kind = existing.type.name;
  if (!kind) return false;
  const moved = retype(unit.node, kind, 'deeper');
  if (!moved) return false;
  let merged: Node;
  try {
    merged = prev.type.createChecked(prev.attrs, prev.content.append(Fragment.from(moved)));
  } catch {
    return false;
  }
  if (dispatch) {
    const prevPos = unit.pos - prev.nodeSize;
    const offset = state.selection.from - unit.pos;
    const tr = state.tr.replaceWith(prevPos, unit.pos + unit.node.nodeSize, merged);
    const cursor = prevPos + prev.nodeSize - 1 + offset;
    dispatch(tr.setSelection(TextSelection.create(tr.doc, Math.min(cursor, tr.doc.content.size))).scrollIntoView());
  }
  return true;
};

/**
 * Shift-Tab: the unit leaves its parent item and becomes its next sibling, one
 * level shallower. As in an outliner, the items that followed it under the old
 * parent come along as its own items, so the text keeps its order.
 */
export const promote: Command = (state, dispatch) => {
  const unit = unitAt(state.selection.$from);
  if (!unit || !unit.inLead || !ITEM_KINDS.has(unit.node.type.name) || unit.node.type.name === 'ayat') return false;
  const $unit = state.doc.resolve(unit.pos);
  const parent = $unit.parent;
  if (!ITEM_KINDS.has(parent.type.name)) return false;
  const moved = retype(unit.node, parent.type.name, 'shallower');
  if (!moved) return false;
  const index = $unit.index();
  const before: Node[] = [];
  const after: Node[] = [];
  parent.forEach((c, _offset, i) => {
    if (i < index) before.push(c);
    else if (i > index) after.push(c);
  });
  let rest: Node;
  let promoted: Node;
  try {
    rest = parent.type.createChecked(parent.attrs, before);
    promoted = moved.type.createChecked(moved.attrs, moved.content.append(Fragment.from(after)));
  } catch {
    return false;
  }
  if (dispatch) {
    const parentPos = $unit.before();
    const offset = state.selection.from - unit.pos;
    const tr = state.tr.replaceWith(parentPos, parentPos + parent.nodeSize, [rest, promoted]);
    const cursor = parentPos + rest.nodeSize + offset;
    dispatch(tr.setSelection(TextSelection.create(tr.doc, Math.min(cursor, tr.doc.content.size - 1))).scrollIntoView());
  }
  return true;
};

/** Tab and Shift-Tab stay in the bill: with nothing to demote or promote they do nothing rather than move the focus away. */
export const keepFocus: Command = () => true;

/** Backspace at the start of an empty unit removes it. */
export const deleteEmptyUnit: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parentOffset !== 0) return false;
  const unit = unitAt($from);
  if (!unit || !unit.inLead || !ITEM_KINDS.has(unit.node.type.name)) return false;
  if (unit.node.textContent !== '' || unit.node.childCount > 1) return false;
  const $unit = state.doc.resolve(unit.pos);
  const parent = $unit.parent;
  const remaining: Node[] = [];
  parent.forEach((c) => {
    if (c !== unit.node) remaining.push(c);
  });
  let replacement: Node[];
  try {
    replacement = [parent.type.createChecked(parent.attrs, remaining)];
  } catch {
    // The last ayat of a Pasal: the Pasal keeps a plain text instead.
    if (parent.type.name !== 'pasal') return false;
    replacement = [parent.type.create(parent.attrs, remaining.length ? remaining.flatMap((a) => [...Array(a.childCount).keys()].map((i) => a.child(i))).filter((n) => n.type.name === 'teks').slice(0, 1) : [teks()])];
  }
  if (dispatch) {
    const parentPos = $unit.before();
    const tr = state.tr.replaceWith(parentPos, parentPos + parent.nodeSize, replacement);
    const target = Math.max(1, Math.min(unit.pos - 1, tr.doc.content.size - 1));
    dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(target), -1)).scrollIntoView());
  }
  return true;
};

/** The Pasal (outside amendment points) holding the cursor. */
function currentPasal(state: EditorState): { node: Node; pos: number } | null {
  const $from = state.selection.$from;
  for (let d = $from.depth; d > 0; d--) {
    const n = $from.node(d);
    if (n.type.name === 'pasal' && !($from.node(d - 1).type.name === 'poin')) return { node: n, pos: $from.before(d) };
  }
  return null;
}

/** Adds an empty Pasal after the current one. */
export const newPasal: Command = (state, dispatch) => {
  const current = currentPasal(state);
  if (!current) return false;
  if (dispatch) {
    const pasal = schema.nodes.pasal!.create({ id: newId() }, teks());
    const at = current.pos + current.node.nodeSize;
    const tr = state.tr.insert(at, pasal);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView());
  }
  return true;
};

function ancestorOf(state: EditorState, name: string): { node: Node; pos: number; depth: number } | null {
  const $from = state.selection.$from;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type.name === name) return { node: $from.node(d), pos: $from.before(d), depth: d };
  return null;
}

/** Deletes the current Pasal (a container keeps at least one Pasal). References to it are then reported. */
export const deletePasal: Command = (state, dispatch) => {
  const current = currentPasal(state);
  if (!current) return false;
  const $pos = state.doc.resolve(current.pos);
  if ($pos.parent.childCount <= 1 || ($pos.parent.type.name !== 'batangTubuh' && $pos.parent.childCount <= 2 && $pos.parent.firstChild?.type.name === 'judulUnit')) return false;
  if (dispatch) {
    const tr = state.tr.delete(current.pos, current.pos + current.node.nodeSize);
    dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(current.pos, tr.doc.content.size - 1)), -1)).scrollIntoView());
  }
  return true;
};

/** Adds a BAB after the current one, with a heading to type and one empty Pasal. */
export const newBab: Command = (state, dispatch) => {
  const bab = ancestorOf(state, 'bab');
  if (!bab) return false;
  if (dispatch) {
    const node = schema.nodes.bab!.create({ id: newId(), role: 'materi' }, [schema.nodes.judulUnit!.create(), schema.nodes.pasal!.create({ id: newId() }, teks())]);
    const at = bab.pos + bab.node.nodeSize;
    const tr = state.tr.insert(at, node);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView());
  }
  return true;
};

/** Adds a Bagian after the current one; in a BAB of plain Pasal, they become Bagian Kesatu first. */
export const newBagian: Command = (state, dispatch) => {
  const bab = ancestorOf(state, 'bab');
  if (!bab) return false;
  const bagian = ancestorOf(state, 'bagian');
  const fresh = (): Node => schema.nodes.bagian!.create({ id: newId() }, [schema.nodes.judulUnit!.create(), schema.nodes.pasal!.create({ id: newId() }, teks())]);
  if (dispatch) {
    let tr: Transaction;
    let at: number;
    if (bagian) {
      at = bagian.pos + bagian.node.nodeSize;
      tr = state.tr.insert(at, fresh());
    } else {
      const pasal: Node[] = [];
      bab.node.forEach((c) => {
        if (c.type.name === 'pasal') pasal.push(c);
      });
      const first = schema.nodes.bagian!.create({ id: newId() }, [schema.nodes.judulUnit!.create(null, schema.text('Umum')), ...pasal]);
      const start = bab.pos + 1 + bab.node.firstChild!.nodeSize;
      tr = state.tr.replaceWith(start, bab.pos + bab.node.nodeSize - 1, [first, fresh()]);
      at = start + first.nodeSize;
    }
    dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 2)).scrollIntoView());
  }
  return true;
};

/** Moves a node (by position) one step up or down among its siblings of the same type. */
export function moveSibling(state: EditorState, pos: number, dir: -1 | 1): Transaction | null {
  const node = state.doc.nodeAt(pos);
  if (!node) return null;
  const $pos = state.doc.resolve(pos);
  const parent = $pos.parent;
  const index = $pos.index();
  const otherIndex = index + dir;
  if (otherIndex < 0 || otherIndex >= parent.childCount) return null;
  const other = parent.child(otherIndex);
  if (other.type !== node.type) return null;
  const tr = state.tr;
  if (dir === -1) {
    const otherPos = pos - other.nodeSize;
    tr.replaceWith(otherPos, pos + node.nodeSize, [node, other]);
    tr.setSelection(TextSelection.near(tr.doc.resolve(otherPos + 1)));
  } else {
    const end = pos + node.nodeSize + other.nodeSize;
    tr.replaceWith(pos, end, [other, node]);
    tr.setSelection(TextSelection.near(tr.doc.resolve(pos + other.nodeSize + 1)));
  }
  return tr.scrollIntoView();
}

/** BAB, Bagian and Paragraf that hold Pasal directly, in document order (amendment points excluded). */
function pasalContainers(doc: Node): { node: Node; pos: number }[] {
  const out: { node: Node; pos: number }[] = [];
  doc.forEach((top, topPos) => {
    if (top.type.name !== 'batangTubuh') return;
    const visit = (node: Node, pos: number): void => {
      if (node.type.name === 'pasal') return;
      let holds = false;
      node.forEach((c) => (holds ||= c.type.name === 'pasal'));
      if (holds) out.push({ node, pos });
      node.forEach((c, offset) => visit(c, pos + 1 + offset));
    };
    visit(top, topPos);
  });
  return out;
}

/**
 * Moves the Pasal at `pos` out of its BAB, Bagian or Paragraf into the
 * neighbouring one: up to the end of the one before, down to the start of the
 * one after. A container is never left without a Pasal.
 */
export function movePasalAcross(state: EditorState, pos: number, dir: -1 | 1): Transaction | null {
  const node = state.doc.nodeAt(pos);
  if (!node || node.type.name !== 'pasal') return null;
  const $pos = state.doc.resolve(pos);
  const containers = pasalContainers(state.doc);
  const here = containers.findIndex((c) => c.pos === $pos.before());
  const target = containers[here + dir];
  if (here < 0 || !target) return null;
  let pasalCount = 0;
  $pos.parent.forEach((c) => (pasalCount += c.type.name === 'pasal' ? 1 : 0));
  if (pasalCount <= 1) return null;
  const first = target.node.firstChild;
  const at = dir === -1 ? target.pos + target.node.nodeSize - 1 : target.pos + 1 + (first?.type.name === 'judulUnit' ? first.nodeSize : 0);
  const tr = state.tr.delete(pos, pos + node.nodeSize);
  const insertAt = tr.mapping.map(at, dir === -1 ? -1 : 1);
  tr.insert(insertAt, node);
  tr.setSelection(TextSelection.near(tr.doc.resolve(insertAt + 1)));
  return tr.scrollIntoView();
}

/** Alt-Up / Alt-Down: moves the current Pasal, across into the next BAB, Bagian or Paragraf at the edge of its own. */
export function movePasal(dir: -1 | 1): Command {
  return (state, dispatch) => {
    const current = currentPasal(state);
    if (!current) return false;
    const tr = moveSibling(state, current.pos, dir) ?? movePasalAcross(state, current.pos, dir);
    if (!tr) return false;
    if (dispatch) dispatch(tr);
    return true;
  };
}

/** Inserts a cross-reference to provisions by id at the cursor. */
export function insertReference(targets: readonly string[], style: 'sdm' | 'bare' = 'sdm'): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    if (!$from.parent.inlineContent || $from.parent.type.spec.marks === '' || !$from.parent.type.contentMatch.matchType(schema.nodes.rujukan!)) return false;
    if (dispatch) dispatch(state.tr.replaceSelectionWith(schema.nodes.rujukan!.create({ targets: [...targets], style })).scrollIntoView());
    return true;
  };
}

/** Node types a kind can turn into, for the toolbar. */
export function itemType(name: string): NodeType | undefined {
  return KIND[name] ? schema.nodes[name] : undefined;
}
