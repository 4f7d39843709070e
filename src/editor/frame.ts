// The derived frame of the bill around the title and the preamble: RANCANGAN,
// NOMOR ... TAHUN ..., TENTANG, and the Menetapkan line repeating the title
// (R4-R6, R28). Cheap enough to derive on every render.
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

export function framePlugin(): Plugin {
  return new Plugin({
    props: {
      decorations(state) {
        const doc = state.doc;
        const judul = doc.child(0);
        const name = judul.textContent.trim().toUpperCase() || '…';
        const pembukaanStart = judul.nodeSize;
        const pembukaan = doc.child(1);
        return DecorationSet.create(doc, [
          Decoration.node(0, judul.nodeSize, { 'data-nomor': `NOMOR ${judul.attrs.nomor ?? '...'} TAHUN ${judul.attrs.tahun ?? '...'}`, 'data-rancangan': judul.attrs.rancangan ? 'RANCANGAN' : '' }),
          Decoration.node(pembukaanStart, pembukaanStart + pembukaan.nodeSize, { 'data-diktum': `UNDANG-UNDANG TENTANG ${name}.` }),
        ]);
      },
    },
  });
}
