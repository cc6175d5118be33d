/**
 * Polls `probe` until it gives a value, for tests and benches that watch
 * other processes (a bot, a stand-in, the database) reach a state.
 */
export async function until<T>(
  what: string,
  seconds: number,
  probe: () => Promise<T | undefined>,
  everyMs = 20,
): Promise<T> {
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out after ${seconds} s waiting for ${what}`);
}

/**
 * Waits until the bot at `baseUrl` says it is ready (/readyz answers 200;
 * before that the port refuses or answers 503), polling every `everyMs`.
 */
export function untilReady(baseUrl: string, seconds = 60, everyMs = 50): Promise<true> {
  return until(
    `${baseUrl} to be ready`,
    seconds,
    async () =>
      (await fetch(`${baseUrl}/readyz`).then(
        (response) => response.status === 200,
        () => false,
      ))
        ? true
        : undefined,
    everyMs,
  );
}
