// The outline of the bill: BAB, Bagian, Paragraf and Pasal with their live
// numbers and titles, for the outline pane.
import type { Node } from 'prosemirror-model';
import type { Numbering } from '../core/numbering';

export interface OutlineEntry {
  readonly id: string;
  readonly kind: 'bab' | 'bagian' | 'paragraf' | 'pasal';
  readonly label: string;
  readonly title: string;
  readonly level: number;
  readonly pos: number;
  /** A clause template this Pasal came from. */
  readonly template: string | null;
}

const LEVEL = { bab: 0, bagian: 1, paragraf: 2, pasal: 3 } as const;

/** Outline entries in document order. */
export function outline(doc: Node, numbering: Numbering): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const bodyPos = doc.child(0).nodeSize + doc.child(1).nodeSize;
  doc.child(2).descendants((node, pos) => {
    const kind = node.type.name;
    if (kind === 'bab' || kind === 'bagian' || kind === 'paragraf' || kind === 'pasal') {
      const id = String(node.attrs.id ?? '');
      const label = numbering.byId.get(id)?.label ?? '';
      const title = kind === 'pasal' ? (node.firstChild?.isTextblock ? node.firstChild.textContent : (node.firstChild?.firstChild?.textContent ?? '')).slice(0, 80) : (node.firstChild?.textContent ?? '');
      out.push({ id, kind, label, title, level: LEVEL[kind], pos: bodyPos + 1 + pos, template: typeof node.attrs.template === 'string' ? node.attrs.template : null });
      return kind !== 'pasal';
    }
    return kind !== 'poin';
  });
  return out;
}
