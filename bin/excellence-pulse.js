#!/usr/bin/env node
// The sources are TypeScript with only erasable syntax: Node strips the types as it loads them,
// so nothing compiles at run time and no build step stands between a clone and `npm start`.
if (!process.features.typescript) {
  process.stderr.write(
    `excellence-pulse needs Node.js 22.18 or newer (24 recommended); this is ${process.version}.\n`,
  );
  process.exit(1);
}
const { useCompileCache } = await import('./compile-cache.js');
useCompileCache();
// A closed pipe (`excellence-pulse content export | head`) is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const longRunning = process.argv[2] === 'start' || process.argv[2] === 'demo';
if (longRunning) {
  const { restartWithAtRestSettings } = await import('./at-rest.js');
  restartWithAtRestSettings();
}
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
if (longRunning) {
  // The bot has stopped; a pooled connection or timer left in a library must not keep the process alive.
  setTimeout(() => process.exit(), 200).unref();
}
