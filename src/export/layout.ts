// Page layout and shared building blocks of the DOCX exports: F4 paper,
// Bookman Old Style 12, single spacing, the margins of Lampiran II item 284a
// (R142, R143), page numbers "- 2 -" at the top (R147), and text made safe for XML.
import { AlignmentType, Document, Header, PageNumber, Paragraph, TextRun, type ISectionOptions, type ParagraphChild, type IStylesOptions } from 'docx';
import type { Run } from '../core/reading';

export interface Layout {
  readonly paper: { readonly name: string; readonly widthMm: number; readonly heightMm: number };
  readonly marginsCm: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly font: string;
  readonly sizePt: number;
}

/**
 * Lampiran II item 284 (F4, Bookman Old Style 12) and item 284a as extracted
 * (top 8 cm; the OCR may misread 3 cm: drafting-rules.md R143 asks for the
 * official PDF to be checked). F4 as 215 x 330 mm (R142 [P]).
 */
export const DEFAULT_LAYOUT: Layout = {
  paper: { name: 'F4', widthMm: 215, heightMm: 330 },
  marginsCm: { top: 8, bottom: 2.5, left: 2.5, right: 2.5 },
  font: 'Bookman Old Style',
  sizePt: 12,
};

/** Bounds of the top margin a drafter may choose, in cm. */
export const TOP_MARGIN_CM = { min: 2, max: 10 } as const;

/**
 * The default layout with another top margin: the extracted 8 cm is doubtful
 * (R143), so exports let the drafter set it until the official PDF is checked.
 */
export function layoutWithTopMargin(topCm: number | undefined): Layout {
  if (topCm === undefined) return DEFAULT_LAYOUT;
  if (!(topCm >= TOP_MARGIN_CM.min && topCm <= TOP_MARGIN_CM.max)) throw new RangeError(`top margin ${topCm} cm is outside ${TOP_MARGIN_CM.min}-${TOP_MARGIN_CM.max} cm`);
  return { ...DEFAULT_LAYOUT, marginsCm: { ...DEFAULT_LAYOUT.marginsCm, top: topCm } };
}

/** Twips from millimetres, rounded (the docx helper floors). */
export const mm = (v: number): number => Math.round((v * 1440) / 25.4);
export const cm = (v: number): number => mm(v * 10);

/** Removes characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/FFFF). */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A stretch of reading runs that looks the same: plain, italic, or a dangling reference. */
export interface MergedRun {
  text: string;
  readonly italic: boolean;
  readonly missing: boolean;
}

/**
 * Neighbouring reading runs that look the same, joined: a Word run per
 * reference or parameter would only make the file larger and slower to write.
 */
export function mergedRuns(runs: readonly Run[]): MergedRun[] {
  const merged: MergedRun[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const italic = r.italic === true;
    const missing = r.ref?.missing === true;
    const last = merged[merged.length - 1];
    if (last && last.italic === italic && last.missing === missing) last.text += r.text;
    else merged.push({ text: r.text, italic, missing });
  }
  return merged;
}

/** Highlight of a dangling reference in every export. */
export const MISSING_HIGHLIGHT = 'yellow';

/** Text runs of reading runs; dangling references are highlighted. */
export function textRuns(runs: readonly Run[], extra: { bold?: boolean } = {}): TextRun[] {
  return mergedRuns(runs).map((r) => new TextRun({ text: xmlSafe(r.text), italics: r.italic || undefined, bold: extra.bold, highlight: r.missing ? MISSING_HIGHLIGHT : undefined }));
}

/** A paragraph of plain text. */
export function para(text: string, options: { align?: 'center' | 'left' | 'right' | 'justify'; bold?: boolean; italic?: boolean; indentCm?: number; hangingCm?: number; before?: number; after?: number; size?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: alignment(options.align ?? 'left'),
    indent: options.indentCm !== undefined ? { left: cm(options.indentCm), hanging: options.hangingCm !== undefined ? cm(options.hangingCm) : undefined } : undefined,
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    keepNext: options.keepNext,
    children: text ? [new TextRun({ text: xmlSafe(text), bold: options.bold, italics: options.italic, size: options.size })] : [],
  });
}

