// The outliner keys of the editor on real statute documents: Tab demotes an
// item under the one before it, Shift-Tab promotes it (taking the items that
// followed it along, so the text keeps its order), and with nothing to do
// either key is swallowed rather than moving the focus out of the bill.
import { describe, expect, test } from 'vitest';
import type { Node } from 'prosemirror-model';
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { angka, bab, bill, dasarHukumButir, huruf, pasal, pertimbangan } from '../../src/core/build';
import { computeNumbering } from '../../src/core/numbering';
import { renderText } from '../../src/core/reading';
import { demote, keepFocus, promote } from '../../src/editor/commands';
import { createEditorState } from '../../src/editor/setup';

function statute(p: Node): Node {
  return bill({ title: 'Uji', konsiderans: [pertimbangan('bahwa uji;')], dasarHukum: [dasarHukumButir('Pasal 20 Undang-Undang Dasar;')], body: [bab('UJI', { role: 'materi' }, p)] });
}

/** The state with the cursor at the end of the first text containing `words`. */
function at(doc: Node, words: string): EditorState {
  const state = createEditorState(doc);
  let pos = -1;
  doc.descendants((n, p) => {
    if (pos < 0 && n.isText && n.text!.includes(words)) pos = p + n.text!.indexOf(words) + words.length;
    return pos < 0;
  });
  if (pos < 0) throw new Error(`no text ${words}`);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
}

function run(state: EditorState, command: (s: EditorState, d?: (tr: Transaction) => void) => boolean): EditorState | null {
  let next: EditorState | null = null;
  const ok = command(state, (tr) => (next = state.apply(tr)));
  return ok ? next : null;
}

/** Pasal 1 as a reader sees it, one trimmed line per unit. */
function body(state: EditorState): string {
  const lines = renderText(state.doc, { numbering: computeNumbering(state.doc) }).split('\n').map((l) => l.trim());
  const start = lines.indexOf('Pasal 1');
  return lines.slice(start, start + 10).filter((l) => l !== '').join('\n');
}

const list = () => statute(pasal('Setiap Orang wajib:', huruf('melapor kepada:', angka('Kepolisian;'), angka('Kementerian;'), angka('Komisi;')), huruf('menyimpan data.')));

describe('Shift-Tab', () => {
  test('a middle item becomes the next item of its parent level and the items after it come along, in order', () => {
    const next = run(at(list(), 'Kementerian'), promote);
    expect(next).not.toBeNull();
    const text = body(next!);
    expect(text).toContain('a. melapor kepada:\n1. Kepolisian;\nb. Kementerian;\n1. Komisi;\nc. menyimpan data.');
    // The words keep their order.
    const order = ['Kepolisian', 'Kementerian', 'Komisi', 'menyimpan'].map((w) => text.indexOf(w));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('the last item becomes the next item with nothing to take along', () => {
    const text = body(run(at(list(), 'Komisi'), promote)!);
    expect(text).toContain('a. melapor kepada:\n1. Kepolisian;\n2. Kementerian;\nb. Komisi;\nc. menyimpan data.');
  });

  test('the cursor stays in the promoted text', () => {
    const next = run(at(list(), 'Kementerian'), promote)!;
    expect(next.selection.$from.parent.textContent).toBe('Kementerian;');
  });
});

describe('Tab', () => {
  test('demotes an item under the one before it', () => {
    const text = body(run(at(list(), 'menyimpan data.'), demote)!);
    expect(text).toContain('a. melapor kepada:\n1. Kepolisian;\n2. Kementerian;\n3. Komisi;\n4. menyimpan data.');
  });

  test('Shift-Tab undoes Tab', () => {
    const before = at(list(), 'menyimpan data.');
    const demoted = run(before, demote)!;
    const back = run(demoted, promote)!;
    expect(body(back)).toBe(body(before));
  });
});

describe('nothing to demote or promote', () => {
  test('the first item cannot be demoted, a Pasal text cannot be promoted, and the key is swallowed', () => {
    const first = at(list(), 'melapor kepada:');
    expect(run(first, demote)).toBeNull();
    expect(run(at(list(), 'Setiap Orang wajib:'), promote)).toBeNull();
    expect(keepFocus(first, undefined)).toBe(true);
  });
});
