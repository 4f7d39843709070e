// Keeps the document's invariants after structural edits: every provision has
// a unique id (a paste duplicates ids), and II. PASAL DEMI PASAL has one entry
// per Pasal in body order (R96, R100). Text-only edits skip the walk.
import { Plugin } from 'prosemirror-state';
import { ensureIds } from '../core/ids';
import { syncPenjelasan } from '../core/penjelasan';
import { textOnly } from './structure';

export function maintenancePlugin(): Plugin {
  return new Plugin({
    appendTransaction(trs, _old, state) {
      if (!trs.some((tr) => tr.docChanged && !textOnly(tr))) return null;
      const tr = state.tr;
      for (const step of ensureIds(state.doc).steps) tr.step(step);
      for (const step of syncPenjelasan(tr.doc).steps) tr.step(step);
      if (!tr.docChanged) return null;
      return tr.setMeta('addToHistory', true).setMeta('rancang-maintenance', true);
    },
  });
}
