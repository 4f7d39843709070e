// Tables of the checklist and comparison exports.
import { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, BorderStyle } from 'docx';
import { xmlSafe } from './layout';

export interface CellSpec {
  readonly text: string | readonly string[];
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fill?: string;
  readonly size?: number;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function cell(spec: CellSpec | string, width: number, header: boolean): TableCell {
  const s: CellSpec = typeof spec === 'string' ? { text: spec } : spec;
  const lines = typeof s.text === 'string' ? s.text.split('\n') : s.text;
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    shading: s.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: s.fill } : header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: xmlSafe(line), bold: s.bold ?? header, italics: s.italic, size: s.size })] })),
  });
}

/** A bordered table; `widths` are percentages of the text width. */
export function table(header: readonly string[], rows: readonly (readonly (CellSpec | string)[])[], widths: readonly number[], size?: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell({ text: h, size }, widths[i] ?? 10, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: false, children: r.map((c, i) => cell(typeof c === 'string' ? { text: c, size } : { size, ...c }, widths[i] ?? 10, false)) })),
    ],
  });
}
