// Tables of the checklist and comparison exports. Borders, cell margins and
// column widths are set once on the table and the cell text size comes from a
// paragraph style, so a cell is written as little more than its text: a
// 600-row comparison table stays quick to write and small on disk.
import { CELL_STYLE, type CellSize } from './layout';
import { Prebuilt, paragraph, run, table as tableXml, type TableCellXml } from './ooxml';

export interface CellSpec {
  readonly text: string | readonly string[];
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fill?: string;
}

const BORDER = { size: 4, color: '808080' };
const MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const HEADER_FILL = 'E7E6E6';

function cell(spec: CellSpec, style: string, header: boolean): TableCellXml {
  const lines = typeof spec.text === 'string' ? spec.text.split('\n') : spec.text;
  const format = { bold: spec.bold ?? header, italic: spec.italic };
  return { fill: spec.fill ?? (header ? HEADER_FILL : undefined), paragraphs: lines.map((line) => paragraph(line ? [run(line, format)] : [], { style })) };
}

export interface TableInput {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (CellSpec | string)[])[];
  /** Column widths as percentages of the text width. */
  readonly widths: readonly number[];
  /** The width the table spans, in twips. */
  readonly textWidth: number;
  readonly size?: CellSize;
}

/** A bordered table with a repeating header row. */
export function table(input: TableInput): Prebuilt {
  const style = CELL_STYLE[input.size ?? 'normal'].id;
  const total = input.widths.reduce((a, b) => a + b, 0);
  const columns = input.header.map((_, i) => Math.floor((input.textWidth * (input.widths[i] ?? 10)) / total));
  return new Prebuilt(
    tableXml({
      columns,
      border: BORDER,
      margins: MARGINS,
      header: input.header.map((h) => cell({ text: h }, style, true)),
      rows: input.rows.map((r) => r.map((c) => cell(typeof c === 'string' ? { text: c } : c, style, false))),
    }),
  );
}
