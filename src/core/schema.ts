// The statute schema, derived from the kinds table. One schema serves the
// editor, the CLI, the exporters and the tests: documents are never converted
// into a second tree.
import { Schema, type NodeSpec, type MarkSpec, type DOMOutputSpec, type Attrs } from 'prosemirror-model';
import { KINDS, type KindSpec } from './kinds';

const JSON_ATTRS = new Set(['links', 'targets', 'format', 'value']);

function domAttrs(kind: KindSpec, attrs: Attrs): Record<string, string> {
  const out: Record<string, string> = { class: `k-${kind.name}` };
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[`data-${name.toLowerCase()}`] = JSON_ATTRS.has(name) ? JSON.stringify(value) : String(value);
  }
  return out;
}

function parseAttrs(kind: KindSpec, el: { getAttribute(name: string): string | null }): Attrs {
  const attrs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(kind.attrs ?? {})) {
    const raw = el.getAttribute(`data-${name.toLowerCase()}`);
    if (raw === null) {
      attrs[name] = spec.default;
      continue;
    }
    if (JSON_ATTRS.has(name)) {
      try {
        attrs[name] = JSON.parse(raw);
      } catch {
        attrs[name] = spec.default;
      }
    } else if (typeof spec.default === 'boolean') attrs[name] = raw === 'true';
    else attrs[name] = raw;
  }
  return attrs;
}

function nodeSpec(kind: KindSpec): NodeSpec {
  const tag = kind.inline ? 'span' : 'div';
  const spec: NodeSpec = {
    attrs: kind.attrs ? Object.fromEntries(Object.entries(kind.attrs).map(([k, v]) => [k, { default: v.default }])) : undefined,
    toDOM: (node): DOMOutputSpec => (kind.atom ? [tag, domAttrs(kind, node.attrs)] : [tag, domAttrs(kind, node.attrs), 0]),
    parseDOM: [{ tag: `${tag}.k-${kind.name}`, getAttrs: (el) => parseAttrs(kind, el as unknown as { getAttribute(n: string): string | null }) }],
  };
  if (kind.content !== undefined) spec.content = kind.content;
  if (kind.group !== undefined) spec.group = kind.group;
  if (kind.inline) spec.inline = true;
  if (kind.atom) spec.atom = true;
  if (kind.marks !== undefined) spec.marks = kind.marks;
  if (kind.provision || kind.name === 'penjelasanPasal' || kind.name === 'penjelasanButir') spec.defining = true;
  if (kind.name === 'rujukan' || kind.name === 'slot') spec.selectable = true;
  return spec;
}

const nodes: Record<string, NodeSpec> = {};
for (const kind of KINDS) nodes[kind.name] = nodeSpec(kind);
nodes.text = { group: 'inline' };

const marks: Record<string, MarkSpec> = {
  // Foreign terms in the Penjelasan are italicised (R124).
  em: { toDOM: () => ['em', 0], parseDOM: [{ tag: 'em' }, { tag: 'i' }] },
};

/** The statute schema. */
export const schema = new Schema({ nodes, marks, topNode: 'doc' });
