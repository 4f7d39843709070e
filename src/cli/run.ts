// The rancang command: argv -> io + core + export. Exit status 0 on success,
// 1 when the draft has errors, 2 for bad usage or unreadable input, with one
// clear line on stderr and never a stack trace.
import path from 'node:path';
import { parseArgs, stringFlag, UsageError, type ParsedArgs } from './args';
import { readDraftFile, writeDraftFile, DraftFileError } from '../io/draft-file';
import { loadLibrary, readStarter, LibraryError, describeProblem } from '../io/library-loader';
import { skeletonBill } from '../core/build';
import { newDraft, parseDraft, describeDraftError, type Draft } from '../core/draft';
import { indexLibrary, type Library, type LibraryIndex } from '../core/library';
import { lintDraft } from '../core/lint/lint';
import { computeNumbering } from '../core/numbering';
import { checklist } from '../core/checklist';
import { templateExtent } from '../core/library-summary';
import { runExport, EXPORT_KINDS } from './export-command';

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  readonly now: () => Date;
  readonly libraryDir?: string;
}

const USAGE = `usage:
  rancang new [--starter ID] --out FILE [--force]
  rancang check FILE [--json]
  rancang lint FILE [--json]
  rancang export FILE --out DIR [--only ${EXPORT_KINDS.join(',')}] [--author NAME] [--date ISO] [--top-margin CM] [--force]
  rancang templates [--json]

  --top-margin CM  top page margin of the exports, 2 to 10 cm; the default 8 cm is
                   Lampiran II item 284a as machine-extracted, which may misread 3 cm`;

async function library(io: Io): Promise<{ lib: Library; idx: LibraryIndex }> {
  const lib = await loadLibrary(io.libraryDir);
  return { lib, idx: indexLibrary(lib) };
}

async function openDraft(io: Io, file: string): Promise<Draft> {
  const { draft } = await readDraftFile(path.resolve(io.cwd, file));
  return draft;
}

async function cmdNew(io: Io, args: ParsedArgs): Promise<number> {
  const out = stringFlag(args, 'out');
  if (!out) throw new UsageError('rancang new needs --out FILE');
  if (!out.endsWith('.rancang.json')) throw new UsageError('the draft file name ends with .rancang.json');
  const starter = stringFlag(args, 'starter');
  let draft: Draft;
  if (starter) {
    const parsed = parseDraft(await readStarter(starter, io.libraryDir));
    if (!parsed.ok) throw new DraftFileError(`starters/${starter}.rancang.json`, describeDraftError(parsed.error), 'invalid');
    const iso = io.now().toISOString();
    draft = { ...parsed.draft, meta: { ...parsed.draft.meta, created: iso, modified: iso } };
  } else draft = newDraft(skeletonBill(), io.now());
  const file = path.resolve(io.cwd, out);
  await writeDraftFile(file, draft, { overwrite: args.flags.force === true, now: io.now() });
  io.stdout(`${file}\n`);
  return 0;
}

async function cmdLint(io: Io, args: ParsedArgs): Promise<number> {
  const file = args.positionals[0];
  if (!file) throw new UsageError('rancang lint needs a FILE');
  const draft = await openDraft(io, file);
  const { idx } = await library(io);
  const numbering = computeNumbering(draft.doc, { lawArticles: (l) => idx.law(l)?.articles });
  const findings = lintDraft(draft.doc, { numbering, lib: idx });
  if (args.flags.json) io.stdout(JSON.stringify({ findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, at: f.at, message: f.message })) }, null, 2) + '\n');
  else {
    for (const f of findings) io.stdout(`${f.severity === 'error' ? 'error  ' : 'warning'} ${f.rule.padEnd(5)} ${f.at}: ${f.message}\n`);
    const errors = findings.filter((f) => f.severity === 'error').length;
    io.stdout(`${errors} error(s), ${findings.length - errors} warning(s)\n`);
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function cmdCheck(io: Io, args: ParsedArgs): Promise<number> {
  const file = args.positionals[0];
  if (!file) throw new UsageError('rancang check needs a FILE');
  const draft = await openDraft(io, file);
  const { idx } = await library(io);
  const rows = checklist(draft, idx);
  const summary = { closed: rows.filter((r) => r.status === 'closed').length, partial: rows.filter((r) => r.status === 'partial').length, open: rows.filter((r) => r.status === 'open').length };
  if (args.flags.json) {
    io.stdout(
      JSON.stringify(
        {
          gaps: rows.map((r) => ({ id: r.id, severity: r.severity, status: r.status, closedBy: r.closedBy.map((c) => ({ clause: c.clause, template: c.template, pasal: c.pasal.join(', '), modified: c.modified })), review: r.review })),
          summary,
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const r of rows) io.stdout(`${r.id}  ${r.severity.padEnd(8)} ${r.status.padEnd(7)} review: ${r.review.padEnd(8)} ${r.closedBy.map((c) => `${c.pasal.join('/') || '?'} (${c.template}${c.modified ? ', diubah' : ''})`).join('; ')}\n`);
    io.stdout(`closed ${summary.closed}, partial ${summary.partial}, open ${summary.open}\n`);
  }
  return 0;
}

async function cmdTemplates(io: Io, args: ParsedArgs): Promise<number> {
  const { lib, idx } = await library(io);
  const templates = lib.templates.map((t) => ({ id: t.id, title: t.title, source: t.source.map((s) => s.ref).join('; '), closes: templateExtent(t, idx) }));
  if (args.flags.json) {
    io.stdout(JSON.stringify({ templates, gaps: lib.gaps.map((g) => ({ id: g.id, severity: g.severity, title: g.title })), starters: lib.starters }, null, 2) + '\n');
  } else {
    for (const t of templates) io.stdout(`${t.id.padEnd(34)} ${t.closes.map((c) => `${c.gap}${c.extent === 'full' ? '' : '~'}`).join(' ').padEnd(28)} ${t.title.id}\n`);
    io.stdout(`${templates.length} templates, ${lib.gaps.length} gaps, ${lib.starters.length} starter(s). "~" = partial.\n`);
  }
  return 0;
}

const COMMANDS: Record<string, { flags: Record<string, 'boolean' | 'string'>; positionals: number; run: (io: Io, args: ParsedArgs) => Promise<number> }> = {
  new: { flags: { starter: 'string', out: 'string', force: 'boolean' }, positionals: 0, run: cmdNew },
  lint: { flags: { json: 'boolean' }, positionals: 1, run: cmdLint },
  check: { flags: { json: 'boolean' }, positionals: 1, run: cmdCheck },
  export: { flags: { out: 'string', only: 'string', author: 'string', date: 'string', 'top-margin': 'string', force: 'boolean' }, positionals: 1, run: runExport },
  templates: { flags: { json: 'boolean' }, positionals: 0, run: cmdTemplates },
};

/** Runs the CLI; returns the exit status. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      (name ? io.stdout : io.stderr)(`${USAGE}\n`);
      return name ? 0 : 2;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command.run(io, parseArgs(rest, command.flags, command.positionals));
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`rancang: ${e.message} (see rancang --help)\n`);
      return 2;
    }
    if (e instanceof DraftFileError) {
      io.stderr(`rancang: ${e.message}\n`);
      return e.code === 'write-failed' ? 1 : 2;
    }
    if (e instanceof LibraryError) {
      io.stderr(`rancang: ${e.problems.length === 1 ? describeProblem(e.problems[0]!) : `the content library has ${e.problems.length} problems; first: ${describeProblem(e.problems[0]!)}`}\n`);
      return 2;
    }
    io.stderr(`rancang: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
