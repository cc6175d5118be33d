/**
 * One card update at a time per message, and the newest wins: while an
 * update of a card is on its way, later ones wait, and a newer one replaces
 * a waiting one. Rapid clicks on one card therefore never leave an older
 * state on screen, whatever order rate limits would have sent them in.
 */
export function latestCardUpdates(onError: (error: unknown) => void) {
  const waiting = new Map<string, () => Promise<void>>();
  const running = new Set<string>();
  const take = (key: string) => {
    const next = waiting.get(key);
    waiting.delete(key);
    return next;
  };
  const run = async (key: string) => {
    running.add(key);
    try {
      for (let next = take(key); next; next = take(key)) {
        try {
          await next();
        } catch (error) {
          onError(error);
        }
      }
    } finally {
      running.delete(key);
    }
  };
  /** Sends `update` for the card `key` once the one on its way (if any) is done. */
  return (key: string, update: () => Promise<void>): void => {
    waiting.set(key, update);
    if (!running.has(key)) void run(key);
  };
}

export type CardUpdates = ReturnType<typeof latestCardUpdates>;
