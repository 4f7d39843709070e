#!/usr/bin/env node
// The rancang command. Built by `npm run build:cli` (run by npm's prepare step).
import('../dist/cli.mjs').catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/cli.mjs')) {
    console.error('rancang: the command is not built yet; run `npm run build:cli`');
    process.exit(2);
  }
  throw e;
});
