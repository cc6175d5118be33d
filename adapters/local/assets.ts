import { readFile } from 'node:fs/promises';

export interface Asset {
  readonly body: string;
  readonly contentType: string;
}

// A Map, not an object literal: a name from the URL such as `constructor` must not find Object's own members.
const ASSETS: ReadonlyMap<string, { file: string; contentType: string }> = new Map([
  ['playground.css', { file: './page/playground.css', contentType: 'text/css; charset=utf-8' }],
  ['playground.js', { file: './page/playground.js', contentType: 'text/javascript; charset=utf-8' }],
  [
    'message-actions.js',
    { file: './page/message-actions.js', contentType: 'text/javascript; charset=utf-8' },
  ],
  ['my-data.js', { file: './page/my-data.js', contentType: 'text/javascript; charset=utf-8' }],
]);

const loaded = new Map<string, Promise<Asset>>();

/** The page's stylesheet and script, served by the bot itself (no CDN), read once. */
export function asset(name: string): Promise<Asset> | undefined {
  const entry = ASSETS.get(name);
  if (!entry) return undefined;
  let promise = loaded.get(name);
  if (!promise) {
    promise = readFile(new URL(entry.file, import.meta.url), 'utf8').then((body) => ({
      body,
      contentType: entry.contentType,
    }));
    loaded.set(name, promise);
    // A failed read is retried on the next request rather than remembered.
    promise.catch(() => loaded.delete(name));
  }
  return promise;
}
