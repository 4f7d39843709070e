// LibreOffice as the independent reader of the exports: converting each file
// to PDF (and the redline to ODT) proves it opens and that tracked changes are
// understood. Each call gets its own profile: two soffice processes sharing one
// silently do nothing (stack-notes.md).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Converts files with LibreOffice; returns the paths it wrote. Throws if soffice fails. */
export function convert(files: readonly string[], format: 'pdf' | 'odt', outDir: string): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), 'rancang-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files], { stdio: 'pipe', timeout: 240_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => path.join(outDir, path.basename(f).replace(/\.[^.]+$/, `.${format}`))).filter((f) => existsSync(f));
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export function pdfPageSizePts(file: string): { w: number; h: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { w: Number(m?.[1]), h: Number(m?.[2]) };
}

export function listDir(dir: string): string[] {
  return readdirSync(dir);
}
