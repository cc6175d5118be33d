import type { ContentBank } from './content-types.ts';
import { mergeCustomContent, readCustomContent } from './custom-content.ts';
import { defaultContentBank } from './data/default-bank.ts';
import { validateContentBank } from './validate-content-bank.ts';

export interface LoadContentOptions {
  /** A YAML or JSON file with the organisation's own statements, nudges and translations. */
  readonly customFile?: string;
}

let builtIn: ContentBank | undefined;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The validated content bank, with the organisation's custom file merged in
 * when one is given. The built-in bank is checked once and shared (frozen);
 * a custom file is read on every call so that edits show up on reload.
 *
 * @throws PulseError('content_invalid') naming the file, the field path and the reason.
 */
export function loadContentBank(options: LoadContentOptions = {}): ContentBank {
  builtIn ??= deepFreeze(validateContentBank(defaultContentBank()));
  if (options.customFile === undefined) return builtIn;
  const custom = readCustomContent(options.customFile);
  return deepFreeze(mergeCustomContent(builtIn, custom, options.customFile));
}
