// Killing the app in the middle of a save never loses or corrupts the draft:
// a child process saves repeatedly while this test kills it with SIGKILL at
// random moments, 200 times; after each kill the file is either the old or the
// new version, complete and valid, and at most the one temp file being written
// is left behind (and is removed by the next start).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { ayat, bab, bill, dasarHukumButir, pasal, pertimbangan } from '../../src/core/build';
import { newDraft, parseDraft, serializeDraft } from '../../src/core/draft';
import { removeStaleTemps, strayTempFiles } from '../../src/io/draft-file';

const dir = mkdtempSync(path.join(tmpdir(), 'rancang-crash-'));
const writer = path.join(dir, 'writer.mjs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function version(label: string): string {
  // A few hundred kilobytes, so that kills land inside writes too.
  const body = Array.from({ length: 300 }, (_, i) => pasal(ayat(`Versi ${label}: ketentuan ${i} ${'kata '.repeat(80)}`), ayat('Ayat kedua.')));
  const doc = bill({ title: `Uji ${label}`, konsiderans: [pertimbangan('bahwa …;')], dasarHukum: [dasarHukumButir('…;')], body: [bab('MATERI', { role: 'materi' }, ...body)] });
  return serializeDraft(newDraft(doc, new Date('2026-11-28T10:00:00Z')));
}

beforeAll(async () => {
  await build({ entryPoints: [path.join(__dirname, 'crash-writer.ts')], bundle: true, platform: 'node', format: 'esm', outfile: writer, logLevel: 'silent' });
});

function runAndKill(file: string, a: string, b: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file, a, b], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', reject);
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('exit', () => resolve());
  });
}

describe('crash safety', () => {
  test('200 kills mid-save leave the old or the new version, whole', async () => {
    const a = version('A');
    const b = version('B');
    expect(a.length).toBeGreaterThan(300_000);
    const fa = path.join(dir, 'a.json');
    const fb = path.join(dir, 'b.json');
    writeFileSync(fa, a);
    writeFileSync(fb, b);
    const file = path.join(dir, 'ruu.rancang.json');
    writeFileSync(file, a);
    let sawA = 0;
    let sawB = 0;
    for (let i = 0; i < 200; i++) {
      await runAndKill(file, fa, fb, Math.floor(Math.random() * 40));
      const text = readFileSync(file, 'utf8');
      expect(text === a || text === b, `kill ${i}: the file is neither version`).toBe(true);
      expect(parseDraft(text).ok).toBe(true);
      if (text === a) sawA++;
      else sawB++;
      expect((await strayTempFiles(dir)).length).toBeLessThanOrEqual(1);
      await removeStaleTemps(dir);
      expect(await strayTempFiles(dir)).toEqual([]);
    }
    // The kills landed at different moments: both versions were seen on disk.
    expect(sawA).toBeGreaterThan(0);
    expect(sawB).toBeGreaterThan(0);
  }, 300_000);
});
