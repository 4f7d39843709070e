// The Node side of the ipc contract: opaque handles, saves that never
// overwrite without consent, exports that refuse to clobber files or to export
// an invalid draft, recovery copies of unsaved work, recent files.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { AppService, ServiceError, type Dialogs } from '../../src/service/app-service';
import { parseDraft } from '../../src/core/draft';
import { cm } from '../../src/export/layout';

const LIBRARY = path.resolve('templates');
const NOW = new Date('2026-11-28T10:00:00Z');

let dir: string;
let dialogs: { open: string | null; save: { path: string; confirmed: boolean } | null; folder: string | null };
let service: AppService;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rancang-service-'));
  mkdirSync(path.join(dir, 'work'));
  dialogs = { open: null, save: null, folder: null };
  const d: Dialogs = {
    openDraft: () => Promise.resolve(dialogs.open),
    saveDraft: () => Promise.resolve(dialogs.save),
    exportFolder: () => Promise.resolve(dialogs.folder),
  };
  service = new AppService({ libraryDir: LIBRARY, userDir: path.join(dir, 'user'), dialogs: d, now: () => NOW });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const work = (name: string): string => path.join(dir, 'work', name);

async function starterText(): Promise<string> {
  return (await service.draftNew({ starter: 'osaec' })).text;
}

