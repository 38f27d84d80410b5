// startServer: the API on a port with @hono/node-server; resolves once listening, close() stops accepting, drains, then
// cancels the running solves.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type ApiContext, type ApiOptions, createApi } from './app.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(
  ctx: ApiContext,
  { port, host = '127.0.0.1', ...options }: { port: number; host?: string } & ApiOptions,
): Promise<RunningServer> {
  const app = createApi(ctx, options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        close: async () => {
          try {
            await new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              if ('closeIdleConnections' in server) server.closeIdleConnections();
            });
          } finally {
            // Once no request can start one, so none outlives the stores the caller closes next.
            await app.close();
          }
        },
      });
    });
    server.once('error', reject);
  });
}
