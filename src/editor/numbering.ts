// Live numbers and references in the editor. Numbers are shown as node
// decorations (data-label, printed by CSS), so they can never be edited;
// references are decorated with their rendered text. When a transaction only
// edits text, the decorations are mapped; otherwise they are derived again.
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { computeNumbering, type Numbering, type NumberingOptions } from '../core/numbering';
import { renderReference, type ReferenceStyle } from '../core/references';
import { amendingIntro, citeLaw, pointInstruction } from '../core/amendment';
import type { LibraryIndex } from '../core/library';
import { textOnly, touchesAmendmentPoint } from './structure';

class NumberingState {
  constructor(
    readonly numbering: Numbering,
    readonly decorations: DecorationSet,
    /** Increases whenever numbers may have changed. */
    readonly version: number,
  ) {}
}

const key = new PluginKey<NumberingState>('rancang-numbering');

/** The current numbering of an editor state. */
export function getNumbering(state: EditorState): Numbering {
  return key.getState(state)!.numbering;
}

/** A counter that changes whenever the numbering was derived again. */
export function numberingVersion(state: EditorState): number {
  return key.getState(state)!.version;
}

export interface RefDecorationSpec {
  readonly refText: string;
  readonly missing: boolean;
}

function penjelasanLabel(numbering: Numbering, target: string): string {
  const info = numbering.byId.get(target);
  if (!info) return '[unit tidak ditemukan]';
  if (info.kind === 'pasal') return info.label;
  if (info.kind === 'ayat') return `Ayat (${info.num})`;
  if (info.kind === 'huruf' || info.kind === 'hurufKurung') return `Huruf ${info.num}`;
  return `Angka ${info.num}`;
}

/** All decorations derived from numbering. */
function decorate(doc: Node, numbering: Numbering, lib: LibraryIndex | undefined): DecorationSet {
  const decos: Decoration[] = [];
  const walk = (node: Node, pos: number, ancestors: string[]): void => {
    node.forEach((child, offset) => {
      const at = pos + offset;
      const id = typeof child.attrs.id === 'string' ? child.attrs.id : null;
      const name = child.type.name;
      if (name === 'rujukan') {
        const targets = (child.attrs.targets as unknown[]).filter((t): t is string => typeof t === 'string');
        const r = renderReference(targets, ancestors, numbering, child.attrs.style as ReferenceStyle);
        const spec: RefDecorationSpec = { refText: r.text, missing: r.missing.length > 0 || targets.length === 0 };
        decos.push(Decoration.node(at, at + 1, { class: spec.missing ? 'ref-missing' : 'ref-ok' }, spec));
        return;
      }
      if (child.isText || child.isLeaf) return;
      const info = id ? numbering.byId.get(id) : undefined;
      const attrs: Record<string, string> = {};
      if (info && info.label) attrs['data-label'] = info.label;
      if (name === 'penjelasanPasal' || name === 'penjelasanButir') attrs['data-label'] = penjelasanLabel(numbering, String(child.attrs.target ?? ''));
      if (name === 'pasal' && child.firstChild?.type.name === 'poin') {
        const intro = amendingIntro(child, lib);
        attrs['data-intro'] = intro.single ? pointInstruction(child.firstChild, numbering, lib, `dalam ${citeLaw(String(child.attrs.law ?? ''), lib).text}`) : intro.text;
      }
      if (name === 'poin') {
        const parent = doc.resolve(at).parent;
        if (parent.childCount > 1) attrs['data-instruction'] = pointInstruction(child, numbering, lib, null);
      }
      if (Object.keys(attrs).length) decos.push(Decoration.node(at, at + child.nodeSize, attrs));
      if (!child.isTextblock || child.childCount > 0) walk(child, at + 1, id ? [...ancestors, id] : ancestors);
    });
  };
  walk(doc, 0, []);
  return DecorationSet.create(doc, decos);
}

/** The numbering plugin. */
export function numberingPlugin(options: NumberingOptions & { lib?: LibraryIndex } = {}): Plugin<NumberingState> {
  const derive = (doc: Node, version: number): NumberingState => {
    const numbering = computeNumbering(doc, options);
    return new NumberingState(numbering, decorate(doc, numbering, options.lib), version);
  };
  return new Plugin<NumberingState>({
    key,
    state: {
      init: (_config, state) => derive(state.doc, 0),
      apply: (tr, old) => {
        if (!tr.docChanged) return old;
        // Typing keeps numbers and references; typing in an amendment point also
        // changes its instruction, which is derived from the restated text.
        if (textOnly(tr)) return new NumberingState(old.numbering, touchesAmendmentPoint(tr) ? decorate(tr.doc, old.numbering, options.lib) : old.decorations.map(tr.mapping, tr.doc), old.version);
        return derive(tr.doc, old.version + 1);
      },
    },
    props: {
      decorations: (state) => key.getState(state)!.decorations,
    },
  });
}
