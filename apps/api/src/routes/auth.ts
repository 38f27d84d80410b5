// Sign-in, sign-out and "who am I": the session cookie is set and cleared here only.
import { createRoute, z } from '@hono/zod-openapi';
import { login } from '@logipilot/app/auth/login';
import { logout } from '@logipilot/app/auth/session';
import { clientAddress } from '../http/client-address.ts';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import { publicUser } from '../http/public-user.ts';
import { commonErrors, errorResponse, publicUserSchema } from '../http/schemas.ts';
import {
  clearSessionCookie,
  requireSession,
  sessionIdOf,
  writeSessionCookie,
} from '../http/session-cookie.ts';

const userBody = z.object({ user: publicUserSchema });

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['auth'],
  summary: 'Sign in; sets the lp_session cookie',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.strictObject({
            username: z.string().min(1).max(200),
            password: z.string().min(1).max(1000),
          }),
        },
      },
    },
  },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: userBody } } },
    400: commonErrors[400],
    401: errorResponse('AUTH_INVALID_CREDENTIALS: wrong username or password'),
    429: errorResponse('AUTH_RATE_LIMITED: too many failures; params.retryAfterSeconds'),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['auth'],
  summary: 'Sign out; clears the session',
  responses: { 204: { description: 'Signed out' }, 401: commonErrors[401] },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/auth/me',
  tags: ['auth'],
  summary: 'The signed-in user',
  responses: {
    200: { description: 'The user', content: { 'application/json': { schema: userBody } } },
    401: commonErrors[401],
  },
});

export function registerAuthRoutes(app: ApiApp, deps: RouteDeps): void {
  app.openapi(loginRoute, async (c) => {
    const { username, password } = c.req.valid('json');
    const result = await login(
      deps.ctx,
      { username, password, clientAddress: clientAddress(c) },
      { limiter: deps.limiter, now: deps.clock(), sessionTtlMinutes: deps.sessionTtlMinutes },
    );
    writeSessionCookie(c, result.sessionId, result.expiresAt);
    return c.json({ user: publicUser(result.user) }, 200);
  });

  app.openapi(logoutRoute, async (c) => {
    requireSession(c);
    const id = sessionIdOf(c);
    if (id) await logout(deps.ctx, id);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(meRoute, (c) => c.json({ user: publicUser(requireSession(c).user) }, 200));
}
