// Derived views of an editor state for the panes, memoised by document
// identity so that re-rendering a pane never recomputes what did not change.
import type { EditorState } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { getNumbering, outline, type OutlineEntry } from '../editor';
import { evaluateGaps, type GapStatus } from '../core/gaps';
import type { Gap, LibraryIndex } from '../core/library';
import type { ProjectClaim } from '../core/gaps';
import { collectClauses, type ClauseInstance } from '../core/clauses';

const outlineCache = new WeakMap<Node, OutlineEntry[]>();
const gapCache = new WeakMap<Node, { key: string; value: GapStatus[] }>();

/** Outline of the current document. */
export function outlineOf(state: EditorState): OutlineEntry[] {
  let hit = outlineCache.get(state.doc);
  if (!hit) {
    hit = outline(state.doc, getNumbering(state));
    outlineCache.set(state.doc, hit);
  }
  return hit;
}

/** Gap statuses of the current document (clause contributions are cached by node). */
export function gapsOf(state: EditorState, lib: LibraryIndex, projectGaps: readonly Gap[], claims: readonly ProjectClaim[]): GapStatus[] {
  const key = JSON.stringify([projectGaps.map((g) => g.id), claims]);
  const hit = gapCache.get(state.doc);
  if (hit && hit.key === key) return hit.value;
  let value = evaluateGaps(state.doc, getNumbering(state), lib, projectGaps, claims);
  // Keep the previous array when nothing changed, so panes need not re-render while typing.
  const text = JSON.stringify(value);
  if (lastGaps && lastGaps.text === text && lastGaps.key === key) value = lastGaps.value;
  else lastGaps = { key, text, value };
  gapCache.set(state.doc, { key, value });
  return value;
}

let lastGaps: { key: string; text: string; value: GapStatus[] } | null = null;

/** The clause instance holding the cursor, if any. */
export function clauseAtCursor(state: EditorState): ClauseInstance | null {
  const $from = state.selection.$from;
  for (let d = $from.depth; d > 0; d--) {
    const clause = $from.node(d).attrs.clause;
    if (typeof clause === 'string' && clause) return collectClauses(state.doc).find((c) => c.clause === clause) ?? null;
  }
  return null;
}

/** Position of a provision by id. */
export function positionOf(doc: Node, id: string): number | null {
  let found: number | null = null;
  doc.descendants((n, pos) => {
    if (found !== null) return false;
    if (n.attrs.id === id) {
      found = pos;
      return false;
    }
    return !n.isTextblock;
  });
  return found;
}

/**
 * What a reviewer links to a project gap from the cursor: the template clause
 * the cursor is in, or else the hand-written Pasal around it (by its id).
 */
export function linkTargetAtCursor(state: EditorState): string | null {
  const instance = clauseAtCursor(state);
  if (instance) return instance.clause;
  const $from = state.selection.$from;
  for (let d = $from.depth; d > 0; d--) {
    const node = $from.node(d);
    if (node.type.name === 'pasal' && typeof node.attrs.id === 'string' && node.attrs.id) return node.attrs.id;
  }
  return null;
}
