// Entry point of the rancang command.
import { run } from './run';

const code = await run(process.argv.slice(2), {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
  now: () => new Date(),
});
process.exitCode = code;
