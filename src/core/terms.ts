// Defined terms of a draft, read from its Ketentuan Umum (R51-R58): "Anak
// adalah ...", "Materi ... yang selanjutnya disebut Materi KESA adalah ...".
import type { Node } from 'prosemirror-model';

export interface DefinedTerm {
  /** The term as defined ("Materi Kekerasan dan Eksploitasi Seksual Anak"). */
  readonly term: string;
  /** The short form introduced with "yang selanjutnya disingkat/disebut", if any. */
  readonly short: string | null;
  /** Id of the definition item. */
  readonly id: string;
}

const DEFINITION_RE = /^(.+?)(?: yang selanjutnya (?:disingkat|disebut) (.+?))? adalah /;

/** Parses one definition sentence; null if it is not of the form "<Term> adalah ...". */
export function parseDefinition(text: string): { term: string; short: string | null } | null {
  const m = DEFINITION_RE.exec(text.trim());
  if (!m) return null;
  return { term: m[1]!.replace(/,$/, '').trim(), short: m[2]?.replace(/,$/, '').trim() ?? null };
}

/** The Pasal holding the definitions: the first Pasal of the BAB with role ketentuan-umum, else the first Pasal. */
export function ketentuanUmumPasal(doc: Node): { node: Node; pos: number } | null {
  const body = doc.child(2);
  let found: { node: Node; pos: number } | null = null;
  let bodyPos = 0;
  for (let i = 0; i < 2; i++) bodyPos += doc.child(i).nodeSize;
  body.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name === 'bab' && node.attrs.role !== 'ketentuan-umum') return false;
    if (node.type.name === 'pasal') {
      found = { node, pos: bodyPos + 1 + pos };
      return false;
    }
    return true;
  });
  return found;
}

/** Every term defined in the draft's Ketentuan Umum. */
export function definedTerms(doc: Node): DefinedTerm[] {
  const ku = ketentuanUmumPasal(doc);
  if (!ku) return [];
  const out: DefinedTerm[] = [];
  ku.node.forEach((item) => {
    if (item.type.name !== 'angka') return;
    const text = item.firstChild?.textContent ?? '';
    const d = parseDefinition(text);
    if (d) out.push({ ...d, id: String(item.attrs.id ?? '') });
  });
  return out;
}
