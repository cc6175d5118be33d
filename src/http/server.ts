import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { refusal } from '../messages/refusals.ts';

export interface HttpServer {
  readonly url: string;
  close(): Promise<void>;
}

/** How long an idle keep-alive connection is kept: longer than the 60 s of common load balancers. */
const KEEP_ALIVE_MS = 65_000;

/** Serves a Hono app on host:port; resolves once it listens. */
export function listen(app: Hono, host: string, port: number): Promise<HttpServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }) as Server;
    // An idle keep-alive connection is closed by the client or the proxy in
    // front (load balancers keep them 60 s), never by us: a server closing
    // one just as a request is sent on it makes the sender see ECONNRESET.
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 1000;
    server.once('error', (error: NodeJS.ErrnoException) => {
      const address = { address: `${host}:${port}`, port: String(port) };
      reject(
        error.code === 'EADDRINUSE'
          ? refusal('config_invalid', 'refusal.config.port-in-use', address, { cause: error })
          : refusal(
              'config_invalid',
              'refusal.config.cannot-listen',
              { ...address, reason: error.message },
              { cause: error },
            ),
      );
    });
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Keep-alive and event-stream connections would hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
