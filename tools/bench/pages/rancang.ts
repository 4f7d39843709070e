// Rancang's editor as the app builds it: validated draft, statute plugins
// (numbering, references, lint, maintenance, history, search, keymaps), node
// views and the app's styles.
import 'prosemirror-view/style/prosemirror.css';
import '../../../src/renderer/styles.css';
import { EditorView } from 'prosemirror-view';
import { parseDraft } from '../../../src/core/draft';
import { indexLibrary, type Library } from '../../../src/core/library';
import { createEditorState, PenutupView, RujukanView, SlotView } from '../../../src/editor';
import { draftText, instrument, opened } from './measure';

const [text, library] = await Promise.all([draftText(), fetch('./library.json').then((r) => r.json() as Promise<Library>)]);
const lib = indexLibrary(library);
const t0 = performance.now();
const parsed = parseDraft(text);
if (!parsed.ok) throw new Error(parsed.error.message);
const state = createEditorState(parsed.draft.doc, { lib });
const view = new EditorView(document.getElementById('editor')!, {
  state,
  nodeViews: {
    rujukan: (node, v, getPos, decorations) => new RujukanView(node, v, getPos, decorations),
    slot: (node) => new SlotView(node),
    penutup: (node) => new PenutupView(node),
  },
  attributes: { class: 'statute' },
});
opened(t0);
instrument(view.dom);
