/**
 * nock 15 intercepts through @mswjs/interceptors, whose socket interceptor
 * calls Promise.withResolvers (Node 22+). On Node 20, the oldest Node the bot
 * supports, that call fails for every request nock handles. This shim adds the
 * standard method when it is missing, without declaring it globally for the
 * type checker (so no source file can come to rely on it). Import it before
 * any request in a test that uses nock.
 */
const promise = Promise as unknown as { withResolvers?: unknown };

if (typeof promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const created = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise: created, resolve, reject };
    },
  });
}

export {};
