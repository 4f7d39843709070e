import { defineConfig } from 'vite';

// The renderer: one HTML page, React, no inline scripts (the CSP forbids them).
export default defineConfig({
  root: 'src/renderer',
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: '../../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
});
