// Reading and writing draft files. Saves are atomic: a temporary file in the
// same folder is written, flushed to disk and renamed over the target, so the
// file on disk is always either the old or the new version, whole.
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseDraft, serializeDraft, describeDraftError, type Draft } from '../core/draft';

export class DraftFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly code: 'unreadable' | 'invalid' | 'exists' | 'write-failed',
  ) {
    super(`${file}: ${message}`);
  }
}

const TEMP_PREFIX = '.rancang-tmp-';

/** Reads and validates a draft; throws DraftFileError with one clear line. */
export async function readDraftFile(file: string): Promise<{ draft: Draft; repaired: readonly string[] }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new DraftFileError(file, describeIoError(e, 'read'), 'unreadable');
  }
  const result = parseDraft(text);
  if (!result.ok) throw new DraftFileError(file, describeDraftError(result.error), 'invalid');
  return { draft: result.draft, repaired: result.repaired };
}

function describeIoError(e: unknown, verb: 'read' | 'write'): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return verb === 'read' ? 'no such file' : 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return verb === 'read' ? 'permission denied' : 'permission denied: the folder or file is not writable';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/** The file-system calls a save makes; tests replace them to simulate a full or read-only disk. */
export interface SaveFs {
  open(path: string, flags: string, mode: number): Promise<fs.FileHandle>;
  rename(from: string, to: string): Promise<void>;
  link(from: string, to: string): Promise<void>;
}

export interface WriteOptions {
  /** Overwrite an existing file (otherwise refuse). */
  readonly overwrite: boolean;
  readonly fs?: SaveFs;
}

/**
 * Writes bytes atomically: temp file in the same folder, fsync, rename, fsync of
 * the folder. On any failure the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  if (!options.overwrite && (await exists(file))) throw new DraftFileError(file, 'already exists (use --force to overwrite)', 'exists');
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(file)}-${process.pid}-${randomBytes(4).toString('hex')}`);
  const io: SaveFs = options.fs ?? fs;
  let handle: fs.FileHandle | null = null;
  try {
    handle = await io.open(temp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    if (options.overwrite) await io.rename(temp, file);
    else {
      // link() fails if the target appeared meanwhile: never overwrite without --force.
      await io.link(temp, file);
      await fs.rm(temp, { force: true });
    }
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new DraftFileError(file, 'already exists (use --force to overwrite)', 'exists');
    throw new DraftFileError(file, `could not save: ${describeIoError(e, 'write')}; the file on disk was not changed`, 'write-failed');
  }
  // Make the rename itself durable; some file systems refuse fsync on a folder.
  try {
    const d = await fs.open(dir, 'r');
    await d.sync().catch(() => undefined);
    await d.close();
  } catch {
    // best effort
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file, fsConstants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Saves a draft atomically, stamping meta.modified. */
export async function writeDraftFile(file: string, draft: Draft, options: WriteOptions & { now?: Date }): Promise<Draft> {
  const stamped: Draft = { ...draft, meta: { ...draft.meta, title: draft.doc.firstChild?.textContent ?? draft.meta.title, modified: (options.now ?? new Date()).toISOString() } };
  await writeFileAtomic(file, serializeDraft(stamped), options);
  return stamped;
}

/** Leftover temp files of interrupted saves in a folder. */
export async function strayTempFiles(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir);
  return names.filter((n) => n.startsWith(TEMP_PREFIX)).map((n) => path.join(dir, n));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files left by saves whose process died (a crash or kill mid-save). */
export async function removeStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  for (const file of await strayTempFiles(dir).catch(() => [] as string[])) {
    const pid = Number(/-(\d+)-[0-9a-f]{8}$/.exec(file)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) {
      await fs.rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