describe('drafts', () => {
  test('a new blank draft and the starter are valid drafts without a file', async () => {
    const blank = await service.draftNew({ starter: null });
    expect(blank.handle).toBeNull();
    expect(parseDraft(blank.text).ok).toBe(true);
    const starter = await service.draftNew({ starter: 'osaec' });
    expect(starter.name).toBe('osaec.rancang.json');
    const parsed = parseDraft(starter.text);
    expect(parsed.ok && parsed.draft.meta.created).toBe(NOW.toISOString());
  });

  test('an unknown starter is an error, not a crash', async () => {
    await expect(service.draftNew({ starter: 'tidak-ada' })).rejects.toThrow();
  });

  test('save as never replaces an existing file without consent', async () => {
    const text = await starterText();
    writeFileSync(work('ruu.rancang.json'), 'the saved version');
    dialogs.save = { path: work('ruu.rancang.json'), confirmed: false };
    expect(await service.draftSaveAs({ text, suggestedName: 'ruu', overwrite: false })).toEqual({ exists: true });
    expect(readFileSync(work('ruu.rancang.json'), 'utf8')).toBe('the saved version');
    dialogs.save = { path: work('ruu.rancang.json'), confirmed: true };
    const saved = await service.draftSaveAs({ text, suggestedName: 'ruu', overwrite: true });
    expect(saved && 'handle' in saved && saved.name).toBe('ruu.rancang.json');
    expect(readFileSync(work('ruu.rancang.json'), 'utf8')).toBe(text);
  });

  test('a cancelled dialog writes nothing', async () => {
    dialogs.save = null;
    expect(await service.draftSaveAs({ text: await starterText(), suggestedName: 'ruu', overwrite: false })).toBeNull();
    expect(readdirSync(path.join(dir, 'work'))).toEqual([]);
  });

  test('an invalid draft is never saved and the file keeps its content', async () => {
    const text = await starterText();
    dialogs.save = { path: work('ruu.rancang.json'), confirmed: false };
    const saved = await service.draftSaveAs({ text, suggestedName: 'ruu', overwrite: false });
    const handle = saved && 'handle' in saved ? saved.handle : '';
    const broken = text.replace('"format": "rancang-draft"', '"format": "other"');
    await expect(service.draftSave({ handle, text: broken })).rejects.toThrow(/not saved: the draft is invalid/);
    expect(readFileSync(work('ruu.rancang.json'), 'utf8')).toBe(text);
  });

  test('a save that fails says why and leaves the original whole', async () => {
    const text = await starterText();
    dialogs.save = { path: path.join(dir, 'missing-folder', 'ruu.rancang.json'), confirmed: false };
    const err = await service.draftSaveAs({ text, suggestedName: 'ruu', overwrite: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect(String((err as Error).message)).toMatch(/^ruu\.rancang\.json: .*(folder|directory)/i);
  });

  test('open by dialog, then by handle from the recent list; unknown handles are refused', async () => {
    writeFileSync(work('a.rancang.json'), await starterText());
    dialogs.open = work('a.rancang.json');
    const opened = await service.draftOpen({ handle: null });
    expect(opened?.name).toBe('a.rancang.json');
    const recent = await service.draftRecent();
    expect(recent.map((r) => r.name)).toEqual(['a.rancang.json']);
    const again = await service.draftOpen({ handle: recent[0]!.handle });
    expect(again?.text).toBe(opened?.text);
    await expect(service.draftOpen({ handle: 'AAAAAAAAAAAAAAAA' })).rejects.toThrow(/no longer available/);
    rmSync(work('a.rancang.json'));
    expect(await service.draftRecent()).toEqual([]);
  });

  test('a file that is not a draft is refused with its name and the reason', async () => {
    writeFileSync(work('x.rancang.json'), '{"format": "rancang-draft", "version": 1, "meta"');
    dialogs.open = work('x.rancang.json');
    await expect(service.draftOpen({ handle: null })).rejects.toThrow(/^x\.rancang\.json: .*truncated/);
    expect(readFileSync(work('x.rancang.json'), 'utf8')).toBe('{"format": "rancang-draft", "version": 1, "meta"');
  });
});

describe('exports', () => {
  const base = { stem: 'osaec.rancang.json', author: 'Tim Perancang', date: '2026-11-28T10:00:00.000Z' };

  test('writes every document, with the chosen top margin', async () => {
    dialogs.folder = path.join(dir, 'work');
    const r = await service.draftExport({ ...base, text: await starterText(), kinds: ['bill', 'redline', 'checklist', 'matrix'], overwrite: false, topMarginCm: 3 });
    expect(r?.files.map((f) => path.basename(f)).sort()).toEqual(['osaec.checklist.csv', 'osaec.checklist.docx', 'osaec.matriks.docx', 'osaec.redline.docx', 'osaec.ruu.docx']);
    const xml = strFromU8(unzipSync(readFileSync(work('osaec.ruu.docx')))['word/document.xml']!);
    expect(xml).toContain(`w:top="${cm(3)}"`);
  });

  test('names the files that exist and writes nothing until the user agrees', async () => {
    dialogs.folder = path.join(dir, 'work');
    writeFileSync(work('osaec.ruu.docx'), 'older export');
    const r = await service.draftExport({ ...base, text: await starterText(), kinds: ['bill', 'checklist'], overwrite: false });
    expect(r).toEqual({ files: [], exists: ['osaec.ruu.docx'] });
    expect(readFileSync(work('osaec.ruu.docx'), 'utf8')).toBe('older export');
    expect(existsSync(work('osaec.checklist.docx'))).toBe(false);
    const again = await service.draftExport({ ...base, text: await starterText(), kinds: ['bill', 'checklist'], overwrite: true });
    expect(again?.files).toHaveLength(3);
    expect(readFileSync(work('osaec.ruu.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  test('an invalid draft exports nothing', async () => {
    dialogs.folder = path.join(dir, 'work');
    await expect(service.draftExport({ ...base, text: '{"format":"rancang-draft"', kinds: ['bill'], overwrite: false })).rejects.toThrow(/nothing exported/);
    expect(readdirSync(path.join(dir, 'work'))).toEqual([]);
  });

  test('progress is reported for every file', async () => {
    const seen: string[] = [];
    const s = new AppService({ libraryDir: LIBRARY, userDir: path.join(dir, 'user'), dialogs: { openDraft: async () => null, saveDraft: async () => null, exportFolder: async () => path.join(dir, 'work') }, onExportProgress: (p) => seen.push(`${p.done}/${p.total} ${p.name}`) });
    await s.draftExport({ ...base, text: await starterText(), kinds: ['checklist', 'matrix'], overwrite: false });
    expect(seen).toEqual(['1/3 osaec.checklist.docx', '2/3 osaec.checklist.csv', '3/3 osaec.matriks.docx']);
  });
});

describe('recovery', () => {
  test('unsaved work is kept beside the user data, listed after a restart, and discarded on request', async () => {
    const text = await starterText();
    const { key } = await service.recoveryWrite({ handle: null, name: 'rancangan-baru.rancang.json', text });
    expect(readdirSync(path.join(dir, 'work'))).toEqual([]);
    const restarted = new AppService({ libraryDir: LIBRARY, userDir: path.join(dir, 'user'), dialogs: { openDraft: async () => null, saveDraft: async () => null, exportFolder: async () => null } });
    const list = await restarted.recoveryList();
    expect(list).toEqual([{ key, handle: null, name: 'rancangan-baru.rancang.json', savedAt: NOW.toISOString(), text }]);
    await restarted.recoveryDiscard({ key });
    expect(await restarted.recoveryList()).toEqual([]);
  });

  test('a recovery copy of an opened file leads back to that file', async () => {
    writeFileSync(work('a.rancang.json'), await starterText());
    dialogs.open = work('a.rancang.json');
    const opened = await service.draftOpen({ handle: null });
    await service.recoveryWrite({ handle: opened!.handle, name: 'a.rancang.json', text: 'unsaved text' });
    const restarted = new AppService({ libraryDir: LIBRARY, userDir: path.join(dir, 'user'), dialogs: { openDraft: async () => null, saveDraft: async () => null, exportFolder: async () => null } });
    const [copy] = await restarted.recoveryList();
    expect(copy?.text).toBe('unsaved text');
    const original = await restarted.draftOpen({ handle: copy!.handle });
    expect(original?.name).toBe('a.rancang.json');
    expect(readFileSync(work('a.rancang.json'), 'utf8')).not.toBe('unsaved text');
    // Working on in the new session overwrites the same copy rather than
    // leaving the old one to come back after the next save.
    const again = await restarted.recoveryWrite({ handle: copy!.handle, name: 'a.rancang.json', text: 'more unsaved text' });
    expect(again.key).toBe(copy!.key);
    expect((await restarted.recoveryList()).map((r) => r.text)).toEqual(['more unsaved text']);
    await restarted.recoveryDiscard({ key: again.key });
    expect(await restarted.recoveryList()).toEqual([]);
  });

  test('an unreadable recovery copy is skipped, not fatal', async () => {
    await service.recoveryWrite({ handle: null, name: 'b.rancang.json', text: 'x' });
    writeFileSync(path.join(dir, 'user', 'recovery', 'broken.json'), '{not json');
    expect((await service.recoveryList()).map((r) => r.name)).toEqual(['b.rancang.json']);
  });
});
