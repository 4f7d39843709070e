// The draft as a reader sees it: the derived frame (title, formulas, numbers,
// amendment instructions, closing blocks) around the drafter's text, as a list
// of blocks. Plain text, the DOCX bill and the comparison table are made from
// these blocks, so the rules live in one place.
import type { Node } from 'prosemirror-model';
import { KIND } from './kinds';
import type { LibraryIndex } from './library';
import type { Numbering } from './numbering';
import { renderReference, type ReferenceStyle } from './references';
import { formatValue, type SlotFormat } from './params';
import { amendingIntro, citeLaw, pointInstruction } from './amendment';

export interface Run {
  readonly text: string;
  readonly italic?: boolean;
  /** A cross-reference; `missing` when a target no longer exists. */
  readonly ref?: { readonly missing: boolean };
  /** A template parameter. */
  readonly slot?: string;
}

export type BlockRole =
  | 'judul'
  | 'frasa'
  | 'jabatan'
  | 'konsiderans'
  | 'dasarHukum'
  | 'persetujuan'
  | 'memutuskan'
  | 'menetapkan'
  | 'unitNumber'
  | 'unitTitle'
  | 'pasalNumber'
  | 'body'
  | 'instruction'
  | 'promulgation'
  | 'signature'
  | 'gazette'
  | 'penjelasanTitle'
  | 'penjelasanPart'
  | 'penjelasanHeading'
  | 'penjelasanText'
  | 'space';

export interface Block {
  readonly role: BlockRole;
  readonly align: 'center' | 'left' | 'right' | 'justify';
  /** Nesting level of the text (0 = the Pasal's own text). */
  readonly indent: number;
  /** Hanging marker before the text: "(1)", "a.", "1.". */
  readonly marker?: string;
  /** Label column of the pembukaan: "Menimbang", "Mengingat", "Menetapkan" (first item only). */
  readonly column?: string;
  readonly runs: readonly Run[];
  /** Id of the provision the block belongs to. */
  readonly nodeId?: string;
  readonly kind?: string;
}

export interface ReadingContext {
  readonly numbering: Numbering;
  readonly lib?: LibraryIndex;
}

const plain = (text: string): Run[] => [{ text }];

/** Runs of an inline container: text, italic text, references and parameters. */
export function inlineRuns(node: Node, ancestors: readonly string[], ctx: ReadingContext): Run[] {
  const runs: Run[] = [];
  node.forEach((child) => {
    if (child.isText) runs.push(child.marks.some((m) => m.type.name === 'em') ? { text: child.text ?? '', italic: true } : { text: child.text ?? '' });
    else if (child.type.name === 'rujukan') {
      const targets = Array.isArray(child.attrs.targets) ? (child.attrs.targets as unknown[]).filter((t): t is string => typeof t === 'string') : [];
      const r = renderReference(targets, ancestors, ctx.numbering, child.attrs.style as ReferenceStyle);
      runs.push({ text: r.text, ref: { missing: r.missing.length > 0 || targets.length === 0 } });
    } else if (child.type.name === 'slot') {
      runs.push({ text: formatValue(child.attrs.format as SlotFormat | null, child.attrs.value), slot: String(child.attrs.name) });
    }
  });
  return runs;
}

