// The editor state of a draft: schema, plugins, keymap. The React shell owns
// one EditorView through EditorHost and reads derived state through the
// getters of the plugins.
import type { Node } from 'prosemirror-model';
import { EditorState, type Plugin, type Transaction } from 'prosemirror-state';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, chainCommands } from 'prosemirror-commands';
import { search } from 'prosemirror-search';
import { schema } from '../core/schema';
import type { LibraryIndex } from '../core/library';
import { numberingPlugin } from './numbering';
import { framePlugin } from './frame';
import { maintenancePlugin } from './maintenance';
import { lintPlugin } from './lint';
import { deleteEmptyUnit, demote, keepFocus, movePasal, newBab, newPasal, promote, splitUnit } from './commands';

export interface EditorOptions {
  readonly lib?: LibraryIndex;
  /** Delay of the lint after typing stops, in ms. */
  readonly lintDelayMs?: number;
  /** Extra key bindings of the shell (reference picker, find, save). */
  readonly keys?: Record<string, (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean>;
}

/** The plugins of a Rancang editor. */
export function rancangPlugins(options: EditorOptions = {}): Plugin[] {
  const lib = options.lib;
  return [
    numberingPlugin({ lib, lawArticles: (l) => lib?.law(l)?.articles }),
    framePlugin(),
    maintenancePlugin(),
    lintPlugin({ lib, delayMs: options.lintDelayMs }),
    history(),
    search(),
    keymap({
      'Mod-z': undo,
      'Shift-Mod-z': redo,
      'Mod-y': redo,
      Enter: splitUnit,
      Tab: chainCommands(demote, keepFocus),
      'Shift-Tab': chainCommands(promote, keepFocus),
      'Mod-Enter': newPasal,
      'Mod-Alt-b': newBab,
      'Alt-ArrowUp': movePasal(-1),
      'Alt-ArrowDown': movePasal(1),
      Backspace: chainCommands(deleteEmptyUnit),
      ...(options.keys ?? {}),
    }),
    keymap(baseKeymap),
  ];
}

/** A fresh editor state for a document. */
export function createEditorState(doc: Node, options: EditorOptions = {}): EditorState {
  return EditorState.create({ doc, schema, plugins: rancangPlugins(options) });
}
