import type { MessageRef, PlatformData } from './ports.ts';

/**
 * Every message a participation put in the person's chat (the card, then the
 * reminder), kept as a JSON list so that closing the round can close each of
 * them. An older row holds one ref as a plain object, and refs written before
 * they carried their organisation hold only the platform's part: those are
 * given the participation's organisation, and the platform reads its part.
 */
export function messageRefs(stored: string | null, organizationId: string): MessageRef[] {
  if (!stored) return [];
  const parsed = JSON.parse(stored) as StoredRef | StoredRef[];
  return (Array.isArray(parsed) ? parsed : [parsed]).map((ref) =>
    isMessageRef(ref) ? ref : { organizationId, platform: ref },
  );
}

function isMessageRef(ref: StoredRef): ref is MessageRef {
  return typeof ref.organizationId === 'string' && typeof ref.platform === 'object';
}

/** The stored list with one more message. */
export function withMessageRef(stored: string | null, ref: MessageRef): string {
  return JSON.stringify([...messageRefs(stored, ref.organizationId), ref]);
}

type StoredRef = MessageRef | PlatformData;
