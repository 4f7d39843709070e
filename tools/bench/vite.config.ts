import { defineConfig } from 'vite';

// The two benchmark pages: Rancang's editor and a bare ProseMirror editor.
export default defineConfig({
  root: 'tools/bench/pages',
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: '../../../dist/bench',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { bare: 'tools/bench/pages/bare.html', rancang: 'tools/bench/pages/rancang.html' } },
  },
});
