// The baseline: a bare ProseMirror editor on the same document, with no
// plugins but history and keymaps.
import 'prosemirror-view/style/prosemirror.css';
import { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { schema } from '../../../src/core/schema';
import { draftText, instrument, opened } from './measure';

const text = await draftText();
const t0 = performance.now();
const doc = Node.fromJSON(schema, (JSON.parse(text) as { doc: unknown }).doc);
const state = EditorState.create({ doc, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo }), keymap(baseKeymap)] });
const view = new EditorView(document.getElementById('editor')!, { state });
opened(t0);
instrument(view.dom);
