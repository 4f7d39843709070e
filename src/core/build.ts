// A small builder for statute documents, used by the skeleton of a new bill,
// the bill generator and the tests: `pasal(teks('Setiap Orang wajib ...'))`.
import type { Node, Attrs } from 'prosemirror-model';
import { schema } from './schema';
import { newId } from './ids';
import { syncPenjelasan } from './penjelasan';

export type Inline = string | Node;

function inline(parts: readonly Inline[]): Node[] {
  return parts.filter((p) => p !== '').map((p) => (typeof p === 'string' ? schema.text(p) : p));
}

function make(name: string, attrs: Attrs | null, content: readonly Node[]): Node {
  const type = schema.nodes[name];
  if (!type) throw new RangeError(`unknown node type ${name}`);
  return type.createChecked(attrs, content);
}

function provision(name: string, attrs: Attrs | undefined, content: readonly Node[]): Node {
  return make(name, { id: newId(), ...attrs }, content);
}

/** Text of a unit. */
export const teks = (...parts: Inline[]): Node => make('teks', null, inline(parts));
/** A cross-reference to provisions by id. */
export const rujukan = (targets: readonly string[], style: 'sdm' | 'bare' = 'sdm'): Node => schema.nodes.rujukan!.create({ targets: [...targets], style });
/** A template parameter slot. */
export const slot = (name: string, value: unknown, format: unknown): Node => schema.nodes.slot!.create({ name, value, format });

type Child = Node | string;
const asBody = (children: readonly Child[]): Node[] => children.map((c) => (typeof c === 'string' ? teks(c) : c));

export const pasal = (...children: Child[]): Node => provision('pasal', undefined, asBody(children));
export const pasalWith = (attrs: Attrs, ...children: Child[]): Node => provision('pasal', attrs, asBody(children));
export const ayat = (...children: Child[]): Node => provision('ayat', undefined, asBody(children));
export const huruf = (...children: Child[]): Node => provision('huruf', undefined, asBody(children));
export const angka = (...children: Child[]): Node => provision('angka', undefined, asBody(children));
export const hurufKurung = (...children: Child[]): Node => provision('hurufKurung', undefined, asBody(children));
export const angkaKurung = (...children: Child[]): Node => provision('angkaKurung', undefined, asBody(children));
export const poin = (attrs: Attrs, ...children: Node[]): Node => provision('poin', attrs, children);
const heading = (title: string): Node => make('judulUnit', null, title ? [schema.text(title)] : []);
export const bab = (title: string, attrs: Attrs, ...children: Node[]): Node => provision('bab', attrs, [heading(title), ...children]);
export const bagian = (title: string, ...children: Node[]): Node => provision('bagian', undefined, [heading(title), ...children]);
export const paragraf = (title: string, ...children: Node[]): Node => provision('paragraf', undefined, [heading(title), ...children]);
export const pertimbangan = (...parts: Inline[]): Node => provision('pertimbangan', undefined, inline(parts));
export const dasarHukumButir = (...parts: Inline[]): Node => provision('dasarHukumButir', undefined, inline(parts));

export interface BillSpec {
  readonly title: string;
  readonly konsiderans: readonly Node[];
  readonly dasarHukum: readonly Node[];
  readonly body: readonly Node[];
  readonly umum?: readonly string[];
  readonly perubahan?: boolean;
}

/** A whole bill; the Penjelasan gets a "Cukup jelas." entry for every Pasal. */
export function bill(spec: BillSpec): Node {
  const doc = make('doc', null, [
    make('judul', { rancangan: true }, spec.title ? [schema.text(spec.title)] : []),
    make('pembukaan', null, [make('konsiderans', null, spec.konsiderans), make('dasarHukum', null, spec.dasarHukum)]),
    make('batangTubuh', { perubahan: spec.perubahan ?? false }, spec.body),
    make('penutup', null, []),
    make('penjelasan', null, [make('penjelasanUmum', null, (spec.umum ?? ['…']).map((p) => teks(p))), make('penjelasanPasalDemiPasal', null, [])]),
  ]);
  return syncPenjelasan(doc).doc;
}

/** An empty bill: title block, pembukaan skeleton, Ketentuan Umum and Ketentuan Penutup (Appendix A of the drafting rules). */
export function skeletonBill(title = '…'): Node {
  const a = pertimbangan('bahwa …;');
  const b = pertimbangan('bahwa …;');
  const c = pertimbangan('bahwa …;');
  const ids = [a, b, c].map((n) => String(n.attrs.id));
  const d = pertimbangan('bahwa berdasarkan pertimbangan ', rujukan(ids), `, perlu membentuk Undang-Undang tentang ${title};`);
  return bill({
    title,
    konsiderans: [a, b, c, d],
    dasarHukum: [dasarHukumButir('Pasal 20 dan Pasal 21 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;')],
    body: [
      bab('KETENTUAN UMUM', { role: 'ketentuan-umum', key: 'ketentuan-umum' }, pasal('Dalam Undang-Undang ini yang dimaksud dengan:', angka('… adalah ….'))),
      bab('KETENTUAN PENUTUP', { role: 'ketentuan-penutup', key: 'ketentuan-penutup' }, pasal('Undang-Undang ini mulai berlaku pada tanggal diundangkan.')),
    ],
    umum: ['…'],
  });
}
