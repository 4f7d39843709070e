// The bill in official layout (NAME.ruu.docx): the reading blocks of core
// written as Word paragraphs. Numbers are text, never Word auto-numbering
// (stack-notes.md), so tracked changes and copies keep them.
import { Packer, Paragraph, TabStopType, TextRun, type ISectionOptions } from 'docx';
import type { Block } from '../core/reading';
import { cm, document, DEFAULT_LAYOUT, alignment, pageNumberHeaders, sectionPage, textRuns, xmlSafe, type Layout } from './layout';

/** Indent of the text of nesting level n, in cm: 1 cm per level, markers hang 1 cm. */
const LEVEL_CM = 1;

/** The label column of the pembukaan: "Menimbang", ":", marker, text (R14, R20, R28). */
const COLUMN = { colon: 3.2, marker: 3.7, text: 4.5 };

function blockParagraph(b: Block): Paragraph {
  const runs = textRuns(b.runs);
  switch (b.role) {
    case 'space':
      return new Paragraph({ children: [] });
    case 'konsiderans':
    case 'dasarHukum':
    case 'menetapkan': {
      const lead: TextRun[] = [];
      lead.push(new TextRun({ text: b.column ?? '' }), new TextRun({ text: b.column ? '\t:' : '\t' }));
      if (b.marker) lead.push(new TextRun({ text: `\t${b.marker}` }));
      lead.push(new TextRun({ text: '\t' }));
      const textAt = b.marker ? COLUMN.text : COLUMN.marker;
      return new Paragraph({
        alignment: alignment(b.role === 'menetapkan' ? 'left' : 'justify'),
        tabStops: [
          { type: TabStopType.LEFT, position: cm(COLUMN.colon) },
          { type: TabStopType.LEFT, position: cm(COLUMN.marker) },
          { type: TabStopType.LEFT, position: cm(textAt) },
        ],
        indent: { left: cm(textAt), hanging: cm(textAt) },
        children: [...lead, ...runs],
      });
    }
    case 'signature':
      return new Paragraph({ alignment: alignment('left'), indent: b.align === 'right' ? { left: cm(8.5) } : undefined, children: runs });
    case 'unitNumber':
    case 'unitTitle':
    case 'pasalNumber':
      return new Paragraph({ alignment: alignment('center'), keepNext: true, indent: b.indent ? { left: cm(b.indent * LEVEL_CM) } : undefined, children: runs });
    default: {
      const left = (b.indent + (b.marker ? 1 : 0)) * LEVEL_CM;
      const children = b.marker ? [new TextRun({ text: xmlSafe(b.marker) }), new TextRun({ text: '\t' }), ...runs] : runs;
      return new Paragraph({
        alignment: alignment(b.align),
        indent: left > 0 ? { left: cm(left), hanging: b.marker ? cm(LEVEL_CM) : undefined } : undefined,
        tabStops: b.marker ? [{ type: TabStopType.LEFT, position: cm(left) }] : undefined,
        keepNext: b.role === 'penjelasanHeading',
        children,
      });
    }
  }
}

/** The bill as DOCX bytes: the body, then the Penjelasan as its own part starting on a new page. */
export async function exportBill(blocks: readonly Block[], options: { title: string; author: string; layout?: Layout }): Promise<Uint8Array> {
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const split = blocks.findIndex((b) => b.role === 'penjelasanTitle');
  const parts = split < 0 ? [blocks] : [blocks.slice(0, split), blocks.slice(split)];
  const sections: ISectionOptions[] = parts.map((part) => ({ properties: sectionPage(layout), headers: pageNumberHeaders(), children: part.map(blockParagraph) }));
  const doc = document({ title: options.title, creator: options.author, sections, layout });
  return Packer.pack(doc, 'uint8array');
}
