// Instantiating a clause template into a draft: parameters filled, defined
// terms added to Ketentuan Umum, each part placed in its chapter (or, for an
// amendment, in the amending Pasal of its law, in article order), references
// resolved to ids, Penjelasan entries written, provenance recorded.
import { Node, type Attrs } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { schema } from './schema';
import { newId } from './ids';
import { parsePasalBody, parseInline, MarkupError, type MarkupNode } from './markup';
import type { ClauseTemplate, LibraryIndex, TemplatePart } from './library';
import { slotFormat, checkValue, type ParamValue } from './params';
import { clauseHash } from './clauses';
import { defaultParams } from './gaps';
import { BAB_ROLES, KIND } from './kinds';
import { definedTerms, ketentuanUmumPasal, parseDefinition } from './terms';
import { syncPenjelasan } from './penjelasan';
import { parseArticle } from './article';
import type { Link } from './links';

export class InstantiationError extends Error {
  constructor(
    readonly template: string,
    readonly field: string,
    message: string,
  ) {
    super(`${template}: ${field}: ${message}`);
  }
}

export interface InsertOptions {
  readonly params?: Readonly<Record<string, ParamValue>>;
  /** Position just after a Pasal: new Pasal of the same chapter go after it. */
  readonly after?: number;
  readonly random?: () => number;
}

export interface InsertResult {
  readonly tr: Transform;
  readonly clause: string;
  /** Ids of the Pasal (or amendment points) inserted, in order. */
  readonly inserted: readonly string[];
}

interface Built {
  readonly part: TemplatePart;
  readonly node: Node;
  /** The Pasal whose Penjelasan the part's penjelasan describes. */
  readonly pasal: Node | null;
}

type Json = { type: string; attrs?: Record<string, unknown>; content?: Json[]; text?: string; marks?: { type: string }[] };

function withIds(nodes: readonly MarkupNode[], random: () => number): Json[] {
  return nodes.map((n) => {
    const out: Json = { type: n.type };
    if (n.text !== undefined) out.text = n.text;
    if (n.marks) out.marks = n.marks;
    const attrs: Record<string, unknown> = { ...(n.attrs ?? {}) };
    if (KIND[n.type]?.provision) attrs.id = newId(random);
    if (Object.keys(attrs).length) out.attrs = attrs;
    if (n.content) out.content = withIds(n.content, random);
    return out;
  });
}

/** Finds the unit a reference path names inside a built Pasal: "1" = ayat (1), "1/a" = its huruf a, "a" = huruf a. */
function resolvePath(pasal: Json, segments: readonly string[]): string | null {
  let cur: Json = pasal;
  for (const seg of segments) {
    const kids = (cur.content ?? []).filter((c) => KIND[c.type]?.provision);
    let index: number;
    if (/^\d+$/.test(seg)) index = Number(seg) - 1;
    else if (/^[a-z]$/.test(seg)) index = seg.charCodeAt(0) - 97;
    else return null;
    const next = kids[index];
    if (!next) return null;
    cur = next;
  }
  return typeof cur.attrs?.id === 'string' ? cur.attrs.id : null;
}

function fillInline(nodes: Json[], t: ClauseTemplate, params: Readonly<Record<string, ParamValue>>, resolveRef: (raw: string) => string): void {
  for (const n of nodes) {
    if (n.type === 'slot') {
      const name = String(n.attrs?.name);
      const p = t.params.find((x) => x.name === name);
      if (!p) throw new InstantiationError(t.id, 'parts', `{${name}} is not a declared parameter`);
      n.attrs = { name, value: params[name] ?? p.default, format: slotFormat(p) };
    } else if (n.type === 'rujukan') {
      const targets = (n.attrs?.targets as string[]).map((raw) => resolveRef(raw.slice(1)));
      n.attrs = { ...n.attrs, targets };
    }
    if (n.content) fillInline(n.content, t, params, resolveRef);
  }
}

function partKind(part: TemplatePart): 'pasal' | 'amends' | 'inserts' | 'repeals' {
  if ('amends' in part) return 'amends';
  if ('inserts' in part) return 'inserts';
  if ('repeals' in part) return 'repeals';
  return 'pasal';
}

function provenance(t: ClauseTemplate, clause: string): Attrs {
  return { clause, template: t.id, templateVersion: t.version };
}

function withHash(node: Node): Node {
  return node.type.create({ ...node.attrs, hash: clauseHash(node) }, node.content, node.marks);
}

