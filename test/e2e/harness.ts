// Starts the web preview on a free port with a fresh workspace and opens it in
// Debian's Chromium (never a downloaded browser).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SHOTS = path.join(process.cwd(), 'test-results', 'screenshots');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface App {
  readonly url: string;
  readonly workspace: string;
  readonly page: Page;
  readonly errors: string[];
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  const server = path.join(process.cwd(), 'dist', 'web', 'server.mjs');
  if (!existsSync(server)) throw new Error('dist/web/server.mjs is missing: run `node scripts/build.mjs web` first (npm run test:e2e does)');
  const workspace = mkdtempSync(path.join(tmpdir(), 'rancang-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [server, '--port', String(port), '--dir', workspace], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('web server did not start')), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      if (String(d).includes('Rancang web preview')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`web server exited with ${code}`)));
  });
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const url = `http://127.0.0.1:${port}/`;
  await page.goto(url);
  mkdirSync(SHOTS, { recursive: true });
  return {
    url,
    workspace,
    page,
    errors,
    async close() {
      await browser.close();
      child.kill();
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}

/** A screenshot under test-results/screenshots. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
