#!/usr/bin/env node
// The sources are TypeScript; tsx compiles them on load, so there is no build step.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`excellence-pulse content export | head`) is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
if (process.argv[2] === 'start') {
  // The bot has stopped; a pooled connection or timer left in a library must not keep the process alive.
  setTimeout(() => process.exit(), 200).unref();
}
