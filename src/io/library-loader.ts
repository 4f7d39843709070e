// Loads the content library from templates/ and validates every file at once,
// reporting every problem with its file, field and line.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML, { LineCounter, isNode } from 'yaml';
import type { z } from 'zod';
import {
  chaptersFileSchema,
  corpusFileSchema,
  gapsFileSchema,
  kategoriFileSchema,
  rulesFileSchema,
  lawsFileSchema,
  templateSchema,
  termsFileSchema,
  type ClauseTemplate,
  type CorpusProvision,
  type Library,
} from '../core/library';
import { checkLibrary } from '../core/library-check';
import { parseDraft } from '../core/draft';

export interface LibraryProblem {
  readonly file: string;
  readonly field: string | null;
  readonly line: number | null;
  readonly message: string;
}

export function describeProblem(p: LibraryProblem): string {
  return `${p.file}${p.line !== null ? `:${p.line}` : ''}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

export class LibraryError extends Error {
  constructor(readonly problems: readonly LibraryProblem[]) {
    super(`the content library has ${problems.length} problem(s):\n${problems.map(describeProblem).join('\n')}`);
  }
}

/** The templates/ folder shipped with Rancang, found from this module's location. */
export async function defaultLibraryDir(): Promise<string> {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'templates');
    try {
      await fs.access(path.join(candidate, 'gaps.yaml'));
      return candidate;
    } catch {
      dir = path.dirname(dir);
    }
  }
  throw new LibraryError([{ file: 'templates/', field: null, line: null, message: 'the content library folder was not found next to the program' }]);
}

interface Parsed<T> {
  readonly value: T | null;
}

/** Parses and validates one library file's text; every problem is returned, nothing thrown. */
export function parseLibraryText<S extends z.ZodType>(rel: string, text: string, schema: S): { value: z.infer<S> | null; problems: LibraryProblem[] } {
  const problems: LibraryProblem[] = [];
  const lc = new LineCounter();
  let doc: ReturnType<typeof YAML.parseDocument>;
  try {
    doc = YAML.parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    return { value: null, problems: [{ file: rel, field: null, line: null, message: `YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` }] };
  }
  if (doc.errors.length > 0) {
    for (const err of doc.errors) problems.push({ file: rel, field: null, line: err.linePos?.[0]?.line ?? null, message: `YAML: ${err.message.split('\n')[0]}` });
    return { value: null, problems };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { value: null, problems: [{ file: rel, field: null, line: null, message: `YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` }] };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const p = issue.path.filter((x): x is string | number => typeof x !== 'symbol');
      let line: number | null = null;
      for (let n = p.length; n >= 0 && line === null; n--) {
        const node = doc.getIn(p.slice(0, n), true);
        if (isNode(node) && node.range) line = lc.linePos(node.range[0]).line;
      }
      problems.push({ file: rel, field: p.join('.') || null, line, message: issue.message });
    }
    return { value: null, problems };
  }
  return { value: parsed.data, problems };
}

async function loadYaml<S extends z.ZodType>(dir: string, rel: string, schema: S, problems: LibraryProblem[]): Promise<Parsed<z.infer<S>>> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, rel), 'utf8');
  } catch {
    problems.push({ file: rel, field: null, line: null, message: 'missing or unreadable' });
    return { value: null };
  }
  const r = parseLibraryText(rel, text, schema);
  problems.push(...r.problems);
  return { value: r.value };
}

/** Line of `key: value` pairs in a YAML file, for problems found after parsing. */
async function lineOf(dir: string, rel: string, fieldPath: readonly (string | number)[]): Promise<number | null> {
  try {
    const text = await fs.readFile(path.join(dir, rel), 'utf8');
    const lc = new LineCounter();
    const doc = YAML.parseDocument(text, { lineCounter: lc });
    for (let n = fieldPath.length; n >= 0; n--) {
      const node = doc.getIn(fieldPath.slice(0, n), true);
      if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
    }
  } catch {
    // fall through
  }
  return null;
}

async function listFiles(dir: string, suffix: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).filter((n) => n.endsWith(suffix)).sort();
  } catch {
    return [];
  }
}

/** Loads and validates the whole library; throws LibraryError listing every problem. */
export async function loadLibrary(dir?: string): Promise<Library> {
  const root = dir ?? (await defaultLibraryDir());
  const problems: LibraryProblem[] = [];
  const [gaps, chapters, terms, kategori, laws, rules] = await Promise.all([
    loadYaml(root, 'gaps.yaml', gapsFileSchema, problems),
    loadYaml(root, 'chapters.yaml', chaptersFileSchema, problems),
    loadYaml(root, 'terms.yaml', termsFileSchema, problems),
    loadYaml(root, 'kategori.yaml', kategoriFileSchema, problems),
    loadYaml(root, 'law/laws.yaml', lawsFileSchema, problems),
    loadYaml(root, 'rules.yaml', rulesFileSchema, problems),
  ]);
  const corpus: CorpusProvision[] = [];
  for (const name of await listFiles(path.join(root, 'law'), '.yaml')) {
    if (name === 'laws.yaml') continue;
    const f = await loadYaml(root, `law/${name}`, corpusFileSchema, problems);
    if (f.value) for (const p of f.value.provisions) corpus.push({ ...p, law: f.value.law });
  }
  const templates: ClauseTemplate[] = [];
  const templateFiles = new Map<string, string>();
  for (const name of await listFiles(path.join(root, 'clauses'), '.yaml')) {
    const rel = `clauses/${name}`;
    const t = await loadYaml(root, rel, templateSchema, problems);
    if (!t.value) continue;
    if (`${t.value.id}.yaml` !== name) problems.push({ file: rel, field: 'id', line: await lineOf(root, rel, ['id']), message: `the id "${t.value.id}" must equal the file name` });
    templates.push(t.value);
    templateFiles.set(t.value.id, rel);
  }
  const starters: { id: string; title: string }[] = [];
  for (const name of await listFiles(path.join(root, 'starters'), '.rancang.json')) {
    const rel = `starters/${name}`;
    const parsed = parseDraft(await fs.readFile(path.join(root, rel), 'utf8'));
    if (!parsed.ok) problems.push({ file: rel, field: parsed.error.field, line: parsed.error.line, message: parsed.error.message });
    else starters.push({ id: name.replace(/\.rancang\.json$/, ''), title: parsed.draft.meta.title });
  }
  const library: Library = {
    templates,
    gaps: gaps.value?.gaps ?? [],
    chapters: chapters.value?.chapters ?? [],
    terms: terms.value?.terms ?? [],
    laws: laws.value?.laws ?? [],
    corpus,
    kategori: kategori.value?.categories ?? [],
    starters,
    rules: rules.value?.rules ?? [],
  };
  if (problems.length === 0) {
    for (const p of checkLibrary(library)) {
      const file = p.template ? (templateFiles.get(p.template) ?? `clauses/${p.template}.yaml`) : p.file;
      problems.push({ file, field: p.field, line: p.template ? await lineOf(root, file, p.path) : null, message: p.message });
    }
  }
  if (problems.length > 0) throw new LibraryError(problems);
  return library;
}

/** Reads a starter draft's text by id. */
export async function readStarter(id: string, dir?: string): Promise<string> {
  const root = dir ?? (await defaultLibraryDir());
  if (!/^[a-z0-9-]+$/.test(id)) throw new LibraryError([{ file: 'starters/', field: null, line: null, message: `"${id}" is not a starter id` }]);
  try {
    return await fs.readFile(path.join(root, 'starters', `${id}.rancang.json`), 'utf8');
  } catch {
    const known = (await listFiles(path.join(root, 'starters'), '.rancang.json')).map((n) => n.replace(/\.rancang\.json$/, ''));
    throw new LibraryError([{ file: `starters/${id}.rancang.json`, field: null, line: null, message: `no such starter; available: ${known.join(', ') || 'none'}` }]);
  }
}
