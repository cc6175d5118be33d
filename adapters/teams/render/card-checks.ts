import { CARD_VERSION } from './adaptive-card.ts';
import { HANDLED_VERBS } from './verbs.ts';

/**
 * Checks the official card parser does not make: it accepts a card without
 * a version, and an `Action.Execute` in a card older than 1.4 (where Teams
 * shows nothing to tap). Also Teams' size guidance for a bot message and its
 * pictures ("Format your bot messages" and "Send and receive messages" in
 * the Teams platform docs). Used by the tests on every render; usable at run
 * time to log a message that would be refused.
 */

/** Teams refuses a message over about 100 KB (counted in UTF-16, images aside) and advises staying under 80 KB. */
export const MESSAGE_MAX_BYTES = 80_000;
/** A picture in a message: at most 1024 × 1024 pixels and 1 MB. */
export const IMAGE_MAX_PIXELS = 1024;
export const IMAGE_MAX_BYTES = 1024 * 1024;

/** The first card version that has `Action.Execute`. */
const EXECUTE_SINCE = [1, 4] as const;

/** Lists what is wrong with a card (empty when nothing is). */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(card) || card.type !== 'AdaptiveCard') return ['not an AdaptiveCard'];
  if (card.version !== CARD_VERSION)
    problems.push(`version is ${String(card.version)}, expected ${CARD_VERSION}`);
  const executable = versionAtLeast(card.version, EXECUTE_SINCE);
  visit(card, '$', (node, path) => {
    if (node.type !== 'Action.Execute') return;
    if (!executable) problems.push(`${path}: Action.Execute needs card version 1.4 or later`);
    if (typeof node.verb !== 'string' || !HANDLED_VERBS.has(node.verb)) {
      problems.push(`${path}: verb ${JSON.stringify(node.verb)} is not one the bot handles`);
    }
  });
  return problems;
}

/** A card's size as Teams counts it: its JSON in UTF-16, two bytes a code unit. */
export function messageBytes(card: unknown): number {
  return JSON.stringify(card).length * 2;
}

/** What keeps a PNG from being shown inline: its pixel size (from the PNG header) or its bytes. */
export function imageProblems(png: Uint8Array): string[] {
  const { width, height } = pngSize(png);
  const problems: string[] = [];
  if (width > IMAGE_MAX_PIXELS || height > IMAGE_MAX_PIXELS) {
    problems.push(`${width} × ${height} pixels, more than ${IMAGE_MAX_PIXELS} × ${IMAGE_MAX_PIXELS}`);
  }
  if (png.byteLength > IMAGE_MAX_BYTES)
    problems.push(`${png.byteLength} bytes, more than ${IMAGE_MAX_BYTES}`);
  return problems;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, which always comes first. */
export function pngSize(png: Uint8Array): { readonly width: number; readonly height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const isPng = png.byteLength >= 24 && PNG_SIGNATURE.every((byte, i) => png[i] === byte);
  if (!isPng || String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR')
    throw new RangeError('Not a PNG image.');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function visit(node: unknown, path: string, seen: (node: Json, path: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => visit(child, `${path}[${index}]`, seen));
    return;
  }
  if (!isObject(node)) return;
  seen(node, path);
  for (const [key, child] of Object.entries(node)) visit(child, `${path}.${key}`, seen);
}

function versionAtLeast(version: unknown, [major, minor]: readonly [number, number]): boolean {
  const match = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (!match) return false;
  const [have, haveMinor] = [Number(match[1]), Number(match[2])];
  return have > major || (have === major && haveMinor >= minor);
}
