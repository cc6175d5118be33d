import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface TestServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a Hono app on 127.0.0.1 and a free port. */
export function serveOnLoopback(app: Hono): Promise<TestServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Event streams stay open until the connections are closed.
            server.closeAllConnections();
          }),
      });
    });
  });
}
