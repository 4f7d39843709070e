// ESLint rule enforcing the layer table of design.md section 2: which folder of
// src/ may import which folder, and which packages. A file under src/ whose
// folder has no entry is itself an error, so a new folder cannot slip past.
import path from 'node:path';

/** folder -> { folders it may import, packages it may import (exact or prefix*) } */
export const LAYERS = {
  core: { folders: ['core'], packages: ['prosemirror-model', 'prosemirror-transform', 'zod'] },
  export: { folders: ['export', 'core'], packages: ['docx'] },
  io: { folders: ['io', 'core'], packages: ['node:*', 'yaml', 'zod'] },
  editor: { folders: ['editor', 'core'], packages: ['prosemirror-*'] },
  renderer: { folders: ['renderer', 'core', 'editor'], typeOnlyFolders: ['ipc'], packages: ['react', 'react-dom', 'react-dom/*', 'react/*', 'prosemirror-*'] },
  ipc: { folders: ['ipc'], typeOnlyFolders: ['core'], packages: ['zod'] },
  main: { folders: ['main', 'core', 'export', 'io', 'ipc', 'service'], packages: ['electron', 'node:*'] },
  // Departure from design.md: the Node implementation of the ipc contract, shared by
  // Electron main and the web preview server, so that main stays thin and testable.
  service: { folders: ['service', 'core', 'export', 'io', 'ipc'], packages: ['node:*'] },
  preload: { folders: ['preload', 'ipc'], packages: ['electron'] },
  cli: { folders: ['cli', 'core', 'export', 'io'], packages: ['node:*'] },
  // Departure from design.md: the browser-preview server behind `npm run web`,
  // the Node twin of main without Electron.
  web: { folders: ['web', 'core', 'export', 'io', 'ipc', 'service'], packages: ['node:*'] },
};

const NEVER_IMPORTED = new Set(['main', 'preload', 'renderer', 'cli', 'web']);

function matches(spec, allowed) {
  return allowed.some((a) => (a.endsWith('*') ? spec.startsWith(a.slice(0, -1)) : spec === a || spec.startsWith(a + '/')));
}

export default {
  meta: { type: 'problem', schema: [], messages: { bad: '{{msg}}' } },
  create(context) {
    const file = context.filename;
    const srcRoot = path.join(context.cwd, 'src') + path.sep;
    if (!file.startsWith(srcRoot)) return {};
    const layer = file.slice(srcRoot.length).split(path.sep)[0];
    const rules = LAYERS[layer];
    function check(node, source, typeOnly) {
      const spec = source.value;
      if (!rules) return context.report({ node, messageId: 'bad', data: { msg: `src/${layer} is not in the layer table (tools/eslint/layers.js)` } });
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(srcRoot)) return context.report({ node, messageId: 'bad', data: { msg: `${layer} may not import outside src/: ${spec}` } });
        const targetLayer = target.slice(srcRoot.length).split(path.sep)[0];
        if (targetLayer === layer) return;
        if (NEVER_IMPORTED.has(targetLayer)) return context.report({ node, messageId: 'bad', data: { msg: `nothing imports ${targetLayer}/ (from ${layer}/: ${spec})` } });
        if (rules.folders.includes(targetLayer)) return;
        if (typeOnly && rules.typeOnlyFolders?.includes(targetLayer)) return;
        const how = rules.typeOnlyFolders?.includes(targetLayer) ? ' except with `import type`' : '';
        return context.report({ node, messageId: 'bad', data: { msg: `${layer}/ may not import ${targetLayer}/${how}: ${spec}` } });
      }
      if (matches(spec, rules.packages)) return;
      context.report({ node, messageId: 'bad', data: { msg: `${layer}/ may not import the package '${spec}'` } });
    }
    return {
      ImportDeclaration(node) { check(node, node.source, node.importKind === 'type'); },
      ExportNamedDeclaration(node) { if (node.source) check(node, node.source, node.exportKind === 'type'); },
      ExportAllDeclaration(node) { check(node, node.source, node.exportKind === 'type'); },
      ImportExpression(node) { if (node.source.type === 'Literal') check(node, node.source, false); },
    };
  },
};
