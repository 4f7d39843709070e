// The Node side of the ipc contract: drafts behind opaque handles (the
// renderer never names a path to write), atomic saves, recent files, recovery
// copies of unsaved work, exports. Electron main and the web preview server
// both delegate here; only their dialogs differ.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type { ArgOf, Channel, OpenedDraft, Results } from '../ipc/contract';
import { loadLibrary, readStarter } from '../io/library-loader';
import { writeFileAtomic, DraftFileError, removeStaleTemps } from '../io/draft-file';
import { newDraft, parseDraft, serializeDraft, describeDraftError } from '../core/draft';
import { skeletonBill } from '../core/build';
import { indexLibrary, type Library } from '../core/library';
import { exportDraft, exportNames } from '../export/export-draft';
import { layoutWithTopMargin } from '../export/layout';

/** How the user chooses files: native dialogs in Electron; a workspace folder in the web preview. */
export interface Dialogs {
  /** A draft to open; null when cancelled. */
  openDraft(): Promise<string | null>;
  /** Where to save; null when cancelled. `overwrite` tells whether the user already agreed to replace an existing file. */
  saveDraft(suggestedName: string, overwrite: boolean): Promise<{ path: string; confirmed: boolean } | null>;
  /** A folder for exports; null when cancelled. */
  exportFolder(): Promise<string | null>;
}

export class ServiceError extends Error {}

export interface ServiceOptions {
  readonly libraryDir?: string;
  /** Folder for recent files and recovery copies. */
  readonly userDir: string;
  readonly dialogs: Dialogs;
  readonly now?: () => Date;
  readonly onExportProgress?: (p: { done: number; total: number; name: string }) => void;
}

interface RecentEntry {
  readonly path: string;
  readonly name: string;
}

function token(): string {
  return randomBytes(12).toString('base64url');
}

export class AppService {
  private readonly handles = new Map<string, string>();
  private library: Library | null = null;
  constructor(private readonly options: ServiceOptions) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** The handle of a path, minted once. */
  handleFor(file: string): string {
    for (const [h, p] of this.handles) if (p === file) return h;
    const h = token();
    this.handles.set(h, file);
    return h;
  }

  private pathOf(handle: string): string {
    const p = this.handles.get(handle);
    if (!p) throw new ServiceError('this file is no longer available; open it again');
    return p;
  }

  private async recentFile(): Promise<RecentEntry[]> {
    try {
      const raw = JSON.parse(await fs.readFile(path.join(this.options.userDir, 'recent.json'), 'utf8')) as unknown;
      return Array.isArray(raw) ? raw.filter((e): e is RecentEntry => typeof e?.path === 'string' && typeof e?.name === 'string').slice(0, 10) : [];
    } catch {
      return [];
    }
  }

  private async remember(file: string): Promise<void> {
    const list = (await this.recentFile()).filter((e) => e.path !== file);
    list.unshift({ path: file, name: path.basename(file) });
    await fs.mkdir(this.options.userDir, { recursive: true });
    await writeFileAtomic(path.join(this.options.userDir, 'recent.json'), JSON.stringify(list.slice(0, 10), null, 2), { overwrite: true });
  }

  async libraryLoad(): Promise<Results['libraryLoad']> {
    this.library ??= await loadLibrary(this.options.libraryDir);
    return this.library;
  }

  async draftNew(arg: ArgOf<'draftNew'>): Promise<Results['draftNew']> {
    if (arg.starter) {
      const text = await readStarter(arg.starter, this.options.libraryDir);
      const parsed = parseDraft(text);
      if (!parsed.ok) throw new ServiceError(`starter ${arg.starter}: ${describeDraftError(parsed.error)}`);
      const iso = this.now().toISOString();
      return { handle: null, name: `${arg.starter}.rancang.json`, text: serializeDraft({ ...parsed.draft, meta: { ...parsed.draft.meta, created: iso, modified: iso } }) };
    }
    return { handle: null, name: 'rancangan-baru.rancang.json', text: serializeDraft(newDraft(skeletonBill(), this.now())) };
  }

