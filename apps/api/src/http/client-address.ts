// The client's network address for rate limiting: the socket's, never a spoofable forwarding header.
import type { Context } from 'hono';
import type { ApiEnv } from './env.ts';

export function clientAddress(c: Context<ApiEnv>): string {
  // app.request() in tests passes no bindings at all.
  return (c.env as ApiEnv['Bindings'] | undefined)?.incoming?.socket?.remoteAddress ?? 'local';
}
