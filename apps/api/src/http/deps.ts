// What every route module receives: the app context, the clock, the login limiter and the session lifetime.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Clock } from '@logipilot/app/auth/clock';
import type { LoginRateLimiter } from '@logipilot/app/auth/rate-limiter';
import type { StoreContext } from '@logipilot/app/auth/store-context';
import type { ApiEnv } from './env.ts';

export interface RouteDeps {
  ctx: StoreContext;
  clock: Clock;
  limiter: LoginRateLimiter;
  sessionTtlMinutes: number;
}

export type ApiApp = OpenAPIHono<ApiEnv>;
