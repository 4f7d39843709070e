// Builds what each entry point needs: `cli` (the rancang command), `web` (the
// browser preview: renderer + server), `all` (also Electron main and preload).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const target = process.argv[2] ?? 'all';
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', packages: 'external' };

async function cli() {
  await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.mjs', format: 'esm' });
}
async function web() {
  await build({ ...common, entryPoints: ['src/web/server.ts'], outfile: 'dist/web/server.mjs', format: 'esm' });
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
async function electron() {
  // CommonJS main and preload: an ESM preload would force sandbox: false (stack-notes.md).
  const importMeta = { banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" }, define: { 'import.meta.url': '__importMetaUrl' } };
  await build({ ...common, ...importMeta, entryPoints: ['src/main/main.ts'], outfile: 'dist/main/main.cjs', format: 'cjs', external: ['electron'] });
  await build({ ...common, packages: undefined, entryPoints: ['src/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', format: 'cjs', external: ['electron'], platform: 'node' });
}

async function starter() {
  await build({ ...common, entryPoints: ['tools/starter/build-starter.ts'], outfile: 'dist/build-starter.mjs', format: 'esm' });
  execFileSync(process.execPath, ['dist/build-starter.mjs', '.'], { stdio: 'inherit' });
}

mkdirSync('dist', { recursive: true });
if (target === 'cli') await cli();
else if (target === 'web') await Promise.all([cli(), web()]);
else if (target === 'starter') await starter();
else if (target === 'all') {
  await cli();
  await web();
  await electron();
} else {
  console.error(`build: unknown target ${target} (cli, web, all)`);
  process.exit(2);
}
