// The coverage picture of the checklist export: a gap-by-clause matrix, gaps
// ordered by severity, one column per closing clause, cells coloured by the
// gap's status, so a reviewer sees which gaps are thin or hang on one clause.
import { Paragraph, type FileChild } from 'docx';
import type { ChecklistRow } from '../core/checklist';
import { closingClauses, coverageColumns } from '../core/coverage';
import { DEFAULT_LAYOUT, para, textWidth, type Layout } from './layout';
import { table, type CellSpec } from './table';

const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2 } as const;
const FILL = { closed: '63BE7B', partial: 'FFD966', open: 'F8696B' } as const;

/** The figure as a heading and a coloured table; empty when no clause closes any gap. */
export function coverageFigure(rows: readonly ChecklistRow[], layout: Layout = DEFAULT_LAYOUT): FileChild[] {
  const columns = coverageColumns(rows);
  if (columns.length === 0) return [];
  const ordered = [...rows].sort((a, b) => SEVERITY_ORDER[a.severity as keyof typeof SEVERITY_ORDER] - SEVERITY_ORDER[b.severity as keyof typeof SEVERITY_ORDER] || a.id.localeCompare(b.id));
  const index = columns.map((c, i) => `${i + 1} = ${c.label}`).join('; ');
  const colWidth = Math.max(2, Math.floor(70 / columns.length));
  return [
    new Paragraph({ children: [], pageBreakBefore: true }),
    para('GAMBAR: CAKUPAN CELAH OLEH KLAUSUL', { align: 'center', bold: true }),
    para('Baris: celah menurut tingkat keparahan; kolom: klausul penutup (nomor di bawah). Warna sel: hijau tertutup, kuning sebagian, merah terbuka; sel kosong: klausul itu tidak menutup celah tersebut. Kolom "n" menunjukkan jumlah klausul penutup: celah dengan satu klausul bergantung pada satu ketentuan saja.', { align: 'justify', italic: true, after: 120 }),
    table({
      header: ['Celah', 'n', ...columns.map((_, i) => String(i + 1))],
      rows: ordered.map((r) => {
        const by = closingClauses(r);
        const cells: CellSpec[] = [{ text: `${r.id} ${r.severity}` }, { text: String(by.size), bold: by.size <= 1 }];
        for (const c of columns) cells.push(by.has(c.clause) ? { text: '●', fill: FILL[r.status] } : { text: '' });
        return cells;
      }),
      widths: [18, 6, ...columns.map(() => colWidth)],
      textWidth: textWidth(layout, true),
      size: 'small',
    }),
    para(index, { align: 'left', italic: true, before: 120, size: 16 }),
  ];
}
