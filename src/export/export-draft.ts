// Every export of a draft, as named files of bytes (design section 7). The
// caller writes them; this layer never touches the file system.
import type { Draft } from '../core/draft';
import type { LibraryIndex } from '../core/library';
import { computeNumbering } from '../core/numbering';
import { readDraft } from '../core/reading';
import { buildRedline } from '../core/redline';
import { checklist } from '../core/checklist';
import { comparisonRows } from '../core/matrix';
import { exportBill } from './bill';
import { exportRedline } from './redline';
import { checklistCsv, exportChecklist } from './checklist';
import { exportMatrix } from './matrix';
import { coverageFigure } from './coverage';
import type { Layout } from './layout';

export const EXPORT_KINDS = ['bill', 'redline', 'checklist', 'matrix'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportFile {
  readonly kind: ExportKind;
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ExportOptions {
  /** File name stem: "ruu" gives ruu.ruu.docx, ruu.redline.docx, ... */
  readonly stem: string;
  readonly kinds?: readonly ExportKind[];
  readonly author: string;
  /** ISO date-time written on tracked changes and on the documents. */
  readonly date: string;
  readonly layout?: Layout;
  /** Called as each file is made, for a progress indicator. */
  readonly onProgress?: (done: number, total: number, name: string) => void;
}

/** The names an export writes. */
export function exportNames(stem: string, kinds: readonly ExportKind[] = EXPORT_KINDS): { kind: ExportKind; name: string }[] {
  const out: { kind: ExportKind; name: string }[] = [];
  for (const k of kinds) {
    if (k === 'bill') out.push({ kind: k, name: `${stem}.ruu.docx` });
    if (k === 'redline') out.push({ kind: k, name: `${stem}.redline.docx` });
    if (k === 'checklist') out.push({ kind: k, name: `${stem}.checklist.docx` }, { kind: k, name: `${stem}.checklist.csv` });
    if (k === 'matrix') out.push({ kind: k, name: `${stem}.matriks.docx` });
  }
  return out;
}

/** Makes the requested exports of a draft. */
export async function exportDraft(draft: Draft, lib: LibraryIndex, options: ExportOptions): Promise<ExportFile[]> {
  const kinds = options.kinds ?? EXPORT_KINDS;
  const names = exportNames(options.stem, kinds);
  const numbering = computeNumbering(draft.doc, { lawArticles: (l) => lib.law(l)?.articles });
  const title = draft.doc.firstChild?.textContent.trim() || draft.meta.title;
  const common = { billTitle: title, author: options.author, date: options.date, layout: options.layout };
  const files: ExportFile[] = [];
  const done = (kind: ExportKind, name: string, bytes: Uint8Array): void => {
    files.push({ kind, name, bytes });
    options.onProgress?.(files.length, names.length, name);
  };
  const redline = kinds.includes('redline') || kinds.includes('matrix') ? buildRedline(draft.doc, numbering, lib) : [];
  for (const { kind, name } of names) {
    if (kind === 'bill') done(kind, name, await exportBill(readDraft(draft.doc, { numbering, lib }), { title, author: options.author, layout: options.layout }));
    else if (kind === 'redline') done(kind, name, await exportRedline(redline, lib, common, draft.gaps));
    else if (kind === 'checklist') {
      const rows = checklist(draft, lib, numbering);
      if (name.endsWith('.csv')) done(kind, name, new TextEncoder().encode(checklistCsv(rows)));
      else done(kind, name, await exportChecklist(rows, { ...common, figure: coverageFigure(rows, options.layout) }));
    } else if (kind === 'matrix') done(kind, name, await exportMatrix(comparisonRows(draft.doc, numbering, lib, redline), common));
  }
  return files;
}
