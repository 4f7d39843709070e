// Whether a transaction changed the structure of the bill or only the text
// inside text blocks. Typing changes text only, and derived state (numbers,
// references, Penjelasan entries) can then be mapped instead of recomputed.
import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from 'prosemirror-transform';

function inlineOnly(step: ReplaceStep, doc: Node): boolean {
  const $from = doc.resolve(step.from);
  const $to = doc.resolve(step.to);
  if ($from.parent !== $to.parent || !$from.parent.isTextblock) return false;
  if (step.slice.openStart !== 0 || step.slice.openEnd !== 0) return false;
  let ok = true;
  step.slice.content.forEach((n) => {
    if (!n.isText) ok = false; // an inserted reference or parameter needs its derived text
  });
  // Removing a reference or parameter changes nothing derived either.
  return ok;
}

/** True when every step only edits text inside one text block. */
export function textOnly(tr: Transaction): boolean {
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i]!;
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) continue;
    if (!(step instanceof ReplaceStep) || !inlineOnly(step, tr.docs[i]!)) return false;
  }
  return true;
}

/** True when a transaction touched the title (the frame of the bill is derived from it). */
export function touchesTitle(tr: Transaction): boolean {
  for (let i = 0; i < tr.steps.length; i++) {
    const map = tr.steps[i]!.getMap();
    const titleEnd = tr.docs[i]!.child(0).nodeSize;
    let hit = false;
    map.forEach((from) => {
      if (from <= titleEnd) hit = true;
    });
    if (hit) return true;
  }
  return false;
}

/**
 * True when a transaction edited text inside an amendment point: the point's
 * instruction is derived from its restated text ("Ketentuan ayat (2) … diubah"),
 * so it must be derived again, while typing anywhere else keeps it.
 */
export function touchesAmendmentPoint(tr: Transaction): boolean {
  for (let i = 0; i < tr.steps.length; i++) {
    const doc = tr.docs[i]!;
    let hit = false;
    tr.steps[i]!.getMap().forEach((from) => {
      const $pos = doc.resolve(Math.min(from, doc.content.size));
      for (let d = $pos.depth; d > 0 && !hit; d--) if ($pos.node(d).type.name === 'poin') hit = true;
    });
    if (hit) return true;
  }
  return false;
}
