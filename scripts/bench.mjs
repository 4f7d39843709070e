// npm run bench [-- --json]: builds the benchmark pages and the runner, then runs it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'tools/bench/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
await build({ entryPoints: ['tools/bench/bench.ts'], bundle: true, platform: 'node', target: 'node20', format: 'esm', packages: 'external', outfile: 'dist/bench-runner.mjs', logLevel: 'warning' });
execFileSync(process.execPath, ['dist/bench-runner.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