/** The text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

function titleName(doc: Node): string {
  return doc.firstChild?.textContent.trim() ?? '';
}

function idOf(node: Node): string | undefined {
  return typeof node.attrs.id === 'string' ? node.attrs.id : undefined;
}

/** Blocks of a provision's content (ayat, lists, amendment points) below its own number. */
function provisionBlocks(node: Node, indent: number, ancestors: readonly string[], ctx: ReadingContext, out: Block[]): void {
  const here = idOf(node);
  const chain = here ? [...ancestors, here] : ancestors;
  if (node.type.name === 'pasal' && node.firstChild?.type.name === 'poin') {
    const intro = amendingIntro(node, ctx.lib);
    if (intro.single) {
      const point = node.firstChild;
      const lawCite = citeLaw(String(node.attrs.law ?? ''), ctx.lib).text;
      out.push({ role: 'instruction', align: 'justify', indent, runs: plain(pointInstruction(point, ctx.numbering, ctx.lib, `dalam ${lawCite}`)), nodeId: idOf(point), kind: 'poin' });
      point.forEach((restated) => restatedPasal(restated, indent, [...chain, idOf(point) ?? ''], ctx, out));
      return;
    }
    out.push({ role: 'instruction', align: 'justify', indent, runs: plain(intro.text), nodeId: here, kind: 'pasal' });
    node.forEach((point) => {
      const num = ctx.numbering.byId.get(idOf(point) ?? '');
      out.push({ role: 'instruction', align: 'justify', indent, marker: num?.label, runs: plain(pointInstruction(point, ctx.numbering, ctx.lib, null)), nodeId: idOf(point), kind: 'poin' });
      point.forEach((restated) => restatedPasal(restated, indent + 1, [...chain, idOf(point) ?? ''], ctx, out));
    });
    return;
  }
  unitContent(node, indent, chain, ctx, out, false);
}

/** The text and items of a unit; `skipLead` when the caller printed its first text beside its marker. */
function unitContent(unit: Node, indent: number, chain: readonly string[], ctx: ReadingContext, out: Block[], skipLead: boolean): void {
  let first = true;
  unit.forEach((child) => {
    const isFirst = first;
    first = false;
    const name = child.type.name;
    if (name === 'teks') {
      if (!(isFirst && skipLead)) out.push({ role: 'body', align: 'justify', indent, runs: inlineRuns(child, chain, ctx), nodeId: chain[chain.length - 1], kind: unit.type.name });
      return;
    }
    if (!KIND[name]?.provision) return;
    const id = idOf(child);
    const childChain = id ? [...chain, id] : chain;
    const lead = child.firstChild?.type.name === 'teks' ? inlineRuns(child.firstChild, childChain, ctx) : [];
    const childIndent = name === 'ayat' ? indent : indent + 1;
    out.push({ role: 'body', align: 'justify', indent: childIndent, marker: ctx.numbering.byId.get(id ?? '')?.label, runs: lead, nodeId: id, kind: name });
    unitContent(child, childIndent, childChain, ctx, out, true);
  });
}

function restatedPasal(pasal: Node, indent: number, ancestors: readonly string[], ctx: ReadingContext, out: Block[]): void {
  const info = ctx.numbering.byId.get(idOf(pasal) ?? '');
  out.push({ role: 'pasalNumber', align: 'center', indent, runs: plain(info?.label ?? 'Pasal …'), nodeId: idOf(pasal), kind: 'pasal' });
  provisionBlocks(pasal, indent, ancestors, ctx, out);
}

function structureBlocks(node: Node, ctx: ReadingContext, out: Block[]): void {
  node.forEach((child) => {
    const name = child.type.name;
    const info = ctx.numbering.byId.get(idOf(child) ?? '');
    if (name === 'bab' || name === 'bagian' || name === 'paragraf') {
      out.push({ role: 'space', align: 'left', indent: 0, runs: [] });
      out.push({ role: 'unitNumber', align: 'center', indent: 0, runs: plain(info?.label ?? ''), nodeId: idOf(child), kind: name });
      const title = child.firstChild?.textContent ?? '';
      out.push({ role: 'unitTitle', align: 'center', indent: 0, runs: plain(name === 'bab' ? title.toUpperCase() : title), nodeId: idOf(child), kind: name });
      structureBlocks(child, ctx, out);
    } else if (name === 'pasal') {
      out.push({ role: 'space', align: 'left', indent: 0, runs: [] });
      out.push({ role: 'pasalNumber', align: 'center', indent: 0, runs: plain(info?.label ?? ''), nodeId: idOf(child), kind: name });
      provisionBlocks(child, 0, [], ctx, out);
    }
  });
}

