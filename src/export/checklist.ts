// The gap checklist (NAME.checklist.docx and .csv): every gap, its severity,
// status, closing Pasal, review state and note.
import { Packer, type FileChild } from 'docx';
import type { ChecklistRow } from '../core/checklist';
import { DEFAULT_LAYOUT, document, pageNumberHeaders, para, sectionPage, textWidth, type Layout } from './layout';
import { table, type CellSpec } from './table';

const STATUS_ID: Readonly<Record<string, string>> = { closed: 'tertutup', partial: 'sebagian', open: 'terbuka' };
const REVIEW_ID: Readonly<Record<string, string>> = { none: 'belum ditinjau', accepted: 'diterima', disputed: 'disanggah', stale: 'kedaluwarsa (teks berubah)' };
const FILL: Readonly<Record<string, string>> = { closed: 'C6EFCE', partial: 'FFEB9C', open: 'FFC7CE', stale: 'FFEB9C', disputed: 'FFC7CE' };

function closing(r: ChecklistRow): string {
  return r.closedBy.map((c) => `${c.pasal.join(', ') || '—'} (${c.template}${c.modified ? ', diubah' : ''})`).join('\n') || '—';
}

function reviewText(r: ChecklistRow): string {
  const base = REVIEW_ID[r.review] ?? r.review;
  return r.lastReview ? `${base}\n${r.lastReview.by}, ${r.lastReview.at.slice(0, 10)}` : base;
}

/** CSV, RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Indonesian text right. */
export function checklistCsv(rows: readonly ChecklistRow[]): string {
  const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const header = ['gap', 'severity', 'title', 'status', 'satisfied', 'missing', 'closing_pasal', 'templates', 'modified', 'review', 'reviewer', 'reviewed_at', 'note'];
  const lines = rows.map((r) =>
    [
      r.id,
      r.severity,
      r.gap.title.id,
      r.status,
      r.satisfied.join(' '),
      r.missing.join(' '),
      r.closedBy.flatMap((c) => c.pasal).join('; '),
      r.closedBy.map((c) => c.template).join('; '),
      r.closedBy.some((c) => c.modified) ? 'yes' : 'no',
      r.review,
      r.lastReview?.by ?? '',
      r.lastReview?.at ?? '',
      r.lastReview?.note ?? '',
    ]
      .map((v) => q(String(v)))
      .join(','),
  );
  return '\uFEFF' + [header.join(','), ...lines].join('\r\n') + '\r\n';
}

export interface ChecklistDocOptions {
  readonly billTitle: string;
  readonly author: string;
  readonly date: string;
  readonly layout?: Layout;
  /** Extra content after the table (the coverage figure). */
  readonly figure?: readonly FileChild[];
}

/** The checklist as DOCX bytes. */
export async function exportChecklist(rows: readonly ChecklistRow[], options: ChecklistDocOptions): Promise<Uint8Array> {
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const summary = ['closed', 'partial', 'open'].map((s) => `${rows.filter((r) => r.status === s).length} ${STATUS_ID[s]}`).join(', ');
  const body: FileChild[] = [
    para('DAFTAR PERIKSA PENUTUPAN CELAH', { align: 'center', bold: true }),
    para(`RANCANGAN UNDANG-UNDANG TENTANG ${options.billTitle.toUpperCase()}`, { align: 'center', bold: true }),
    para(`Per ${options.date.slice(0, 10)}: ${summary}.`, { align: 'center', after: 240 }),
    table({
      header: ['Celah', 'Tingkat', 'Status', 'Pasal penutup', 'Tinjauan', 'Catatan'],
      rows: rows.map((r): CellSpec[] => [
        { text: [`${r.id}`, r.gap.title.id] },
        { text: r.severity },
        { text: [STATUS_ID[r.status] ?? r.status, r.missing.length && r.status !== 'closed' ? `kurang: ${r.missing.join(', ')}` : ''].filter(Boolean), fill: FILL[r.status] },
        { text: closing(r) },
        { text: reviewText(r), fill: FILL[r.review] },
        { text: r.lastReview?.note || '—', italic: !r.lastReview?.note },
      ]),
      widths: [24, 10, 13, 20, 15, 18],
      textWidth: textWidth(layout, true),
    }),
    ...(options.figure ?? []),
  ];
  const doc = document({ title: `Daftar periksa celah: ${options.billTitle}`, creator: options.author, layout, sections: [{ properties: sectionPage(layout, true), headers: pageNumberHeaders(), children: body }] });
  return Packer.pack(doc, 'uint8array');
}