/** Builds the nodes of every part, with references resolved and slots filled. */
function buildParts(t: ClauseTemplate, params: Readonly<Record<string, ParamValue>>, clause: string, random: () => number): Built[] {
  const pasalJson = new Map<string, Json>();
  const pending: { part: TemplatePart; json: Json; restated: Json | null }[] = [];
  for (const part of t.parts) {
    const kind = partKind(part);
    let body: MarkupNode[] = [];
    try {
      if ('text' in part && part.text !== undefined) body = parsePasalBody(part.text, kind !== 'pasal');
    } catch (e) {
      if (e instanceof MarkupError) throw new InstantiationError(t.id, `parts.${part.key}.text`, e.message);
      throw e;
    }
    if (kind === 'pasal') {
      const p = part as Extract<TemplatePart, { chapter: string }>;
      const json: Json = { type: 'pasal', attrs: { id: newId(random), links: p.links, ...provenance(t, clause) }, content: withIds(body, random) };
      pasalJson.set(part.key, json);
      pending.push({ part, json, restated: null });
    } else {
      let links: Link[];
      if ('amends' in part) links = [{ op: 'amends', law: part.amends.law, article: part.amends.article }];
      else if ('inserts' in part) links = [{ op: 'inserts', law: part.inserts.law, after: part.inserts.after }];
      else if ('repeals' in part) links = [{ op: 'repeals', law: part.repeals.law, article: part.repeals.article }];
      else continue;
      // A repeal of a whole Pasal is the point alone, carrying the link; a repeal
      // of an ayat, huruf or angka restates the Pasal, which carries the link.
      const restates = kind !== 'repeals' || body.length > 0;
      const restated: Json | null = restates ? { type: 'pasal', attrs: { id: newId(random), links, inserted: kind === 'inserts' }, content: withIds(body, random) } : null;
      const json: Json = { type: 'poin', attrs: { id: newId(random), ...provenance(t, clause), links: restates ? [] : links }, content: restated ? [restated] : [] };
      if (restated) pasalJson.set(part.key, restated);
      pending.push({ part, json, restated });
    }
  }
  const built: Built[] = [];
  for (const { part, json, restated } of pending) {
    const own = restated ?? json;
    const resolveRef = (raw: string): string => {
      const [key, ...segments] = raw.split('/');
      const target = key === '' ? own : pasalJson.get(key!);
      if (!target) throw new InstantiationError(t.id, `parts.${part.key}`, `{ref:${raw}}: no part with key "${key}"`);
      const id = resolvePath(target, segments.filter((s) => s !== ''));
      if (!id) throw new InstantiationError(t.id, `parts.${part.key}`, `{ref:${raw}}: the part has no unit ${segments.join('/')}`);
      return id;
    };
    fillInline(json.content ?? [], t, params, resolveRef);
    let node: Node;
    try {
      node = Node.fromJSON(schema, json);
      node.check();
    } catch (e) {
      throw new InstantiationError(t.id, `parts.${part.key}`, `the text does not form a valid provision: ${e instanceof Error ? e.message : String(e)}`);
    }
    node = withHash(node);
    const pasal = node.type.name === 'pasal' ? node : null;
    built.push({ part, node, pasal });
  }
  return built;
}

/** Position just inside the end of a node's content, found by id. */
function findById(doc: Node, id: string): { node: Node; pos: number } | null {
  let found: { node: Node; pos: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.attrs.id === id) {
      found = { node, pos };
      return false;
    }
    return !node.isTextblock;
  });
  return found;
}

function bodyStart(doc: Node): number {
  return doc.child(0).nodeSize + doc.child(1).nodeSize + 1;
}

function roleIndex(role: unknown): number {
  const i = BAB_ROLES.indexOf(role as (typeof BAB_ROLES)[number]);
  return i < 0 ? 1 : i;
}

