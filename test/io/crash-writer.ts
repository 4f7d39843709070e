// A child process that saves a draft over and over, alternating two versions,
// until it is killed. Used by crash.test.ts.
import { writeFileAtomic } from '../../src/io/draft-file';

const [file, a, b] = process.argv.slice(2) as [string, string, string];
const { readFileSync } = await import('node:fs');
const versions = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
process.stdout.write('ready\n');
for (let i = 0; ; i++) await writeFileAtomic(file, versions[i % 2]!, { overwrite: true });
