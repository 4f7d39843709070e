// Node views for the atoms of the statute schema: references show their
// derived text (from the numbering decorations), parameters their value in the
// official style, and the closing formulas are rendered read-only.
import type { Node } from 'prosemirror-model';
import type { Decoration, EditorView, NodeView } from 'prosemirror-view';
import { formatValue, type SlotFormat } from '../core/params';
import type { RefDecorationSpec } from './numbering';

function refSpec(decorations: readonly Decoration[]): RefDecorationSpec | null {
  for (const d of decorations) {
    const spec = (d as unknown as { spec: Partial<RefDecorationSpec> }).spec;
    if (spec && typeof spec.refText === 'string') return spec as RefDecorationSpec;
  }
  return null;
}

export class RujukanView implements NodeView {
  dom: HTMLElement;
  constructor(node: Node, _view: EditorView, _getPos: () => number | undefined, decorations: readonly Decoration[]) {
    this.dom = document.createElement('span');
    this.dom.className = 'k-rujukan';
    this.dom.setAttribute('contenteditable', 'false');
    this.render(node, decorations);
  }
  private render(node: Node, decorations: readonly Decoration[]): void {
    const spec = refSpec(decorations);
    this.dom.textContent = spec?.refText ?? '…';
    this.dom.classList.toggle('ref-missing', spec?.missing ?? false);
    this.dom.dataset.targets = JSON.stringify(node.attrs.targets);
    this.dom.title = spec?.missing ? 'Rujukan ini menunjuk unit yang sudah tidak ada (R110)' : 'Rujukan (nomor diturunkan otomatis)';
  }
  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (node.type.name !== 'rujukan') return false;
    this.render(node, decorations);
    return true;
  }
  ignoreMutation(): boolean {
    return true;
  }
}

export class SlotView implements NodeView {
  dom: HTMLElement;
  constructor(node: Node) {
    this.dom = document.createElement('span');
    this.dom.className = 'k-slot';
    this.dom.setAttribute('contenteditable', 'false');
    this.render(node);
  }
  private render(node: Node): void {
    this.dom.textContent = formatValue(node.attrs.format as SlotFormat | null, node.attrs.value);
    this.dom.dataset.name = String(node.attrs.name);
    this.dom.title = `Parameter ${String(node.attrs.name)}`;
  }
  update(node: Node): boolean {
    if (node.type.name !== 'slot') return false;
    this.render(node);
    return true;
  }
  ignoreMutation(): boolean {
    return true;
  }
}

export class PenutupView implements NodeView {
  dom: HTMLElement;
  constructor(node: Node) {
    this.dom = document.createElement('div');
    this.dom.className = 'k-penutup';
    this.dom.setAttribute('contenteditable', 'false');
    this.render(node);
  }
  private render(node: Node): void {
    const tempat = String(node.attrs.tempat ?? 'Jakarta');
    const menteri = String(node.attrs.menteri ?? '').replace(/,$/, '');
    this.dom.innerHTML = '';
    const p = (text: string, cls: string): void => {
      const el = document.createElement('p');
      el.className = cls;
      el.textContent = text;
      this.dom.appendChild(el);
    };
    p('Agar setiap orang mengetahuinya, memerintahkan pengundangan Undang-Undang ini dengan penempatannya dalam Lembaran Negara Republik Indonesia.', 'promulgation');
    for (const line of [`Disahkan di ${tempat}`, 'pada tanggal …', 'PRESIDEN REPUBLIK INDONESIA,', 'tanda tangan', 'NAMA']) p(line, 'sign-right');
    for (const line of [`Diundangkan di ${tempat}`, 'pada tanggal …', `${menteri},`, 'tanda tangan', 'NAMA']) p(line, 'sign-left');
    p('LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN … NOMOR …', 'gazette');
  }
  update(node: Node): boolean {
    if (node.type.name !== 'penutup') return false;
    this.render(node);
    return true;
  }
  stopEvent(): boolean {
    return true;
  }
  ignoreMutation(): boolean {
    return true;
  }
}
