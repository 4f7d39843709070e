// The layer table of design.md is enforced by lint: a wrong import fails `npm test`.
import { describe, expect, test } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'rancang/layers').map((m) => m.message);
}

describe('layer rules', () => {
  test.each([
    ['src/core/x.ts', "import React from 'react';\nexport const x = React;", /core\/ may not import the package 'react'/],
    ['src/core/x.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;", /core\/ may not import the package 'node:fs'/],
    ['src/core/x.ts', "import { x as y } from '../io/draft-file';\nexport const x = y;", /core\/ may not import io\//],
    ['src/export/x.ts', "import { promises } from 'node:fs';\nexport const x = promises;", /export\/ may not import the package 'node:fs'/],
    ['src/renderer/x.ts', "import { run } from '../cli/run';\nexport const x = run;", /nothing imports cli\//],
    ['src/renderer/x.ts', "import { contract } from '../ipc/contract';\nexport const x = contract;", /renderer\/ may not import ipc\/ except with `import type`/],
    ['src/newlayer/x.ts', "import { x as y } from './y';\nexport const x = y;", /not in the layer table/],
  ])('%s: %s is refused', async (file, code, message) => {
    const errors = await layerErrors(file, code);
    expect(errors.join('\n')).toMatch(message);
  });

  test.each([
    ['src/core/x.ts', "import { Schema } from 'prosemirror-model';\nexport const x = Schema;"],
    ['src/export/x.ts', "import { Document } from 'docx';\nimport { schema } from '../core/schema';\nexport const x = [Document, schema];"],
    ['src/renderer/x.ts', "import type { Contract } from '../ipc/contract';\nexport type X = Contract;"],
    ['src/main/x.ts', "import { app } from 'electron';\nimport { readDraftFile } from '../io/draft-file';\nexport const x = [app, readDraftFile];"],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