/** Finds the BAB for a chapter key, creating it in its place if missing. Returns its id. */
function ensureChapter(tr: Transform, key: string, lib: LibraryIndex, random: () => number): string {
  const chapter = lib.chapter(key);
  if (!chapter) throw new InstantiationError('-', 'chapter', `no chapter "${key}" in templates/chapters.yaml`);
  const body = tr.doc.child(2);
  let existing: string | null = null;
  body.forEach((bab) => {
    if (!existing && bab.type.name === 'bab' && (bab.attrs.key === key || (chapter.role !== 'materi' && bab.attrs.role === chapter.role))) existing = String(bab.attrs.id);
  });
  if (existing) return existing;
  const chapterOrder = lib.library.chapters.map((c) => c.key);
  const rank = (role: unknown, k: unknown): number => roleIndex(role) * 1000 + Math.max(0, chapterOrder.indexOf(String(k)));
  const newRank = rank(chapter.role, key);
  const pos = bodyStart(tr.doc);
  let insertAt = pos + body.content.size;
  body.forEach((bab, offset) => {
    if (insertAt === pos + body.content.size && bab.type.name === 'bab' && rank(bab.attrs.role, bab.attrs.key) > newRank) insertAt = pos + offset;
  });
  const id = newId(random);
  // A new chapter needs a Pasal to be valid; a placeholder is replaced by the caller's first Pasal.
  const placeholder = schema.nodes.pasal!.create({ id: '__placeholder__' }, schema.nodes.teks!.create());
  const bab = schema.nodes.bab!.create({ id, role: chapter.role, key }, [schema.nodes.judulUnit!.create(null, schema.text(chapter.title)), placeholder]);
  tr.insert(insertAt, bab);
  return id;
}

/** Inserts a Pasal into a chapter (and Bagian), replacing a placeholder if the chapter is new. */
function placePasal(tr: Transform, chapterId: string, bagianTitle: string | undefined, pasal: Node, after: number | undefined, random: () => number): void {
  const placeholder = findById(tr.doc, '__placeholder__');
  if (placeholder) {
    const content = bagianTitle ? schema.nodes.bagian!.create({ id: newId(random) }, [schema.nodes.judulUnit!.create(null, schema.text(bagianTitle)), pasal]) : pasal;
    tr.replaceWith(placeholder.pos, placeholder.pos + placeholder.node.nodeSize, content);
    return;
  }
  const chapter = findById(tr.doc, chapterId)!;
  let container = chapter;
  const hasBagian = chapter.node.childCount > 1 && chapter.node.child(1).type.name === 'bagian';
  if (hasBagian) {
    let target: { node: Node; pos: number } | null = null;
    let last: { node: Node; pos: number } | null = null;
    chapter.node.forEach((child, offset) => {
      if (child.type.name !== 'bagian') return;
      const entry = { node: child, pos: chapter.pos + 1 + offset };
      last = entry;
      if (bagianTitle && child.firstChild?.textContent.trim().toLowerCase() === bagianTitle.trim().toLowerCase()) target = entry;
    });
    if (!target && bagianTitle) {
      const end = chapter.pos + chapter.node.nodeSize - 1;
      tr.insert(end, schema.nodes.bagian!.create({ id: newId(random) }, [schema.nodes.judulUnit!.create(null, schema.text(bagianTitle)), pasal]));
      return;
    }
    container = target ?? last!;
    // Paragraf inside the Bagian: use the last one.
    if (container.node.childCount > 1 && container.node.child(1).type.name === 'paragraf') {
      const lastPar = container.node.lastChild!;
      container = { node: lastPar, pos: container.pos + container.node.nodeSize - 1 - lastPar.nodeSize };
    }
  }
  let end = container.pos + container.node.nodeSize - 1;
  // The entry into force stays the last Pasal of the bill (R85).
  const last = container.node.lastChild;
  if (chapter.node.attrs.role === 'ketentuan-penutup' && last?.type.name === 'pasal' && /mulai berlaku/.test(last.textContent)) end -= last.nodeSize;
  const inside = after !== undefined && after > container.pos && after <= end;
  tr.insert(inside ? after : end, pasal);
}

/** Sort key of an amendment point: the position of its target in the law's article list. */
function pointKey(point: Node, lib: LibraryIndex): number {
  const restated = point.firstChild;
  const links: Link[] = [...((point.attrs.links as Link[]) ?? []), ...((restated?.attrs.links as Link[]) ?? [])];
  const link = links[0];
  if (!link) return Number.MAX_SAFE_INTEGER;
  if (link.op === 'inserts') {
    const after = /^Pasal (\S+)$/.exec(link.after)?.[1] ?? '';
    const articles = lib.law(link.law)?.articles ?? [];
    return articles.indexOf(after) + 0.5;
  }
  const prov = lib.provision(link.law, link.article);
  const articles = lib.law(prov?.of ?? link.law)?.articles ?? [];
  const path = parseArticle(link.article);
  const i = path ? articles.indexOf(path.pasal) : -1;
  return i < 0 ? Number.MAX_SAFE_INTEGER - 1 : i;
}

