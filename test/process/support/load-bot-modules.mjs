// Loads what `excellence-pulse start` loads for Slack mode, through the compile cache the
// environment names (NODE_COMPILE_CACHE), and prints whether Node had to load its type stripper.
// Plain JavaScript: a TypeScript file here would load the stripper itself.
await import('../../../src/cli/main.ts');
await import('../../../src/main.ts');
await import('../../../adapters/slack/index.ts');
const stripper = process.moduleLoadList.some((name) => name.includes('internal/deps/amaro'));
process.stdout.write(JSON.stringify({ stripper }));
