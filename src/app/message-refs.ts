import type { MessageRef } from './ports.ts';

/**
 * Every message a participation put in the person's chat (the card, then the
 * reminder), kept as a JSON list so that closing the round can close each of
 * them. An older row holds one ref as a plain object.
 */
export function messageRefs(stored: string | null): MessageRef[] {
  if (!stored) return [];
  const parsed = JSON.parse(stored) as MessageRef | MessageRef[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

/** The stored list with one more message. */
export function withMessageRef(stored: string | null, ref: MessageRef): string {
  return JSON.stringify([...messageRefs(stored), ref]);
}