function principalLaw(part: TemplatePart, lib: LibraryIndex): string {
  if ('inserts' in part) return part.inserts.law;
  const ref = 'amends' in part ? part.amends : 'repeals' in part ? part.repeals : null;
  if (!ref) return '';
  return lib.provision(ref.law, ref.article)?.of ?? ref.law;
}

/** Places an amendment point in the amending Pasal of its law, in article order. */
function placePoint(tr: Transform, part: TemplatePart, point: Node, lib: LibraryIndex, random: () => number): void {
  const law = principalLaw(part, lib);
  const chapterId = ensureChapter(tr, 'perubahan', lib, random);
  const placeholder = findById(tr.doc, '__placeholder__');
  if (placeholder) {
    tr.replaceWith(placeholder.pos, placeholder.pos + placeholder.node.nodeSize, schema.nodes.pasal!.create({ id: newId(random), law }, point));
    return;
  }
  const chapter = findById(tr.doc, chapterId)!;
  let amending: { node: Node; pos: number } | null = null;
  chapter.node.descendants((node, pos) => {
    if (amending) return false;
    if (node.type.name === 'pasal') {
      if (node.attrs.law === law) amending = { node, pos: chapter.pos + 1 + pos };
      return false;
    }
    return true;
  });
  if (!amending) {
    const end = chapter.pos + chapter.node.nodeSize - 1;
    tr.insert(end, schema.nodes.pasal!.create({ id: newId(random), law }, point));
    return;
  }
  const found = amending as { node: Node; pos: number };
  const key = pointKey(point, lib);
  let insertAt = found.pos + found.node.nodeSize - 1;
  let done = false;
  found.node.forEach((existing, offset) => {
    if (!done && pointKey(existing, lib) > key) {
      insertAt = found.pos + 1 + offset;
      done = true;
    }
  });
  tr.insert(insertAt, point);
}

/**
 * The terms a template needs, with every defined term their definitions use
 * (KESAD's definition uses "Materi KESA", so that is defined too), in glossary order.
 */
export function termClosure(terms: readonly string[], lib: LibraryIndex): string[] {
  const glossary = lib.library.terms;
  const want = new Set<string>();
  const visit = (term: string): void => {
    if (want.has(term)) return;
    const entry = lib.term(term);
    if (!entry) throw new InstantiationError('-', 'terms', `"${term}" is not in templates/terms.yaml`);
    want.add(term);
    const body = entry.text.slice(entry.text.indexOf(' adalah ') + 8);
    for (const other of glossary) {
      if (other.term === term) continue;
      const short = /yang selanjutnya (?:disingkat|disebut) (.+?) adalah /.exec(other.text)?.[1];
      for (const form of [other.term, short].filter((f): f is string => !!f)) {
        if (new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(body)) visit(other.term);
      }
    }
  };
  terms.forEach(visit);
  return glossary.map((g) => g.term).filter((g) => want.has(g));
}

/** Adds the definitions a template needs to Pasal 1, in glossary order. */
function addTerms(tr: Transform, t: ClauseTemplate, lib: LibraryIndex, clause: string, random: () => number): void {
  const needed = termClosure(t.terms, lib);
  const missing = needed.filter((term) => !definedTerms(tr.doc).some((d) => d.term === term));
  if (missing.length === 0) return;
  // The placeholder definition of an empty bill ("… adalah ….") gives way to real ones.
  const ku0 = ketentuanUmumPasal(tr.doc);
  if (ku0) {
    const placeholders: { pos: number; size: number }[] = [];
    ku0.node.forEach((child, offset) => {
      if (child.type.name === 'angka' && /^[\s…]*adalah[\s….]*$/.test(child.textContent)) placeholders.push({ pos: ku0.pos + 1 + offset, size: child.nodeSize });
    });
    for (const p of placeholders.reverse()) tr.delete(p.pos, p.pos + p.size);
  }
  const have = new Set(definedTerms(tr.doc).map((d) => d.term));
  const order = lib.library.terms.map((x) => x.term);
  for (const term of needed) {
    if (have.has(term)) continue;
    const entry = lib.term(term);
    if (!entry) throw new InstantiationError(t.id, 'terms', `"${term}" is not in templates/terms.yaml`);
    const item = withHash(schema.nodes.angka!.create({ id: newId(random), ...provenance(t, clause) }, schema.nodes.teks!.create(null, parseInline(entry.text).map((n) => schema.text(n.text ?? '')))));
    let ku = ketentuanUmumPasal(tr.doc);
    if (!ku) {
      const chapterId = ensureChapter(tr, 'ketentuan-umum', lib, random);
      placePasal(tr, chapterId, undefined, schema.nodes.pasal!.create({ id: newId(random) }, [schema.nodes.teks!.create(null, schema.text('Dalam Undang-Undang ini yang dimaksud dengan:')), item]), undefined, random);
      have.add(term);
      continue;
    }
    const rank = order.indexOf(term);
    let insertAt = ku.pos + ku.node.nodeSize - 1;
    let afterTeks = ku.pos + 1 + (ku.node.firstChild?.nodeSize ?? 0);
    let done = false;
    let sawItem = false;
    ku.node.forEach((child, offset) => {
      if (child.type.name !== 'angka') {
        if (!sawItem) afterTeks = ku!.pos + 1 + offset + child.nodeSize;
        return;
      }
      sawItem = true;
      const d = parseDefinition(child.firstChild?.textContent ?? '');
      const r = d ? order.indexOf(d.term) : -1;
      if (!done && r > rank) {
        insertAt = ku!.pos + 1 + offset;
        done = true;
      }
    });
    if (!sawItem) insertAt = afterTeks;
    else if (!done) {
      // After the last definition, before any closing text.
      let lastItemEnd = insertAt;
      ku.node.forEach((child, offset) => {
        if (child.type.name === 'angka') lastItemEnd = ku!.pos + 1 + offset + child.nodeSize;
      });
      insertAt = lastItemEnd;
    }
    tr.insert(insertAt, item);
    have.add(term);
    ku = null;
  }
}

