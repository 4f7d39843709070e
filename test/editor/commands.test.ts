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
import { demote, keepFocus, movePasal, promote } from '../../src/editor/commands';
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

describe('Alt-Up / Alt-Down', () => {
  const twoBabs = () =>
    bill({
      title: 'Uji',
      konsiderans: [pertimbangan('bahwa uji;')],
      dasarHukum: [dasarHukumButir('Pasal 20 Undang-Undang Dasar;')],
      body: [bab('PERTAMA', { role: 'materi' }, pasal('Norma satu.'), pasal('Norma dua.')), bab('KEDUA', { role: 'materi' }, pasal('Norma tiga.'), pasal('Norma empat.'))],
    });
  /** "BAB I: Norma satu. | Norma dua." per BAB, from the plain text. */
  const layout = (state: EditorState): string[] => {
    const out: string[] = [];
    state.doc.child(2).forEach((b) => {
      const texts: string[] = [];
      b.forEach((c) => (c.type.name === 'pasal' ? texts.push(c.textContent) : undefined));
      out.push(texts.join(' | '));
    });
    return out;
  };

  test('within a BAB, the Pasal swaps with its neighbour', () => {
    const next = run(at(twoBabs(), 'Norma satu.'), movePasal(1))!;
    expect(layout(next)).toEqual(['Norma dua. | Norma satu.', 'Norma tiga. | Norma empat.']);
  });

  test('at the edge of its BAB, the Pasal moves into the next BAB, and back', () => {
    const down = run(at(twoBabs(), 'Norma dua.'), movePasal(1))!;
    expect(layout(down)).toEqual(['Norma satu.', 'Norma dua. | Norma tiga. | Norma empat.']);
    expect(down.selection.$from.parent.textContent).toBe('Norma dua.');
    const up = run(down, movePasal(-1))!;
    expect(layout(up)).toEqual(['Norma satu. | Norma dua.', 'Norma tiga. | Norma empat.']);
    // Numbers follow: the moved Pasal keeps its place in the continuous numbering.
    expect(body(up)).toContain('Pasal 2\nNorma dua.');
  });

  test('a BAB is never left without a Pasal, and the first Pasal of the bill stays put', () => {
    const down = run(at(twoBabs(), 'Norma dua.'), movePasal(1))!;
    const alone = at(down.doc, 'Norma satu.');
    expect(run(alone, movePasal(1))).toBeNull();
    expect(run(at(twoBabs(), 'Norma satu.'), movePasal(-1))).toBeNull();
  });
});