function frameTitle(doc: Node, penjelasan: boolean): Block[] {
  const judul = doc.firstChild!;
  const lines: string[] = [];
  if (penjelasan) lines.push('PENJELASAN', 'ATAS');
  if (judul.attrs.rancangan) lines.push('RANCANGAN');
  lines.push('UNDANG-UNDANG REPUBLIK INDONESIA', `NOMOR ${judul.attrs.nomor ?? '...'} TAHUN ${judul.attrs.tahun ?? '...'}`, 'TENTANG', titleName(doc).toUpperCase());
  return lines.map((t) => ({ role: penjelasan ? 'penjelasanTitle' : 'judul', align: 'center', indent: 0, runs: plain(t) }) as Block);
}

/** The whole draft as blocks, in reading order (R1). */
export function readDraft(doc: Node, ctx: ReadingContext): Block[] {
  const out: Block[] = [];
  const space = (): void => void out.push({ role: 'space', align: 'left', indent: 0, runs: [] });
  out.push(...frameTitle(doc, false));
  space();
  out.push({ role: 'frasa', align: 'center', indent: 0, runs: plain('DENGAN RAHMAT TUHAN YANG MAHA ESA') });
  space();
  out.push({ role: 'jabatan', align: 'center', indent: 0, runs: plain('PRESIDEN REPUBLIK INDONESIA,') });
  space();
  const pembukaan = doc.child(1);
  const list = (container: Node, role: 'konsiderans' | 'dasarHukum', column: string): void => {
    let first = true;
    container.forEach((item) => {
      const info = ctx.numbering.byId.get(idOf(item) ?? '');
      out.push({ role, align: 'justify', indent: 0, column: first ? column : undefined, marker: info?.label || undefined, runs: inlineRuns(item, idOf(item) ? [idOf(item)!] : [], ctx), nodeId: idOf(item), kind: item.type.name });
      first = false;
    });
  };
  list(pembukaan.child(0), 'konsiderans', 'Menimbang');
  space();
  list(pembukaan.child(1), 'dasarHukum', 'Mengingat');
  space();
  for (const line of ['Dengan Persetujuan Bersama', 'DEWAN PERWAKILAN RAKYAT REPUBLIK INDONESIA', 'dan', 'PRESIDEN REPUBLIK INDONESIA']) out.push({ role: 'persetujuan', align: 'center', indent: 0, runs: plain(line) });
  space();
  out.push({ role: 'memutuskan', align: 'center', indent: 0, runs: plain('MEMUTUSKAN:') });
  space();
  out.push({ role: 'menetapkan', align: 'justify', indent: 0, column: 'Menetapkan', runs: plain(`UNDANG-UNDANG TENTANG ${titleName(doc).toUpperCase()}.`) });
  structureBlocks(doc.child(2), ctx, out);
  const penutup = doc.child(3);
  space();
  out.push({ role: 'promulgation', align: 'justify', indent: 0, runs: plain('Agar setiap orang mengetahuinya, memerintahkan pengundangan Undang-Undang ini dengan penempatannya dalam Lembaran Negara Republik Indonesia.') });
  space();
  const tempat = String(penutup.attrs.tempat ?? 'Jakarta');
  for (const line of [`Disahkan di ${tempat}`, 'pada tanggal …', 'PRESIDEN REPUBLIK INDONESIA,', '', 'tanda tangan', '', 'NAMA']) out.push({ role: 'signature', align: 'right', indent: 0, runs: plain(line) });
  space();
  for (const line of [`Diundangkan di ${tempat}`, 'pada tanggal …', `${String(penutup.attrs.menteri ?? '').replace(/,$/, '')},`, '', 'tanda tangan', '', 'NAMA']) out.push({ role: 'signature', align: 'left', indent: 0, runs: plain(line) });
  space();
  out.push({ role: 'gazette', align: 'left', indent: 0, runs: plain('LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN … NOMOR …') });
  out.push(...penjelasanBlocks(doc, ctx));
  return out;
}

