// The editor's amendment instructions follow the restated text as the drafter
// types in it: typing elsewhere maps the decorations, typing inside an
// amendment point derives them again.
import { beforeAll, describe, expect, test } from 'vitest';
import { TextSelection, type EditorState } from 'prosemirror-state';
import type { DecorationSet } from 'prosemirror-view';
import { loadLibrary } from '../../src/io/library-loader';
import { indexLibrary, type LibraryIndex } from '../../src/core/library';
import { skeletonBill } from '../../src/core/build';
import { insertTemplate } from '../../src/core/instantiate';
import { createEditorState } from '../../src/editor/setup';

let lib: LibraryIndex;
beforeAll(async () => {
  lib = indexLibrary(await loadLibrary('templates'));
});

/** Every data-intro and data-instruction the numbering decorations carry. */
function instructions(state: EditorState): string[] {
  const out: string[] = [];
  for (const plugin of state.plugins) {
    const s = plugin.getState(state) as { decorations?: DecorationSet; numbering?: unknown } | undefined;
    if (!s?.decorations || !s.numbering) continue;
    for (const d of s.decorations.find()) {
      const attrs = (d as unknown as { type: { attrs?: Record<string, string> } }).type.attrs ?? {};
      for (const k of ['data-intro', 'data-instruction']) if (attrs[k]) out.push(attrs[k]!);
    }
  }
  return out;
}

/** Types `words` at the end of the first text containing `after`. */
function typeAfter(state: EditorState, after: string, words: string): EditorState {
  let pos = -1;
  state.doc.descendants((n, p) => {
    if (pos < 0 && n.isText && n.text!.includes(after)) pos = p + n.text!.indexOf(after) + after.length;
    return pos < 0;
  });
  if (pos < 0) throw new Error(`no text ${after}`);
  const at = state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  return at.apply(at.tr.insertText(words));
}

describe('amendment instructions in the editor', () => {
  test('typing in the one restated ayat that was unchanged makes the whole Pasal amended; typing elsewhere keeps the instruction', () => {
    const doc = insertTemplate(skeletonBill('Uji'), lib.template('pemulihan-korban')!, lib).tr.doc;
    const state = createEditorState(doc, { lib });
    const before = instructions(state).find((s) => s.includes('Pasal 71D'));
    expect(before).toMatch(/Ketentuan ayat \(1\) Pasal 71D(?: dalam .*)? diubah sehingga berbunyi sebagai berikut:$/);
    const elsewhere = typeAfter(state, 'Undang-Undang ini mulai berlaku pada tanggal diundangkan', ' Uji');
    expect(instructions(elsewhere).find((s) => s.includes('Pasal 71D'))).toBe(before);
    const inside = typeAfter(state, 'Ketentuan lebih lanjut mengenai pelaksanaan restitusi', ' Anak');
    expect(instructions(inside).find((s) => s.includes('Pasal 71D'))).toMatch(/^Ketentuan Pasal 71D(?: dalam .*)? diubah sehingga berbunyi sebagai berikut:$/);
  });
});
