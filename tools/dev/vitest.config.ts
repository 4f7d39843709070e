// Developer tools run on demand, not by `npm test`:
//   TPL=id1,id2 npx vitest run --config tools/dev/vitest.config.ts render
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['tools/dev/**/*.test.ts'], testTimeout: 120_000 } });
