// The bill in official layout (NAME.ruu.docx): the reading blocks of core
// written as Word paragraphs. Numbers are text, never Word auto-numbering
// (stack-notes.md), so tracked changes and copies keep them.
import { Packer, Paragraph, TabStopType, TextRun, type FileChild, type ISectionOptions, type IStylesOptions } from 'docx';
import type { Block, Run } from '../core/reading';
import { cm, document, DEFAULT_LAYOUT, MISSING_HIGHLIGHT, alignment, mergedRuns, pageNumberHeaders, sectionPage, textRuns, type Layout } from './layout';
import { Prebuilt, paragraph, run, type Xml } from './ooxml';

/** Indent of the text of nesting level n, in cm: 1 cm per level, markers hang 1 cm. */
const LEVEL_CM = 1;

/** The label column of the pembukaan: "Menimbang", ":", marker, text (R14, R20, R28). */
const COLUMN = { colon: 3.2, marker: 3.7, text: 4.5 };

type ParagraphStyle = NonNullable<IStylesOptions['paragraphStyles']>[number];

/**
 * Paragraph styles of the body, made as blocks need them: one per nesting
 * level, marker and alignment ("Rancang Butir 2"), so each paragraph carries
 * only a style reference and a drafter restyling a level in Word restyles it
 * everywhere.
 */
class BodyStyles {
  private readonly made = new Map<string, ParagraphStyle>();

  /** The style id for a body block. */
  body(b: Block): string {
    const marker = b.marker !== undefined && b.marker !== '';
    const left = (b.indent + (marker ? 1 : 0)) * LEVEL_CM;
    const keepNext = b.role === 'penjelasanHeading';
    const id = `Rancang${marker ? 'Butir' : 'Teks'}${b.indent}${ALIGN_CODE[b.align]}${keepNext ? 'K' : ''}`;
    if (!this.made.has(id)) {
      this.made.set(id, {
        id,
        name: `Rancang ${marker ? 'Butir' : 'Teks'} ${b.indent}${b.align === 'justify' ? '' : ` ${b.align}`}${keepNext ? ' (judul)' : ''}`,
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          alignment: alignment(b.align),
          indent: left > 0 ? { left: cm(left), hanging: marker ? cm(LEVEL_CM) : undefined } : undefined,
          leftTabStop: marker ? cm(left) : undefined,
          keepNext: keepNext || undefined,
        },
      });
    }
    return id;
  }

  /** The style id for a centred heading line (BAB, its title, Pasal). */
  heading(indent: number): string {
    const id = `RancangJudul${indent}`;
    if (!this.made.has(id)) {
      this.made.set(id, { id, name: `Rancang Judul ${indent}`, basedOn: 'Normal', quickFormat: true, paragraph: { alignment: alignment('center'), keepNext: true, indent: indent ? { left: cm(indent * LEVEL_CM) } : undefined } });
    }
    return id;
  }

  all(): ParagraphStyle[] {
    return [...this.made.values()];
  }
}

const ALIGN_CODE = { justify: '', left: 'L', center: 'C', right: 'R' } as const;

/** The runs of a body paragraph, written directly (most of a bill's paragraphs). */
function xmlRuns(runs: readonly Run[]): Xml[] {
  return mergedRuns(runs).map((r) => run(r.text, { italic: r.italic, highlight: r.missing ? MISSING_HIGHLIGHT : undefined }));
}

function blockParagraph(b: Block, styles: BodyStyles): FileChild {
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
        children: [...lead, ...textRuns(b.runs)],
      });
    }
    case 'signature':
      return new Paragraph({ alignment: alignment('left'), indent: b.align === 'right' ? { left: cm(8.5) } : undefined, children: textRuns(b.runs) });
    case 'unitNumber':
    case 'unitTitle':
    case 'pasalNumber':
      return new Prebuilt(paragraph(xmlRuns(b.runs), { style: styles.heading(b.indent) }));
    default:
      // The marker and its tab join the first run when it looks the same.
      return new Prebuilt(paragraph(xmlRuns(b.marker ? [{ text: `${b.marker}\t` }, ...b.runs] : b.runs), { style: styles.body(b) }));
  }
}

/** The bill as DOCX bytes: the body, then the Penjelasan as its own part starting on a new page. */
export async function exportBill(blocks: readonly Block[], options: { title: string; author: string; layout?: Layout }): Promise<Uint8Array> {
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const split = blocks.findIndex((b) => b.role === 'penjelasanTitle');
  const parts = split < 0 ? [blocks] : [blocks.slice(0, split), blocks.slice(split)];
  const styles = new BodyStyles();
  const sections: ISectionOptions[] = parts.map((part) => ({ properties: sectionPage(layout), headers: pageNumberHeaders(), children: part.map((b) => blockParagraph(b, styles)) }));
  const doc = document({ title: options.title, creator: options.author, sections, layout, paragraphStyles: styles.all() });
  return Packer.pack(doc, 'uint8array');
}
