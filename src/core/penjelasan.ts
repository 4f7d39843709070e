// The Penjelasan is drafted together with the body (R96): every Pasal has an
// entry in II. PASAL DEMI PASAL, in body order, "Cukup jelas." until written
// (R100). Entries point at their Pasal by id, so renumbering never breaks them.
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { schema } from './schema';

/** Ids of the Pasal that get a Penjelasan entry: every Pasal except those restated inside amendment points. */
export function explainedPasalIds(doc: Node): string[] {
  const ids: string[] = [];
  doc.child(2).descendants((node) => {
    if (node.type.name === 'poin') return false;
    if (node.type.name === 'pasal') {
      if (typeof node.attrs.id === 'string') ids.push(node.attrs.id);
      return false;
    }
    return true;
  });
  return ids;
}

/** A "Cukup jelas." entry for a Pasal. */
export function cukupJelas(target: string): Node {
  return schema.nodes.penjelasanPasal!.create({ target }, schema.nodes.teks!.create(null, schema.text('Cukup jelas.')));
}

/** Position of the II. PASAL DEMI PASAL node. */
function pasalDemiPasalPos(doc: Node): number {
  let pos = 0;
  for (let i = 0; i < 4; i++) pos += doc.child(i).nodeSize;
  return pos + 1 + doc.child(4).child(0).nodeSize;
}

/**
 * Brings II. PASAL DEMI PASAL in line with the body: one entry per Pasal, in
 * body order; missing entries become "Cukup jelas."; entries of deleted Pasal go.
 * `overrides` supplies new entries (from a template) by Pasal id.
 */
export function syncPenjelasan(doc: Node, overrides?: ReadonlyMap<string, Node>): Transform {
  const tr = new Transform(doc);
  const container = doc.child(4).child(1);
  const existing = new Map<string, Node>();
  container.forEach((entry) => {
    const t = entry.attrs.target;
    if (typeof t === 'string' && !existing.has(t)) existing.set(t, entry);
  });
  const wanted = explainedPasalIds(doc).map((id) => overrides?.get(id) ?? existing.get(id) ?? cukupJelas(id));
  let same = wanted.length === container.childCount;
  for (let i = 0; same && i < wanted.length; i++) if (wanted[i] !== container.child(i)) same = false;
  if (same) return tr;
  const start = pasalDemiPasalPos(doc);
  tr.replaceWith(start + 1, start + 1 + container.content.size, wanted);
  return tr;
}
