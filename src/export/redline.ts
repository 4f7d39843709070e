// The redline (NAME.redline.docx): for every existing provision the bill
// touches, the text in force turned into the proposed text with real tracked
// changes (w:ins / w:del with author and date), word level, grouped by law and
// ordered by article, with a comment naming the gaps each change closes.
// Accept All gives exactly the proposed text; Reject All the existing text.
import { Packer, Paragraph, TextRun, type FileChild } from 'docx';
import type { RedlineEntry, RedlineNote } from '../core/redline';
import { lawName, type Gap, type LibraryIndex } from '../core/library';
import { Prebuilt, commentEnd, commentReference, commentStart, deletedRun, insertedRun, paragraph, run, type Xml } from './ooxml';
import { DEFAULT_LAYOUT, alignment, cm, document, pageNumberHeaders, para, sectionPage, xmlSafe, type Layout } from './layout';

/** Paragraph style of the tracked provision text, so readers and tests can find it. */
export const REDLINE_STYLE = 'RancangRedline';
/** Colours of the notes under each heading: caveats about the text compared, and the rest. */
export const WARN_COLOR = 'B00000';
export const NOTE_COLOR = '555555';

const OP_TEXT: Readonly<Record<RedlineEntry['op'], string>> = {
  amends: 'diubah oleh',
  replaces: 'digantikan fungsinya oleh',
  repeals: 'dihapus oleh',
  inserts: 'disisipkan oleh',
};

const STATUS_TEXT: Readonly<Record<string, string>> = {
  verbatim: 'verbatim (dari ekstraksi teks resmi)',
  'verbatim-2': 'verbatim, dicocokkan dengan dua sumber',
  partial: 'SEBAGIAN: teks tidak lengkap',
  paraphrase: 'PARAFRASA: bukan kutipan verbatim',
};

interface Counter {
  next: number;
}

/** Paragraphs of one provision's change set; a newline inside a change is a tracked paragraph mark. */
export function trackedParagraphs(entry: RedlineEntry, revision: { author: string; date: string }, counter: Counter, comment: number | null): Prebuilt[] {
  const paragraphs: Prebuilt[] = [];
  let children: Xml[] = comment !== null ? [commentStart(comment)] : [];
  const flush = (mark: 'equal' | 'insert' | 'delete' | 'last'): void => {
    if (mark === 'last' && comment !== null) children.push(commentEnd(comment), commentReference(comment));
    const type = mark === 'insert' ? 'ins' : mark === 'delete' ? 'del' : null;
    paragraphs.push(new Prebuilt(paragraph(children, { style: REDLINE_STYLE, mark: type ? { type, revision: { id: counter.next++, ...revision } } : undefined })));
    children = [];
  };
  for (const seg of entry.segments) {
    const pieces = seg.text.split('\n');
    pieces.forEach((piece, i) => {
      if (piece) {
        if (seg.type === 'insert') children.push(insertedRun(piece, { id: counter.next++, ...revision }));
        else if (seg.type === 'delete') children.push(deletedRun(piece, { id: counter.next++, ...revision }));
        else children.push(run(piece));
      }
      if (i < pieces.length - 1) flush(seg.type);
    });
  }
  flush('last');
  return paragraphs;
}

export interface RedlineOptions {
  readonly billTitle: string;
  readonly author: string;
  /** ISO date of the revisions. */
  readonly date: string;
  readonly layout?: Layout;
}

function gapTitle(lib: LibraryIndex, projectGaps: readonly Gap[], id: string): string {
  const g = lib.gap(id) ?? projectGaps.find((x) => x.id === id);
  return g ? `${id} (${g.severity}): ${g.title.id}` : id;
}

/** The redline document as DOCX bytes. */
export async function exportRedline(entries: readonly RedlineEntry[], lib: LibraryIndex, options: RedlineOptions, projectGaps: readonly Gap[] = []): Promise<Uint8Array> {
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const revision = { author: options.author, date: options.date };
  const counter: Counter = { next: 1 };
  const comments: { id: number; author: string; date: Date; children: Paragraph[] }[] = [];
  const body: FileChild[] = [
    para('PERBANDINGAN KETENTUAN YANG BERLAKU DENGAN RUMUSAN', { align: 'center', bold: true }),
    para(`RANCANGAN UNDANG-UNDANG TENTANG ${options.billTitle.toUpperCase()}`, { align: 'center', bold: true, after: 240 }),
    para(
      `Setiap ketentuan undang-undang yang diubah, dihapus, disisipi, atau digantikan fungsinya oleh RUU ditampilkan dengan perubahan terlacak (track changes) atas nama ${options.author}. "Terima Semua" menghasilkan rumusan RUU; "Tolak Semua" menghasilkan teks yang berlaku. Teks yang berlaku diambil dari korpus rujukan Rancang beserta statusnya; catatan di bawah setiap judul menyebut bila teks itu tidak verbatim atau bila ancaman pidananya telah disesuaikan oleh UU 1/2026.`,
      { align: 'justify', italic: true, after: 240 },
    ),
  ];
  let currentLaw = '';
  for (const entry of entries) {
    if (entry.law !== currentLaw) {
      currentLaw = entry.law;
      const law = lib.law(entry.law);
      body.push(para(law ? law.citation : entry.law, { align: 'left', bold: true, before: 240, after: 120, keepNext: true }));
    }
    body.push(para(`${entry.article} ${OP_TEXT[entry.op]} ${entry.billLabel} RUU`, { bold: true, before: 120, keepNext: true }));
    const meta: RedlineNote[] = [];
    if (entry.provision) {
      const p = entry.provision;
      const where = p.law === p.of ? '' : ` (dalam korpus ${lawName(lib, p.law)})`;
      meta.push({ text: `Teks yang berlaku: ${lawName(lib, p.of)} ${p.article}${where}; status ${STATUS_TEXT[p.status] ?? p.status}; sumber: ${p.sources[0]}${p.sources.length > 1 ? ` (+${p.sources.length - 1})` : ''}.`, warn: false });
    }
    meta.push(...entry.notes);
    // Caveats about the text compared (not verbatim, adjusted by UU 1/2026, status unclear) in red; the rest in grey.
    for (const m of meta) body.push(new Paragraph({ indent: { left: cm(0.5) }, keepNext: true, children: [new TextRun({ text: xmlSafe(m.text), italics: true, size: (layout.sizePt - 2) * 2, color: m.warn ? WARN_COLOR : NOTE_COLOR })] }));
    let comment: number | null = null;
    if (entry.gaps.length > 0) {
      comment = counter.next++;
      comments.push({ id: comment, author: options.author, date: new Date(options.date), children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(`Menutup celah: ${entry.gaps.map((g) => gapTitle(lib, projectGaps, g)).join('; ')}`) })] })] });
    }
    body.push(...trackedParagraphs(entry, revision, counter, comment));
  }
  if (entries.length === 0) body.push(para('RUU ini tidak mengubah, menghapus, menyisipi, atau menggantikan ketentuan undang-undang yang ada dalam korpus.', { italic: true }));
  const doc = document({
    title: `Redline RUU tentang ${options.billTitle}`,
    creator: options.author,
    layout,
    trackRevisions: true,
    comments,
    paragraphStyles: [{ id: REDLINE_STYLE, name: 'Rancang Redline', basedOn: 'Normal', paragraph: { alignment: alignment('justify'), spacing: { after: 60 } } }],
    sections: [{ properties: sectionPage(layout), headers: pageNumberHeaders(), children: body }],
  });
  return Packer.pack(doc, 'uint8array');
}
