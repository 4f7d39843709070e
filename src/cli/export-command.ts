// rancang export FILE --out DIR [--only ...] [--author NAME] [--date ISO] [--top-margin CM] [--force]
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { stringFlag, UsageError, type ParsedArgs } from './args';
import { readDraftFile, writeFileAtomic, DraftFileError } from '../io/draft-file';
import { loadLibrary } from '../io/library-loader';
import { indexLibrary } from '../core/library';
import { exportDraft, exportNames, EXPORT_KINDS, type ExportKind } from '../export/export-draft';
import { layoutWithTopMargin, TOP_MARGIN_CM } from '../export/layout';
import type { Io } from './run';

export { EXPORT_KINDS };

function parseKinds(only: string | undefined): ExportKind[] {
  if (!only) return [...EXPORT_KINDS];
  const kinds = only.split(',').map((s) => s.trim()).filter(Boolean);
  for (const k of kinds) if (!(EXPORT_KINDS as readonly string[]).includes(k)) throw new UsageError(`--only: unknown export "${k}" (choose from ${EXPORT_KINDS.join(', ')})`);
  if (kinds.length === 0) throw new UsageError('--only needs at least one export');
  return [...new Set(kinds)] as ExportKind[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO date or date-time whose every field exists on the calendar (no 30 February, no 24:00). */
function parseDate(value: string | undefined, now: Date): string {
  if (value === undefined) return now.toISOString();
  const m = ISO_DATE.exec(value);
  const [y, mo, d, h, mi, s, oh, om] = (m?.slice(1) ?? []).map((part) => (part === undefined ? 0 : Number(part)));
  const valid =
    m !== null &&
    mo! >= 1 && mo! <= 12 &&
    d! >= 1 && d! <= daysInMonth(y!, mo!) &&
    h! <= 23 && mi! <= 59 && s! <= 59 && oh! <= 23 && om! <= 59 &&
    !Number.isNaN(Date.parse(value));
  if (!valid) throw new UsageError(`--date: "${value}" is not an ISO date such as 2026-11-28 or 2026-11-28T10:00:00Z`);
  return new Date(value).toISOString();
}

function parseTopMargin(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const cm = Number(value.replace(',', '.'));
  if (!/^\d+([.,]\d+)?$/.test(value) || !(cm >= TOP_MARGIN_CM.min && cm <= TOP_MARGIN_CM.max)) throw new UsageError(`--top-margin: "${value}" is not a margin in cm between ${TOP_MARGIN_CM.min} and ${TOP_MARGIN_CM.max}`);
  return cm;
}

export async function runExport(io: Io, args: ParsedArgs): Promise<number> {
  const file = args.positionals[0];
  if (!file) throw new UsageError('rancang export needs a FILE');
  const outDir = stringFlag(args, 'out');
  if (!outDir) throw new UsageError('rancang export needs --out DIR');
  const kinds = parseKinds(stringFlag(args, 'only'));
  const date = parseDate(stringFlag(args, 'date'), io.now());
  const layout = layoutWithTopMargin(parseTopMargin(stringFlag(args, 'top-margin')));
  const { draft } = await readDraftFile(path.resolve(io.cwd, file));
  const dir = path.resolve(io.cwd, outDir);
  try {
    if (!(await fs.stat(dir)).isDirectory()) throw new UsageError(`--out: ${dir} is not a folder`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--out: the folder ${dir} does not exist`);
  }
  const stem = path.basename(file).replace(/\.rancang\.json$/, '').replace(/\.json$/, '');
  const force = args.flags.force === true;
  if (!force) {
    for (const { name } of exportNames(stem, kinds)) {
      const target = path.join(dir, name);
      const exists = await fs.access(target).then(() => true, () => false);
      if (exists) throw new DraftFileError(target, 'already exists (use --force to overwrite); nothing was written', 'exists');
    }
  }
  const lib = indexLibrary(await loadLibrary(io.libraryDir));
  const author = stringFlag(args, 'author') ?? (draft.meta.drafters[0] || 'Rancang');
  const files = await exportDraft(draft, lib, { stem, kinds, author, date, layout });
  for (const f of files) {
    const target = path.join(dir, f.name);
    await writeFileAtomic(target, f.bytes, { overwrite: force });
    io.stdout(`${target}\n`);
  }
  return 0;
}