  async readByPath(file: string): Promise<OpenedDraft> {
    await removeStaleTemps(path.dirname(file));
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      throw new ServiceError(`${path.basename(file)}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
    }
    const parsed = parseDraft(text);
    if (!parsed.ok) throw new ServiceError(`${path.basename(file)}: ${describeDraftError(parsed.error)}`);
    await this.remember(file);
    return { handle: this.handleFor(file), name: path.basename(file), text };
  }

  async draftOpen(arg: ArgOf<'draftOpen'>): Promise<Results['draftOpen']> {
    if (arg.handle) return this.readByPath(this.pathOf(arg.handle));
    const chosen = await this.options.dialogs.openDraft();
    return chosen ? this.readByPath(chosen) : null;
  }

  async draftRecent(): Promise<Results['draftRecent']> {
    const out: { handle: string; name: string }[] = [];
    for (const e of await this.recentFile()) {
      const exists = await fs.access(e.path).then(() => true, () => false);
      if (exists) out.push({ handle: this.handleFor(e.path), name: e.name });
    }
    return out;
  }

  private checkDraft(text: string): void {
    const parsed = parseDraft(text);
    if (!parsed.ok) throw new ServiceError(`not saved: the draft is invalid (${describeDraftError(parsed.error)})`);
  }

  async draftSave(arg: ArgOf<'draftSave'>): Promise<Results['draftSave']> {
    this.checkDraft(arg.text);
    const file = this.pathOf(arg.handle);
    await this.write(file, arg.text, true);
    return { handle: arg.handle, name: path.basename(file) };
  }

  private async write(file: string, text: string, overwrite: boolean): Promise<void> {
    try {
      await writeFileAtomic(file, text, { overwrite });
    } catch (e) {
      if (e instanceof DraftFileError) throw new ServiceError(`${path.basename(file)}: ${e.message.slice(file.length + 2)}`);
      throw e;
    }
  }

  async draftSaveAs(arg: ArgOf<'draftSaveAs'>): Promise<Results['draftSaveAs']> {
    this.checkDraft(arg.text);
    const name = arg.suggestedName.endsWith('.rancang.json') ? arg.suggestedName : `${arg.suggestedName.replace(/\.json$/, '')}.rancang.json`;
    const chosen = await this.options.dialogs.saveDraft(name, arg.overwrite);
    if (!chosen) return null;
    const exists = await fs.access(chosen.path).then(() => true, () => false);
    if (exists && !chosen.confirmed) return { exists: true };
    await this.write(chosen.path, arg.text, chosen.confirmed);
    await this.remember(chosen.path);
    return { handle: this.handleFor(chosen.path), name: path.basename(chosen.path) };
  }

  async draftExport(arg: ArgOf<'draftExport'>): Promise<Results['draftExport']> {
    const parsed = parseDraft(arg.text);
    if (!parsed.ok) throw new ServiceError(`nothing exported: the draft is invalid (${describeDraftError(parsed.error)})`);
    const dir = await this.options.dialogs.exportFolder();
    if (!dir) return null;
    const stem = arg.stem.replace(/\.rancang\.json$/, '').replace(/\.json$/, '');
    const targets = exportNames(stem, arg.kinds).map((n) => path.join(dir, n.name));
    const existing: string[] = [];
    for (const t of targets) if (await fs.access(t).then(() => true, () => false)) existing.push(path.basename(t));
    if (existing.length && !arg.overwrite) return { files: [], exists: existing };
    const lib = indexLibrary(await this.libraryLoad());
    const progress = this.options.onExportProgress;
    const files = await exportDraft(parsed.draft, lib, { stem, kinds: arg.kinds, author: arg.author, date: arg.date, layout: layoutWithTopMargin(arg.topMarginCm), onProgress: progress ? (done, total, name) => progress({ done, total, name }) : undefined });
    const written: string[] = [];
    for (const f of files) {
      const target = path.join(dir, f.name);
      await writeFileAtomic(target, f.bytes, { overwrite: true });
      written.push(target);
    }
    return { files: written };
  }

  private recoveryDir(): string {
    return path.join(this.options.userDir, 'recovery');
  }

  async recoveryWrite(arg: ArgOf<'recoveryWrite'>): Promise<Results['recoveryWrite']> {
    const file = arg.handle ? (this.handles.get(arg.handle) ?? null) : null;
    // The key follows the file, not the handle: handles are new in every
    // session, and a draft recovered after a crash must keep overwriting (and
    // on save, discarding) the copy it came from rather than leave it behind.
    const key = file ? `p-${createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 24)}` : `u-${arg.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(0, 60);
    await fs.mkdir(this.recoveryDir(), { recursive: true });
    const record = { handle: arg.handle, path: file, name: arg.name, savedAt: this.now().toISOString(), text: arg.text };
    await writeFileAtomic(path.join(this.recoveryDir(), `${key}.json`), JSON.stringify(record), { overwrite: true });
    return { key };
  }

  async recoveryList(): Promise<Results['recoveryList']> {
    let names: string[];
    try {
      names = (await fs.readdir(this.recoveryDir())).filter((n) => n.endsWith('.json'));
    } catch {
      return [];
    }
    const out: { key: string; handle: string | null; name: string; savedAt: string; text: string }[] = [];
    for (const n of names) {
      try {
        const r = JSON.parse(await fs.readFile(path.join(this.recoveryDir(), n), 'utf8')) as { path?: unknown; name?: unknown; savedAt?: unknown; text?: unknown };
        if (typeof r.text !== 'string' || typeof r.name !== 'string' || typeof r.savedAt !== 'string') continue;
        const handle = typeof r.path === 'string' && (await fs.access(r.path).then(() => true, () => false)) ? this.handleFor(r.path) : null;
        out.push({ key: n.replace(/\.json$/, ''), handle, name: r.name, savedAt: r.savedAt, text: r.text });
      } catch {
        // an unreadable recovery copy is skipped, never fatal
      }
    }
    return out;
  }

  async recoveryDiscard(arg: ArgOf<'recoveryDiscard'>): Promise<Results['recoveryDiscard']> {
    await fs.rm(path.join(this.recoveryDir(), `${arg.key}.json`), { force: true });
    return null;
  }

  /** Dispatches a parsed call. */
  async call<C extends Exclude<Channel, 'windowState'>>(channel: C, arg: ArgOf<C>): Promise<Results[C]> {
    const fn = (this as unknown as Record<string, (a: unknown) => Promise<unknown>>)[channel];
    if (typeof fn !== 'function') throw new ServiceError(`unknown channel ${channel}`);
    return (await fn.call(this, arg)) as Results[C];
  }
}
