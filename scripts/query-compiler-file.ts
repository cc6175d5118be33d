/**
 * Prisma's generated client loads its query compiler from a JavaScript module
 * holding the WebAssembly as one base64 string (4.4 MB). A loaded module is
 * never unloaded, so the bot would keep that source and the string (about
 * 9 MB of V8 heap) for as long as it runs, only to have decoded it once. This
 * writes the decoded `.wasm` beside the generated client and points the
 * client at the file, which is read, compiled and let go.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const QUERY_COMPILER_FILE = 'query_compiler.wasm';

const LOADER =
  /const \{ wasm \} = await import\("(@prisma\/client\/runtime\/query_compiler_\w+\.\w+\.wasm-base64\.mjs)"\)\n(\s*)return await decodeBase64AsWasm\(wasm\)/;

/** Rewrites the client generated into `outputDir` to compile its query compiler from a `.wasm` file. */
export async function loadQueryCompilerFromFile(outputDir: string): Promise<void> {
  const classFile = join(outputDir, 'internal/class.ts');
  const source = readFileSync(classFile, 'utf8');
  const found = LOADER.exec(source);
  // A newer Prisma that loads it differently must be looked at, not started with the old memory cost.
  if (!found?.[1]) throw new Error(`${classFile}: the query compiler's loader was not where it was expected`);
  const { wasm } = (await import(found[1])) as { wasm: string };
  writeFileSync(join(outputDir, QUERY_COMPILER_FILE), Buffer.from(wasm, 'base64'));
  const indent = found[2] ?? '';
  const loader = [
    `const { readFile } = await import('node:fs/promises')`,
    `${indent}return new WebAssembly.Module(await readFile(new URL('../${QUERY_COMPILER_FILE}', import.meta.url)))`,
  ].join('\n');
  writeFileSync(classFile, source.replace(found[0], loader));
}
