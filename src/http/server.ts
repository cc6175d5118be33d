import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { PulseError } from '../errors.ts';

export interface HttpServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a Hono app on host:port; resolves once it listens. */
export function listen(app: Hono, host: string, port: number): Promise<HttpServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }) as Server;
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use` : error.message;
      reject(
        new PulseError('config_invalid', `Cannot listen on ${host}:${port} (HOST, PORT): ${reason}`, {
          cause: error,
        }),
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
