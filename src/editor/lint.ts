// The drafting lint in the editor: marks in the text and a problems list, kept
// current as the drafter types. Linting runs shortly after typing pauses, off
// the keystroke path; meanwhile the marks follow the text through tr.mapping.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { lintDraft } from '../core/lint/lint';
import type { Finding } from '../core/lint/finding';
import type { LibraryIndex } from '../core/library';
import { getNumbering } from './numbering';

class LintState {
  constructor(
    readonly findings: readonly Finding[],
    readonly decorations: DecorationSet,
    /** The findings describe an older version of the text. */
    readonly stale: boolean,
  ) {}
}

const key = new PluginKey<LintState>('rancang-lint');

/** The latest findings and whether the text changed since. */
export function getLint(state: EditorState): { findings: readonly Finding[]; stale: boolean } {
  const s = key.getState(state)!;
  return { findings: s.findings, stale: s.stale };
}

function positions(doc: Node): Map<string, { from: number; to: number }> {
  const map = new Map<string, { from: number; to: number }>();
  doc.descendants((n, pos) => {
    if (typeof n.attrs.id === 'string') map.set(n.attrs.id, { from: pos, to: pos + n.nodeSize });
    return !n.isTextblock;
  });
  return map;
}

function decorationsFor(doc: Node, findings: readonly Finding[]): DecorationSet {
  let byId: Map<string, { from: number; to: number }> | null = null;
  const decos: Decoration[] = [];
  for (const f of findings) {
    const cls = `lint lint-${f.severity}`;
    const title = `${f.rule}: ${f.message}`;
    if (f.from !== undefined && f.to !== undefined && f.to <= doc.content.size) {
      const $from = doc.resolve(f.from);
      if ($from.parent.inlineContent && f.to <= $from.end()) decos.push(Decoration.inline(f.from, Math.max(f.to, f.from + 1), { class: cls, title }));
      else {
        const node = doc.nodeAt(f.from);
        if (node) decos.push(Decoration.node(f.from, f.from + node.nodeSize, { class: `${cls}-block`, title }));
      }
    } else if (f.nodeId) {
      byId ??= positions(doc);
      const r = byId.get(f.nodeId);
      if (r) decos.push(Decoration.node(r.from, r.to, { class: `${cls}-block`, title }));
    }
  }
  return DecorationSet.create(doc, decos);
}

/** Lints now (used by the delayed run and by tests). */
export function lintNow(state: EditorState, lib?: LibraryIndex): Transaction {
  const findings = lintDraft(state.doc, { numbering: getNumbering(state), lib });
  return state.tr.setMeta(key, findings).setMeta('addToHistory', false);
}

export function lintPlugin(options: { lib?: LibraryIndex; delayMs?: number } = {}): Plugin<LintState> {
  const delay = options.delayMs ?? 250;
  return new Plugin<LintState>({
    key,
    state: {
      // Opening a bill does not wait for the lint: it runs just after the first paint.
      init: () => new LintState([], DecorationSet.empty, true),
      apply: (tr, old) => {
        const fresh = tr.getMeta(key) as readonly Finding[] | undefined;
        if (fresh) return new LintState(fresh, decorationsFor(tr.doc, fresh), false);
        if (!tr.docChanged) return old;
        return new LintState(old.findings, old.decorations.map(tr.mapping, tr.doc), true);
      },
    },
    props: { decorations: (state) => key.getState(state)!.decorations },
    view: (view: EditorView) => {
      let timer: ReturnType<typeof setTimeout> | null = setTimeout(() => {
        timer = null;
        if (!view.isDestroyed) view.dispatch(lintNow(view.state, options.lib));
      }, delay);
      return {
        update: (v, prev) => {
          if (v.state.doc === prev.doc || !key.getState(v.state)!.stale) return;
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => {
            timer = null;
            if (!view.isDestroyed) view.dispatch(lintNow(view.state, options.lib));
          }, delay);
        },
        destroy: () => {
          if (timer) clearTimeout(timer);
        },
      };
    },
  });
}

