// The draft file (design section 4): a versioned JSON envelope around the
// ProseMirror document. Parsing validates everything and returns a specific
// error instead of throwing; nothing here touches the file system.
import { z } from 'zod';
import { Node } from 'prosemirror-model';
import { schema } from './schema';
import { gapSchema } from './library';
import { linksSchema } from './links';
import { ensureIds } from './ids';
import { locateJsonPath, lineColumn, type JsonPath } from './json-locate';

export const DRAFT_FORMAT = 'rancang-draft';
export const DRAFT_VERSION = 1;

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s), 'an ISO 8601 date-time such as 2026-11-28T10:00:00.000Z');

export const reviewSchema = z.strictObject({
  gap: z.string().regex(/^(G\d{2}|P[A-Za-z0-9-]+)$/, 'a gap id such as G07 or a project gap id such as P-UMKM'),
  status: z.enum(['accepted', 'disputed']),
  by: z.string().min(1),
  at: isoDate,
  note: z.string(),
  basis: z.string().regex(/^[0-9a-f]{8}$/, 'the hash of the closing clauses at review time'),
});
export type Review = z.infer<typeof reviewSchema>;

export const metaSchema = z.strictObject({
  title: z.string(),
  kind: z.enum(['new', 'amending']),
  drafters: z.array(z.string()),
  created: isoDate,
  modified: isoDate,
});
export type DraftMeta = z.infer<typeof metaSchema>;

/** A gap a reviewer adds to the draft: the catalog's shape, plus the clauses linked to it. */
function projectGapSchema() {
  return gapSchema.extend({
    id: z.string().regex(/^P[A-Za-z0-9-]+$/, 'project gap ids start with P, e.g. P-UMKM'),
    claims: z.array(z.strictObject({ clause: z.string().min(1), criteria: z.array(z.string().regex(/^[FP]\d+$/)).min(1) })).default([]),
  }).superRefine((gap, ctx) => {
    const ids = new Set(gap.criteria.map((c) => c.id));
    gap.claims.forEach((claim, i) =>
      claim.criteria.forEach((c, j) => {
        if (!ids.has(c)) ctx.addIssue({ code: 'custom', path: ['claims', i, 'criteria', j], message: `the gap has no criterion ${c} (it has ${[...ids].join(', ')})` });
      }),
    );
  });
}
export type ProjectGap = z.infer<ReturnType<typeof projectGapSchema>>;

const envelopeSchema = z.strictObject({
  format: z.literal(DRAFT_FORMAT, { error: `expected "${DRAFT_FORMAT}"` }),
  version: z.literal(DRAFT_VERSION),
  meta: metaSchema,
  doc: z.unknown(),
  reviews: z.array(reviewSchema).default([]),
  gaps: z.array(projectGapSchema()).default([]),
});

export interface Draft {
  readonly meta: DraftMeta;
  readonly doc: Node;
  readonly reviews: readonly Review[];
  readonly gaps: readonly ProjectGap[];
}

export interface DraftError {
  /** Dotted path of the offending field, e.g. "meta.created" or "doc". */
  readonly field: string | null;
  readonly line: number | null;
  readonly message: string;
}

export type ParseResult = { readonly ok: true; readonly draft: Draft; readonly repaired: readonly string[] } | { readonly ok: false; readonly error: DraftError };

/** One line describing an error: "meta.created (line 7): expected an ISO date". */
export function describeDraftError(e: DraftError): string {
  const where = [e.field, e.line !== null ? `line ${e.line}` : null].filter(Boolean).join(', ');
  return where ? `${where}: ${e.message}` : e.message;
}

/** Upgrade steps from version n to n + 1. Version 1 is the first; add steps here when the format changes. */
const MIGRATIONS: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {};

function migrate(raw: Record<string, unknown>): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  let version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, message: `expected a whole number, found ${JSON.stringify(version ?? null)}` };
  if (version > DRAFT_VERSION) return { ok: false, message: `this file was written by a newer Rancang (format version ${version}); this version reads up to ${DRAFT_VERSION}` };
  let current = raw;
  while (version < DRAFT_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, message: `format version ${version} is not a version Rancang ever wrote` };
    current = step(current);
    version += 1;
  }
  return { ok: true, value: current };
}

function fieldOf(path: JsonPath): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');
}

