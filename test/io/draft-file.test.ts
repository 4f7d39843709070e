// Saving drafts: atomic, never overwriting without consent, and failing with a
// clear message while leaving the original file untouched.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { promises as fs, constants } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDraftFile, removeStaleTemps, strayTempFiles, writeDraftFile, writeFileAtomic, DraftFileError, type SaveFs } from '../../src/io/draft-file';
import { newDraft } from '../../src/core/draft';
import { skeletonBill } from '../../src/core/build';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rancang-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const draft = newDraft(skeletonBill('Uji'), new Date('2026-11-28T10:00:00Z'));

function failing(code: string, at: 'open' | 'write' | 'rename'): SaveFs {
  const err = Object.assign(new Error(code), { code });
  return {
    open: async (p, flags, mode) => {
      if (at === 'open') throw err;
      const h = await fs.open(p, flags, mode);
      if (at === 'write') return { writeFile: () => Promise.reject(err), sync: () => h.sync(), close: () => h.close() } as unknown as fs.FileHandle;
      return h;
    },
    rename: async (a, b) => (at === 'rename' ? Promise.reject(err) : fs.rename(a, b)),
    link: (a, b) => fs.link(a, b),
  };
}

describe('draft files', () => {
  test('save then load round-trips', async () => {
    const file = path.join(dir, 'ruu.rancang.json');
    await writeDraftFile(file, draft, { overwrite: false });
    const { draft: back } = await readDraftFile(file);
    expect(back.doc.toJSON()).toEqual(draft.doc.toJSON());
    expect(await strayTempFiles(dir)).toEqual([]);
  });

  test('refuses to overwrite without consent', async () => {
    const file = path.join(dir, 'ruu.rancang.json');
    await fs.writeFile(file, 'precious');
    await expect(writeDraftFile(file, draft, { overwrite: false })).rejects.toThrow(/already exists/);
    expect(await fs.readFile(file, 'utf8')).toBe('precious');
  });

  test.each([
    ['a full disk', 'ENOSPC', 'write', /the disk is full/],
    ['a read-only disk', 'EROFS', 'open', /read-only/],
    ['a folder without write permission', 'EACCES', 'open', /permission denied/],
    ['a failing rename', 'EIO', 'rename', /could not save/],
  ] as const)('%s: a clear message, the original untouched, no temp file left', async (_what, code, at, message) => {
    const file = path.join(dir, 'ruu.rancang.json');
    await fs.writeFile(file, 'the saved version');
    const err = await writeFileAtomic(file, 'new text', { overwrite: true, fs: failing(code, at) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DraftFileError);
    expect(String((err as Error).message)).toMatch(message);
    expect(String((err as Error).message)).toMatch(/the file on disk was not changed/);
    expect(await fs.readFile(file, 'utf8')).toBe('the saved version');
    expect(await strayTempFiles(dir)).toEqual([]);
  });

  test('a missing folder is reported', async () => {
    const err = await writeFileAtomic(path.join(dir, 'nope', 'ruu.rancang.json'), 'x', { overwrite: true }).catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(/the folder does not exist/);
  });

  test('temp files of dead processes are cleaned up, live ones kept', async () => {
    await fs.writeFile(path.join(dir, '.rancang-tmp-ruu.rancang.json-999999-0a1b2c3d'), 'half');
    await fs.writeFile(path.join(dir, `.rancang-tmp-ruu.rancang.json-${process.pid}-0a1b2c3d`), 'mine');
    expect(await removeStaleTemps(dir)).toBe(1);
    expect((await strayTempFiles(dir)).map((f) => path.basename(f))).toEqual([`.rancang-tmp-ruu.rancang.json-${process.pid}-0a1b2c3d`]);
    await fs.access(dir, constants.W_OK);
  });
});
