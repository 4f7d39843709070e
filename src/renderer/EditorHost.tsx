// The one component that owns the ProseMirror EditorView. React never renders
// inside the editor; it reads the state the view reports.
import { useEffect, useRef } from 'react';
import { EditorView } from 'prosemirror-view';
import type { EditorState, Transaction } from 'prosemirror-state';
import { PenutupView, RujukanView, SlotView } from '../editor';

export interface EditorHostProps {
  readonly state: EditorState;
  /** Called after every transaction with the new state. */
  readonly onState: (state: EditorState, tr: Transaction) => void;
  readonly onView: (view: EditorView | null) => void;
  readonly onClickSlot?: (clause: string | null) => void;
}

export function EditorHost({ state, onState, onView, onClickSlot }: EditorHostProps) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const handlers = useRef({ onState, onClickSlot });
  handlers.current = { onState, onClickSlot };

  useEffect(() => {
    const v = new EditorView(mount.current!, {
      state,
      nodeViews: {
        rujukan: (node, v2, getPos, decorations) => new RujukanView(node, v2, getPos, decorations),
        slot: (node) => new SlotView(node),
        penutup: (node) => new PenutupView(node),
      },
      dispatchTransaction(tr) {
        const next = v.state.apply(tr);
        v.updateState(next);
        handlers.current.onState(next, tr);
      },
      handleClickOn(_view, _pos, node, nodePos, _event, direct) {
        if (direct && node.type.name === 'slot') {
          const $pos = v.state.doc.resolve(nodePos);
          for (let d = $pos.depth; d > 0; d--) {
            const clause = $pos.node(d).attrs.clause;
            if (typeof clause === 'string' && clause) {
              handlers.current.onClickSlot?.(clause);
              return false;
            }
          }
        }
        return false;
      },
      attributes: { class: 'statute', spellcheck: 'false', 'aria-label': 'Rancangan undang-undang' },
    });
    view.current = v;
    onView(v);
    return () => {
      onView(null);
      v.destroy();
      view.current = null;
    };
    // The view is created once; new documents arrive through updateState below.
  }, []);

  useEffect(() => {
    if (view.current && view.current.state !== state) view.current.updateState(state);
  }, [state]);

  return <div className="editor-scroll"><div ref={mount} className="editor-mount" /></div>;
}