/** The Penjelasan as blocks (R97-R104). */
export function penjelasanBlocks(doc: Node, ctx: ReadingContext): Block[] {
  const out: Block[] = [];
  const penjelasan = doc.child(4);
  out.push({ role: 'space', align: 'left', indent: 0, runs: [] });
  out.push(...frameTitle(doc, true));
  out.push({ role: 'space', align: 'left', indent: 0, runs: [] });
  out.push({ role: 'penjelasanPart', align: 'left', indent: 0, marker: 'I.', runs: plain('UMUM') });
  penjelasan.child(0).forEach((p) => out.push({ role: 'penjelasanText', align: 'justify', indent: 1, runs: inlineRuns(p, [], ctx) }));
  out.push({ role: 'space', align: 'left', indent: 0, runs: [] });
  out.push({ role: 'penjelasanPart', align: 'left', indent: 0, marker: 'II.', runs: plain('PASAL DEMI PASAL') });
  const entry = (node: Node, indent: number): void => {
    const target = String(node.attrs.target ?? '');
    const info = ctx.numbering.byId.get(target);
    let heading: string;
    if (!info) heading = '[pasal tidak ditemukan]';
    else if (info.kind === 'pasal') heading = info.label;
    else if (info.kind === 'ayat') heading = `Ayat (${info.num})`;
    else if (info.kind === 'huruf' || info.kind === 'hurufKurung') heading = `Huruf ${info.num}`;
    else heading = `Angka ${info.num}`;
    out.push({ role: 'penjelasanHeading', align: 'left', indent, runs: plain(heading), nodeId: target, kind: node.type.name });
    node.forEach((child) => {
      if (child.type.name === 'teks') out.push({ role: 'penjelasanText', align: 'justify', indent: indent + 1, runs: inlineRuns(child, [target], ctx), nodeId: target });
      else entry(child, indent + 1);
    });
  };
  penjelasan.child(1).forEach((p) => entry(p, 1));
  out.push({ role: 'space', align: 'left', indent: 0, runs: [] });
  out.push({ role: 'gazette', align: 'left', indent: 0, runs: plain('TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR …') });
  return out;
}

/**
 * The text of one provision below its own number, one unit a line, as the
 * corpus writes existing law ("(1) ...", "a. ..."): the proposed side of a redline.
 */
export function provisionText(node: Node, ancestors: readonly string[], ctx: ReadingContext): string {
  const out: Block[] = [];
  if (node.isTextblock) return runsText(inlineRuns(node, ancestors, ctx));
  if (node.type.name === 'poin') {
    node.forEach((p) => provisionBlocks(p, 0, [...ancestors, idOf(node) ?? ''], ctx, out));
  } else provisionBlocks(node, 0, ancestors, ctx, out);
  return out.map((b) => (b.marker ? `${b.marker} ${runsText(b.runs)}` : runsText(b.runs))).join('\n');
}

/** Plain text of blocks; `indent` shows nesting with spaces. */
export function blocksText(blocks: readonly Block[], indent = true): string {
  const lines: string[] = [];
  let column: string | null = null;
  for (const b of blocks) {
    if (b.role === 'space') {
      if (lines.length && lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    let text = runsText(b.runs);
    if (b.marker) text = `${b.marker} ${text}`;
    if (b.column) {
      column = b.column;
      text = `${b.column.padEnd(10)} : ${text}`;
    } else if ((b.role === 'konsiderans' || b.role === 'dasarHukum') && column) text = `${' '.repeat(13)}${text}`;
    else if (indent && b.indent > 0) text = `${'   '.repeat(b.indent)}${text}`;
    lines.push(text);
  }
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}

/** The whole draft as plain text, numbers included. */
export function renderText(doc: Node, ctx: ReadingContext): string {
  return blocksText(readDraft(doc, ctx));
}