export function alignment(a: 'center' | 'left' | 'right' | 'justify'): (typeof AlignmentType)[keyof typeof AlignmentType] {
  return a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : a === 'justify' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT;
}

/** The width between the side margins, in twips (landscape pages use the bottom margin on both sides). */
export function textWidth(layout: Layout, landscape = false): number {
  return landscape ? mm(layout.paper.heightMm) - 2 * cm(layout.marginsCm.bottom) : mm(layout.paper.widthMm) - cm(layout.marginsCm.left) - cm(layout.marginsCm.right);
}

/** Page properties of a section in the layout. */
export function sectionPage(layout: Layout, landscape = false): NonNullable<ISectionOptions['properties']> {
  const w = mm(layout.paper.widthMm);
  const h = mm(layout.paper.heightMm);
  return {
    page: {
      // docx swaps width and height itself when the orientation is landscape: always give the portrait size.
      size: landscape ? { width: w, height: h, orientation: 'landscape' } : { width: w, height: h },
      margin: landscape
        ? { top: cm(layout.marginsCm.left), bottom: cm(layout.marginsCm.right), left: cm(layout.marginsCm.bottom), right: cm(layout.marginsCm.bottom), header: cm(1.25) }
        : { top: cm(layout.marginsCm.top), bottom: cm(layout.marginsCm.bottom), left: cm(layout.marginsCm.left), right: cm(layout.marginsCm.right), header: cm(Math.min(layout.marginsCm.top / 2, 2)) },
    },
    titlePage: true,
  };
}

/** "- 2 -" centred at the top of every page after the first (R147 [P]). */
export function pageNumberHeaders(): NonNullable<ISectionOptions['headers']> {
  return {
    default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] })] }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

/** Cell text sizes: normal 9 pt, small 7 pt. */
export type CellSize = 'normal' | 'small';

export const CELL_STYLE: Readonly<Record<CellSize, { id: string; name: string; halfPoints: number }>> = {
  normal: { id: 'RancangSel', name: 'Rancang Sel', halfPoints: 18 },
  small: { id: 'RancangSelKecil', name: 'Rancang Sel Kecil', halfPoints: 14 },
};

/** The paragraph styles table cells use; every export document carries them. */
export function cellStyles(): NonNullable<IStylesOptions['paragraphStyles']> {
  return Object.values(CELL_STYLE).map((s) => ({ id: s.id, name: s.name, basedOn: 'Normal', run: { size: s.halfPoints }, paragraph: { spacing: { before: 0, after: 0 } } }));
}

export function styles(layout: Layout, paragraphStyles: IStylesOptions['paragraphStyles'] = []): IStylesOptions {
  return {
    default: { document: { run: { font: layout.font, size: layout.sizePt * 2 }, paragraph: { spacing: { line: 240, before: 0, after: 0 } } } },
    paragraphStyles: [...cellStyles(), ...(paragraphStyles ?? [])],
  };
}

export interface DocInput {
  readonly title: string;
  readonly sections: ISectionOptions[];
  readonly comments?: { id: number; author: string; date: Date; children: Paragraph[] }[];
  readonly trackRevisions?: boolean;
  readonly layout: Layout;
  readonly creator: string;
  readonly paragraphStyles?: IStylesOptions['paragraphStyles'];
}

/** A Word document with the house styles. */
export function document(input: DocInput): Document {
  return new Document({
    title: xmlSafe(input.title),
    creator: xmlSafe(input.creator),
    description: 'Rancang',
    styles: styles(input.layout, input.paragraphStyles),
    features: input.trackRevisions ? { trackRevisions: true } : undefined,
    comments: input.comments ? { children: input.comments } : undefined,
    sections: input.sections,
  });
}

export type Child = ParagraphChild;
