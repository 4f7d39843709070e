// Stable provision ids (design section 3): random, persisted, unique in a draft.
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { PROVISION_KINDS } from './kinds';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh random id such as "p7k2m9x4qa". */
export function newId(random: () => number = Math.random): string {
  let id = 'p';
  for (let i = 0; i < 9; i++) id += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return id;
}

/**
 * Gives every provision without an id, or with an id already used earlier in
 * the document (a paste, a duplicated template), a fresh one. Returns the
 * transform, with no steps when nothing needed fixing.
 */
export function ensureIds(doc: Node, random: () => number = Math.random): Transform {
  const tr = new Transform(doc);
  const seen = new Set<string>();
  doc.descendants((node, pos) => {
    if (!PROVISION_KINDS.has(node.type.name)) return true;
    const id = node.attrs.id;
    if (typeof id !== 'string' || id === '' || seen.has(id)) {
      let fresh = newId(random);
      while (seen.has(fresh)) fresh = newId(random);
      seen.add(fresh);
      tr.setNodeAttribute(pos, 'id', fresh);
    } else seen.add(id);
    return true;
  });
  return tr;
}