/** Checks attributes the schema cannot: links, slot formats, reference targets. */
function checkAttrs(doc: Node): string | null {
  let problem: string | null = null;
  doc.descendants((node) => {
    if (problem) return false;
    if (Array.isArray(node.attrs.links) && node.attrs.links.length > 0) {
      const r = linksSchema.safeParse(node.attrs.links);
      if (!r.success) problem = `${node.type.name} ${String(node.attrs.id)}: links: ${r.error.issues[0]?.message ?? 'invalid'}`;
    } else if ('links' in node.attrs && !Array.isArray(node.attrs.links)) problem = `${node.type.name} ${String(node.attrs.id)}: links must be a list`;
    if (node.type.name === 'rujukan' && (!Array.isArray(node.attrs.targets) || node.attrs.targets.some((t: unknown) => typeof t !== 'string'))) problem = 'rujukan: targets must be a list of ids';
    if (node.type.name === 'slot' && typeof node.attrs.name !== 'string') problem = 'slot: name must be text';
    if ('id' in node.attrs && node.attrs.id !== null && typeof node.attrs.id !== 'string') problem = `${node.type.name}: id must be text`;
    return true;
  });
  return problem;
}

/** Parses and validates a draft file's text. Never throws for bad input. */
export function parseDraft(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const offset = pos ? Number(pos[1]) : /end of JSON input|Unterminated/.test(msg) ? text.length : null;
    const lc = offset !== null ? lineColumn(text, offset) : null;
    const truncated = offset !== null && offset >= text.trimEnd().length;
    if (text.trim() === '') return { ok: false, error: { field: null, line: null, message: 'the file is empty' } };
    return { ok: false, error: { field: null, line: lc?.line ?? null, message: `not valid JSON (${msg.replace(/ in JSON at position \d+.*$/, '').replace(/, "[\s\S]*$/, '')})${truncated ? '; the file looks truncated' : ''}` } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: { field: null, line: 1, message: 'expected a JSON object with "format": "rancang-draft"' } };
  const obj = raw as Record<string, unknown>;
  if (obj.format !== DRAFT_FORMAT) return { ok: false, error: { field: 'format', line: locateJsonPath(text, ['format']), message: `not a Rancang draft (expected "format": "${DRAFT_FORMAT}", found ${JSON.stringify(obj.format ?? null)})` } };
  const migrated = migrate(obj);
  if (!migrated.ok) return { ok: false, error: { field: 'version', line: locateJsonPath(text, ['version']), message: migrated.message } };
  const env = envelopeSchema.safeParse(migrated.value);
  if (!env.success) {
    const issue = env.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { ok: false, error: { field: fieldOf(path) || null, line: locateJsonPath(text, path), message: issue.message } };
  }
  let doc: Node;
  try {
    doc = Node.fromJSON(schema, env.data.doc);
    doc.check();
  } catch (e) {
    return { ok: false, error: { field: 'doc', line: locateJsonPath(text, ['doc']), message: `the document does not follow the statute schema: ${e instanceof Error ? e.message : String(e)}` } };
  }
  const attrProblem = checkAttrs(doc);
  if (attrProblem) return { ok: false, error: { field: 'doc', line: locateJsonPath(text, ['doc']), message: attrProblem } };
  const perubahan = doc.child(2).attrs.perubahan === true;
  if (perubahan !== (env.data.meta.kind === 'amending')) return { ok: false, error: { field: 'meta.kind', line: locateJsonPath(text, ['meta', 'kind']), message: `meta.kind is "${env.data.meta.kind}" but the body is ${perubahan ? 'that of an amending law (Pasal I, II)' : 'that of a new law'}` } };
  const repaired: string[] = [];
  const fix = ensureIds(doc);
  if (fix.docChanged) {
    doc = fix.doc;
    repaired.push(`${fix.steps.length} provision(s) without a unique id were given one`);
  }
  return { ok: true, draft: { meta: env.data.meta, doc, reviews: env.data.reviews, gaps: env.data.gaps }, repaired };
}

/** Serialises a draft (stable key order, two-space indent, trailing newline). */
export function serializeDraft(draft: Draft): string {
  return (
    JSON.stringify(
      { format: DRAFT_FORMAT, version: DRAFT_VERSION, meta: draft.meta, doc: draft.doc.toJSON(), reviews: draft.reviews, gaps: draft.gaps },
      null,
      2,
    ) + '\n'
  );
}

/** A new draft around a document. */
export function newDraft(doc: Node, now: Date, drafters: readonly string[] = []): Draft {
  const iso = now.toISOString();
  return { meta: { title: doc.firstChild?.textContent ?? '', kind: doc.child(2).attrs.perubahan ? 'amending' : 'new', drafters: [...drafters], created: iso, modified: iso }, doc, reviews: [], gaps: [] };
}
