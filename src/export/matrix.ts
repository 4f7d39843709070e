// The comparison matrix (NAME.matriks.docx): a DIM-style table of existing
// provision, proposed provision, gaps closed and note (R151).
import { Packer } from 'docx';
import type { MatrixRow } from '../core/matrix';
import { DEFAULT_LAYOUT, document, pageNumberHeaders, para, sectionPage, textWidth, type Layout } from './layout';
import { table } from './table';

export async function exportMatrix(rows: readonly MatrixRow[], options: { billTitle: string; author: string; date: string; layout?: Layout }): Promise<Uint8Array> {
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const body = [
    para('MATRIKS PERBANDINGAN', { align: 'center', bold: true }),
    para(`RANCANGAN UNDANG-UNDANG TENTANG ${options.billTitle.toUpperCase()}`, { align: 'center', bold: true }),
    para(`Per ${options.date.slice(0, 10)}. Kolom "Ketentuan yang berlaku" memuat teks dari korpus rujukan; "—" berarti ketentuan baru (R151).`, { align: 'center', italic: true, after: 240 }),
    table({
      header: ['No.', 'Ketentuan yang berlaku', 'Rumusan RUU', 'Celah yang ditutup', 'Keterangan'],
      rows: rows.map((r) => [
        String(r.no),
        r.existing ? { text: [r.existing.heading, ...r.existing.text.split('\n')] } : { text: '—' },
        { text: [r.proposed.heading, ...r.proposed.text.split('\n')] },
        r.gaps.join(', ') || '—',
        { text: r.note, italic: true },
      ]),
      widths: [5, 33, 33, 10, 19],
      textWidth: textWidth(layout, true),
    }),
  ];
  const doc = document({ title: `Matriks perbandingan: ${options.billTitle}`, creator: options.author, layout, sections: [{ properties: sectionPage(layout, true), headers: pageNumberHeaders(), children: body }] });
  return Packer.pack(doc, 'uint8array');
}
