// Clause instances in a draft: the nodes a template inserted, grouped by their
// instance id, with the parameter values in their slots and whether the
// drafter has changed their text since insertion (design sections 3 and 6).
// Results are cached by node identity: ProseMirror shares unchanged subtrees
// between versions, so after an edit only the changed path is walked again.
import type { Node } from 'prosemirror-model';
import { hashText } from './hash';
import type { ParamValue } from './params';

export interface ClauseNode {
  readonly id: string;
  readonly kind: string;
  readonly clause: string;
  readonly template: string;
  readonly templateVersion: number | null;
  readonly storedHash: string | null;
  readonly hash: string;
  readonly params: Readonly<Record<string, ParamValue>>;
  /** The node itself, in the document the instance was collected from. */
  readonly node: Node;
}

export interface ClauseInstance {
  readonly clause: string;
  readonly template: string;
  readonly templateVersion: number | null;
  readonly nodes: readonly ClauseNode[];
  readonly params: Readonly<Record<string, ParamValue>>;
  /** The text differs from the text as instantiated. */
  readonly modified: boolean;
  /** Hash of all the instance's current text: the basis of a review. */
  readonly textHash: string;
}

/**
 * The text a clause hash is taken over: slots as {name} (parameter changes are
 * sanctioned by the template) and references as their target ids (numbers may
 * change with renumbering without the clause being edited).
 */
export function clauseText(node: Node): string {
  const lines: string[] = [];
  const walk = (n: Node): void => {
    if (n.isTextblock) {
      let line = '';
      n.forEach((c) => {
        if (c.isText) line += c.text ?? '';
        else if (c.type.name === 'slot') line += `{${String(c.attrs.name)}}`;
        else if (c.type.name === 'rujukan') line += `{ref:${(c.attrs.targets as unknown[]).join(',')}}`;
      });
      lines.push(line.replace(/\s+/g, ' ').trim());
    } else n.forEach(walk);
  };
  walk(node);
  return lines.join('\n');
}

/** The hash stored on a clause node when its template is instantiated. */
export function clauseHash(node: Node): string {
  return hashText(clauseText(node));
}

function slotValues(node: Node): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  node.descendants((c) => {
    if (c.type.name === 'slot' && (typeof c.attrs.value === 'number' || typeof c.attrs.value === 'string')) params[String(c.attrs.name)] = c.attrs.value;
    return !c.isLeaf;
  });
  return params;
}

const cache = new WeakMap<Node, readonly ClauseNode[]>();

/** Clause nodes inside `node` (itself included), cached by node identity. */
function clauseNodesIn(node: Node): readonly ClauseNode[] {
  const hit = cache.get(node);
  if (hit) return hit;
  let out: ClauseNode[];
  if (typeof node.attrs.clause === 'string' && node.attrs.clause !== '' && typeof node.attrs.template === 'string') {
    out = [
      {
        id: String(node.attrs.id ?? ''),
        kind: node.type.name,
        clause: node.attrs.clause,
        template: node.attrs.template,
        templateVersion: typeof node.attrs.templateVersion === 'number' ? node.attrs.templateVersion : null,
        storedHash: typeof node.attrs.hash === 'string' ? node.attrs.hash : null,
        hash: clauseHash(node),
        params: slotValues(node),
        node,
      },
    ];
  } else if (node.isTextblock || node.isLeaf) out = [];
  else {
    out = [];
    node.forEach((child) => {
      const inner = clauseNodesIn(child);
      if (inner.length) out.push(...inner);
    });
  }
  cache.set(node, out);
  return out;
}

/** Every clause instance in the draft, in document order. */
export function collectClauses(doc: Node): ClauseInstance[] {
  const byClause = new Map<string, ClauseNode[]>();
  for (const n of clauseNodesIn(doc)) {
    const list = byClause.get(n.clause);
    if (list) list.push(n);
    else byClause.set(n.clause, [n]);
  }
  return [...byClause.entries()].map(([clause, nodes]) => {
    const params: Record<string, ParamValue> = {};
    for (const n of nodes) Object.assign(params, n.params);
    return {
      clause,
      template: nodes[0]!.template,
      templateVersion: nodes[0]!.templateVersion,
      nodes,
      params,
      modified: nodes.some((n) => n.storedHash !== null && n.storedHash !== n.hash),
      textHash: hashText(nodes.map((n) => n.hash).join(':')),
    };
  });
}

/**
 * A hand-written provision (no template) treated as a clause, so a reviewer can
 * link it to a project gap: its id stands for the clause id, and its text hash
 * is the basis of a review of that gap. Null when no provision has that id.
 */
export function provisionAsClause(doc: Node, id: string): ClauseInstance | null {
  let found: Node | null = null;
  doc.descendants((n) => {
    if (found) return false;
    if (n.attrs.id === id && !n.isTextblock) found = n;
    return !n.isTextblock;
  });
  const node = found as Node | null;
  if (!node) return null;
  const hash = clauseHash(node);
  const clauseNode: ClauseNode = { id, kind: node.type.name, clause: id, template: '', templateVersion: null, storedHash: null, hash, params: {}, node };
  return { clause: id, template: '', templateVersion: null, nodes: [clauseNode], params: {}, modified: false, textHash: hashText(hash) };
}
