/**
 * Where the bot's DM with a person lives. conversations.open is a Tier 3
 * method (about 50 a minute), so each DM channel id is looked up once and
 * kept; pass a persistent implementation to keep them across restarts.
 */
export interface DmChannelCache {
  get(organizationId: string, userId: string): Promise<string | undefined> | string | undefined;
  set(organizationId: string, userId: string, channelId: string): Promise<void> | void;
}

/** An in-memory cache that forgets the least recently used entries beyond `max`. */
export function memoryDmChannelCache(max = 100_000): DmChannelCache {
  const entries = new Map<string, string>();
  return {
    get(organizationId, userId) {
      const key = `${organizationId}\u0000${userId}`;
      const channel = entries.get(key);
      if (channel !== undefined) {
        entries.delete(key);
        entries.set(key, channel);
      }
      return channel;
    },
    set(organizationId, userId, channelId) {
      const key = `${organizationId}\u0000${userId}`;
      entries.delete(key);
      entries.set(key, channelId);
      if (entries.size > max) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    },
  };
}
