// The WordprocessingML elements the big exports write, built directly as the
// objects docx serialises, behind docx's documented extension point (an
// XmlComponent whose prepForXml is overridden). A 600-Pasal bill is thousands
// of paragraphs; building each through docx's option classes costs several
// times the XML itself (design section 10). Small documents and one-off
// paragraphs keep using docx's classes. The element order within pPr, rPr,
// tblPr and tcPr follows what docx itself writes (and ECMA-376).
import { FileChild, type IXmlableObject } from 'docx';
import { xmlSafe } from './layout';

/** One element in the serialiser's object form: `{ name: [ {_attr}, ...children ] }` or `{ name: {_attr} }`. */
export type Xml = IXmlableObject;

/** A prebuilt block (paragraph or table) that docx places in a section as is. */
export class Prebuilt extends FileChild {
  constructor(private readonly xml: Xml) {
    super('w:p');
  }

  override prepForXml(): Xml {
    return this.xml;
  }
}

const PRESERVE = { _attr: { 'xml:space': 'preserve' } };

export interface RunFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly highlight?: string;
  /** Half-points. */
  readonly size?: number;
}

function runProperties(f: RunFormat): Xml | null {
  const props: Xml[] = [];
  if (f.bold) props.push({ 'w:b': {} }, { 'w:bCs': {} });
  if (f.italic) props.push({ 'w:i': {} }, { 'w:iCs': {} });
  if (f.size) props.push({ 'w:sz': { _attr: { 'w:val': f.size } } }, { 'w:szCs': { _attr: { 'w:val': f.size } } });
  if (f.highlight) props.push({ 'w:highlight': { _attr: { 'w:val': f.highlight } } });
  return props.length ? { 'w:rPr': props } : null;
}

/** The content of a run: text pieces and a w:tab for every tab character. */
function runContent(text: string, textTag: 'w:t' | 'w:delText'): Xml[] {
  const out: Xml[] = [];
  const pieces = xmlSafe(text).split('\t');
  pieces.forEach((piece, i) => {
    if (i > 0) out.push({ 'w:tab': {} });
    if (piece) out.push({ [textTag]: [PRESERVE, piece] });
  });
  return out;
}

/** A run of text (`w:r`). */
export function run(text: string, format: RunFormat = {}): Xml {
  const props = runProperties(format);
  const content = runContent(text, 'w:t');
  return { 'w:r': props ? [props, ...content] : content };
}

export interface Revision {
  readonly id: number;
  readonly author: string;
  readonly date: string;
}

const revisionAttrs = (r: Revision) => ({ _attr: { 'w:id': r.id, 'w:author': r.author, 'w:date': r.date } });

/** Inserted text as a tracked change (`w:ins`). */
export function insertedRun(text: string, revision: Revision): Xml {
  return { 'w:ins': [revisionAttrs(revision), { 'w:r': runContent(text, 'w:t') }] };
}

/** Deleted text as a tracked change (`w:del` with `w:delText`). */
export function deletedRun(text: string, revision: Revision): Xml {
  return { 'w:del': [revisionAttrs(revision), { 'w:r': runContent(text, 'w:delText') }] };
}

export const commentStart = (id: number): Xml => ({ 'w:commentRangeStart': { _attr: { 'w:id': id } } });
export const commentEnd = (id: number): Xml => ({ 'w:commentRangeEnd': { _attr: { 'w:id': id } } });
export const commentReference = (id: number): Xml => ({ 'w:r': [{ 'w:commentReference': { _attr: { 'w:id': id } } }] });

export interface ParagraphFormat {
  readonly style?: string;
  /** The paragraph mark itself inserted or deleted (a tracked paragraph split or join). */
  readonly mark?: { readonly type: 'ins' | 'del'; readonly revision: Revision };
}

/** A paragraph (`w:p`) of runs. */
export function paragraph(children: readonly Xml[], format: ParagraphFormat = {}): Xml {
  const props: Xml[] = [];
  if (format.style) props.push({ 'w:pStyle': { _attr: { 'w:val': format.style } } });
  if (format.mark) props.push({ 'w:rPr': [{ [`w:${format.mark.type}`]: revisionAttrs(format.mark.revision) }] });
  return { 'w:p': props.length ? [{ 'w:pPr': props }, ...children] : [...children] };
}

export interface Border {
  readonly size: number;
  readonly color: string;
}

export interface TableCellXml {
  readonly paragraphs: readonly Xml[];
  readonly fill?: string;
}

export interface TableXml {
  /** Column widths in twips; the table is as wide as their sum. */
  readonly columns: readonly number[];
  readonly border: Border;
  /** Cell margins in twips. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** The first row repeats on every page. */
  readonly header: readonly TableCellXml[];
  readonly rows: readonly (readonly TableCellXml[])[];
}

function cellXml(c: TableCellXml, width: number): Xml {
  const props: Xml[] = [{ 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': width } } }];
  if (c.fill) props.push({ 'w:shd': { _attr: { 'w:fill': c.fill, 'w:color': 'auto', 'w:val': 'clear' } } });
  // A cell must end in a paragraph.
  return { 'w:tc': [{ 'w:tcPr': props }, ...(c.paragraphs.length ? c.paragraphs : [paragraph([])])] };
}

/** A table (`w:tbl`) with a fixed grid, borders and cell margins set once on the table. */
export function table(t: TableXml): Xml {
  const b = { _attr: { 'w:val': 'single', 'w:color': t.border.color, 'w:sz': t.border.size } };
  const m = (w: number) => ({ _attr: { 'w:type': 'dxa', 'w:w': w } });
  const width = t.columns.reduce((a, c) => a + c, 0);
  const row = (cells: readonly TableCellXml[], header: boolean): Xml => ({
    'w:tr': [...(header ? [{ 'w:trPr': [{ 'w:tblHeader': {} }] }] : []), ...cells.map((c, i) => cellXml(c, t.columns[i] ?? 0))],
  });
  return {
    'w:tbl': [
      {
        'w:tblPr': [
          { 'w:tblW': m(width) },
          { 'w:tblBorders': [{ 'w:top': b }, { 'w:left': b }, { 'w:bottom': b }, { 'w:right': b }, { 'w:insideH': b }, { 'w:insideV': b }] },
          { 'w:tblLayout': { _attr: { 'w:type': 'fixed' } } },
          { 'w:tblCellMar': [{ 'w:top': m(t.margins.top) }, { 'w:left': m(t.margins.left) }, { 'w:bottom': m(t.margins.bottom) }, { 'w:right': m(t.margins.right) }] },
        ],
      },
      { 'w:tblGrid': t.columns.map((w) => ({ 'w:gridCol': { _attr: { 'w:w': w } } })) },
      row(t.header, true),
      ...t.rows.map((r) => row(r, false)),
    ],
  };
}
