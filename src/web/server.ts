// The browser preview: `npm run web -- --port PORT` serves the renderer on
// 127.0.0.1 and implements the ipc contract over HTTP for it, with a workspace
// folder in place of native dialogs. The end-to-end tests drive this build.
import http from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { AppService, type Dialogs } from '../service/app-service';
import { parseArg, CHANNELS, type Channel } from '../ipc/contract';
import { readStarter } from '../io/library-loader';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '..', 'renderer');

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.map': 'application/json' };
const CSP = ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join('; ');

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
}

function safeName(name: string): string {
  return path.basename(name).replace(/[^\p{L}\p{N}._ -]/gu, '_');
}

async function main(): Promise<void> {
  const port = Number(arg('port', '5173'));
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error('web: --port needs a number between 1 and 65535');
    process.exit(2);
  }
  const workspace = path.resolve(arg('dir') ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'rancang-web-'))));
  const userDir = path.join(workspace, '.rancang');
  await fs.mkdir(path.join(workspace, 'ekspor'), { recursive: true });
  const listeners = new Set<http.ServerResponse>();
  const dialogs: Dialogs = {
    openDraft: async () => null,
    saveDraft: async (suggestedName, overwrite) => ({ path: path.join(workspace, safeName(suggestedName)), confirmed: overwrite }),
    exportFolder: async () => path.join(workspace, 'ekspor'),
  };
  const service = new AppService({
    userDir,
    dialogs,
    onExportProgress: (p) => {
      for (const res of listeners) res.write(`event: progress\ndata: ${JSON.stringify(p)}\n\n`);
    },
  });
  // The osaec starter, copied into the workspace, opens by default.
  let initial: string | null = null;
  const starterFile = path.join(workspace, 'osaec.rancang.json');
  try {
    await fs.access(starterFile);
  } catch {
    try {
      await fs.writeFile(starterFile, await readStarter('osaec'));
    } catch {
      // no starter in this build: the app opens an empty bill
    }
  }
  try {
    initial = (await service.readByPath(starterFile)).handle;
  } catch {
    initial = null;
  }

  const server = http.createServer(async (req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(403).end('forbidden host');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    try {
      if (req.method === 'POST' && url.pathname.startsWith('/ipc/')) {
        // Another site open in the same browser must not drive the preview:
        // a cross-origin page sends its own Origin, and cannot send
        // application/json without a preflight this server never answers.
        const origin = req.headers.origin;
        if ((origin !== undefined && origin !== `http://${host}`) || !/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
          res.writeHead(403).end('forbidden origin');
          return;
        }
        const channel = url.pathname.slice(5);
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of req) {
          size += (chunk as Buffer).length;
          if (size > 80 * 1024 * 1024) {
            res.writeHead(413).end();
            return;
          }
          chunks.push(chunk as Buffer);
        }
        let body: unknown;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          body = undefined;
        }
        const reply = (status: number, value: unknown): void => void res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
        if (!(CHANNELS as string[]).includes(channel)) return reply(404, { error: `unknown channel ${channel}` });
        const parsed = parseArg(channel as Channel, body);
        if (!parsed.ok) return reply(400, { error: parsed.error });
        if (channel === 'windowState') return reply(200, null);
        try {
          return reply(200, await service.call(channel as Exclude<Channel, 'windowState'>, parsed.value as never));
        } catch (e) {
          return reply(200, { error: e instanceof Error ? e.message.split('\n')[0] : String(e) });
        }
      }
      if (req.method === 'GET' && url.pathname === '/config') {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ initialHandle: initial, workspace }));
        return;
      }
      if (req.method === 'GET' && url.pathname === '/events') {
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
        res.write(': connected\n\n');
        listeners.add(res);
        req.on('close', () => listeners.delete(res));
        return;
      }
      if (req.method === 'GET' && url.pathname.startsWith('/ekspor/')) {
        const file = path.join(workspace, 'ekspor', safeName(decodeURIComponent(url.pathname.slice(8))));
        const data = await fs.readFile(file);
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${path.basename(file)}"` }).end(data);
        return;
      }
      if (req.method !== 'GET') {
        res.writeHead(405).end();
        return;
      }
      const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
      const file = path.normalize(path.join(rendererDir, rel));
      if (!file.startsWith(rendererDir + path.sep)) {
        res.writeHead(404).end();
        return;
      }
      const data = await fs.readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' }).end(data);
    } catch {
      if (!res.headersSent) res.writeHead(404).end('not found');
    }
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`Rancang web preview: http://127.0.0.1:${port}/  (workspace ${workspace})`);
  });
}

void main();