function paragraphs(text: string): Node[] {
  return text
    .split(/\n\s*\n/)
    .map((s) => s.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((s) => schema.nodes.teks!.createChecked(null, parseInline(s).map((n) => (n.marks ? schema.text(n.text ?? '', [schema.marks.em!.create()]) : schema.text(n.text ?? '')))));
}

const cukupJelasText = (): Node[] => [schema.nodes.teks!.create(null, schema.text('Cukup jelas.'))];

/** The key of a unit in a template's penjelasan map: ayat "1", huruf "a", angka "2", nested "1/a". */
function unitKeys(node: Node): { unit: Node; key: string }[] {
  const out: { unit: Node; key: string }[] = [];
  let i = 0;
  node.forEach((unit) => {
    if (!KIND[unit.type.name]?.provision) return;
    i++;
    const fixed = typeof unit.attrs.num === 'string' && unit.attrs.num ? unit.attrs.num : null;
    const key = fixed ?? (unit.type.name === 'huruf' || unit.type.name === 'hurufKurung' ? String.fromCharCode(96 + i) : String(i));
    out.push({ unit, key });
  });
  return out;
}

/**
 * The explanation of a provision from a template's penjelasan: a text for the
 * whole, or one entry per ayat/huruf; once any unit is explained, every unit
 * of that level is listed, the others "Cukup jelas." (R101).
 */
function explain(node: Node, map: Readonly<Record<string, string | null>>, prefix: string): Node[] {
  const own = map[prefix];
  if (own) return paragraphs(own);
  const units = unitKeys(node);
  const hasEntry = (k: string) => Object.keys(map).some((m) => m === k || m.startsWith(`${k}/`));
  if (!units.some(({ key }) => hasEntry(prefix ? `${prefix}/${key}` : key))) return cukupJelasText();
  return units.map(({ unit, key }) => schema.nodes.penjelasanButir!.create({ target: unit.attrs.id }, explain(unit, map, prefix ? `${prefix}/${key}` : key)));
}

function penjelasanContent(part: TemplatePart, pasal: Node): Node[] | null {
  const p = part.penjelasan;
  if (p === undefined) return null;
  if (typeof p === 'string') return paragraphs(p);
  return explain(pasal, p, '');
}

function penjelasanEntry(part: TemplatePart, pasal: Node): Node | null {
  const content = penjelasanContent(part, pasal);
  return content ? schema.nodes.penjelasanPasal!.create({ target: pasal.attrs.id }, content) : null;
}

/**
 * The Penjelasan of an amending Pasal, point by point, with a new point's
 * explanation added (R100 omnibus form: "Pasal 60 / Angka 1 / Pasal 40 / ...").
 */
function amendingEntry(doc: Node, point: Node, explanation: Node[]): { id: string; entry: Node } | null {
  let amending: Node | null = null;
  doc.descendants((n) => {
    if (amending) return false;
    if (n.type.name === 'pasal' && n.firstChild?.type.name === 'poin') {
      n.forEach((c) => {
        if (c.attrs.id === point.attrs.id) amending = n;
      });
      return false;
    }
    return true;
  });
  if (!amending) return null;
  const a = amending as Node;
  const id = String(a.attrs.id);
  // Existing explanations of the other points are kept.
  const kept = new Map<string, Node>();
  doc.child(4).child(1).forEach((entry) => {
    if (entry.attrs.target !== id) return;
    entry.forEach((c) => {
      if (c.type.name === 'penjelasanButir') kept.set(String(c.attrs.target), c);
    });
  });
  const restatedOf = (pt: Node): Node | null => pt.firstChild;
  const butirFor = (pt: Node): Node => {
    const restated = restatedOf(pt);
    const inner = pt.attrs.id === point.attrs.id ? explanation : cukupJelasText();
    return restated ? schema.nodes.penjelasanButir!.create({ target: restated.attrs.id }, inner) : schema.nodes.penjelasanButir!.create({ target: pt.attrs.id }, inner);
  };
  if (a.childCount === 1) return { id, entry: schema.nodes.penjelasanPasal!.create({ target: id }, [butirFor(a.firstChild!)]) };
  const points: Node[] = [];
  a.forEach((pt) => {
    const existing = kept.get(String(pt.attrs.id));
    points.push(pt.attrs.id === point.attrs.id || !existing ? schema.nodes.penjelasanButir!.create({ target: pt.attrs.id }, [butirFor(pt)]) : existing);
  });
  return { id, entry: schema.nodes.penjelasanPasal!.create({ target: id }, points) };
}

/** Inserts a template into a draft; throws InstantiationError for bad parameters or templates. */
export function insertTemplate(doc: Node, t: ClauseTemplate, lib: LibraryIndex, options: InsertOptions = {}): InsertResult {
  const random = options.random ?? Math.random;
  const params: Record<string, ParamValue> = { ...defaultParams(t), ...(options.params ?? {}) };
  for (const p of t.params) {
    const problem = checkValue(p, params[p.name]);
    if (problem) throw new InstantiationError(t.id, `params.${p.name}`, problem);
  }
  const clause = newId(random);
  const built = buildParts(t, params, clause, random);
  const tr = new Transform(doc);
  addTerms(tr, t, lib, clause, random);
  const overrides = new Map<string, Node>();
  const inserted: string[] = [];
  // `after` is kept mapped through every step so far; a Pasal inserted exactly there pushes it
  // past itself (assoc 1), so the template's parts keep their order.
  let after = options.after !== undefined ? tr.mapping.map(options.after) : undefined;
  let mapped = tr.steps.length;
  const follow = (): void => {
    if (after !== undefined) after = tr.mapping.slice(mapped).map(after);
    mapped = tr.steps.length;
  };
  for (const b of built) {
    if (partKind(b.part) === 'pasal') {
      const part = b.part as Extract<TemplatePart, { chapter: string }>;
      const chapterId = ensureChapter(tr, part.chapter, lib, random);
      follow();
      placePasal(tr, chapterId, part.bagian, b.node, after, random);
      follow();
      const entry = penjelasanEntry(b.part, b.node);
      if (entry) overrides.set(String(b.node.attrs.id), entry);
    } else {
      placePoint(tr, b.part, b.node, lib, random);
      follow();
      const restated = b.node.firstChild;
      const content = restated ? penjelasanContent(b.part, restated) : null;
      if (content) {
        // Sync first so the amending Pasal has an entry, then explain the new point in it.
        for (const step of syncPenjelasan(tr.doc, overrides).steps) tr.step(step);
        follow();
        const e = amendingEntry(tr.doc, b.node, content);
        if (e) overrides.set(e.id, e.entry);
      }
    }
    inserted.push(String(b.node.attrs.id));
  }
  const sync = syncPenjelasan(tr.doc, overrides);
  for (const step of sync.steps) tr.step(step);
  return { tr, clause, inserted };
}

/** Sets a parameter of a clause instance: every slot of that name in the clause's nodes. The caller checks the value against its bounds first (checkValue; the parameter form does). */
export function setClauseParam(doc: Node, clause: string, name: string, value: ParamValue): Transform {
  const tr = new Transform(doc);
  doc.descendants((node, pos) => {
    if (node.attrs.clause === clause) {
      node.descendants((child, childPos) => {
        if (child.type.name === 'slot' && child.attrs.name === name) tr.setNodeMarkup(pos + 1 + childPos, undefined, { ...child.attrs, value });
        return !child.isLeaf;
      });
      return false;
    }
    return !node.isTextblock;
  });
  return tr;
}
