// The lp_session cookie (HttpOnly, SameSite=Lax, Secure over HTTPS) and the middleware that resolves it per request.

import type { Clock } from '@logipilot/app/auth/clock';
import { sessionUser } from '@logipilot/app/auth/session';
import type { StoreContext } from '@logipilot/app/auth/store-context';
import { DomainError } from '@logipilot/domain';
import { isLang, pickLang } from '@logipilot/i18n';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ApiEnv } from './env.ts';

export const SESSION_COOKIE = 'lp_session';

/** Paths anyone may call: the rest of /api needs a session. */
export const PUBLIC_PATHS: ReadonlySet<string> = new Set([
  '/api/health',
  '/api/docs',
  '/api/openapi.json',
  '/api/auth/login',
]);

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function writeSessionCookie(c: Context<ApiEnv>, sessionId: string, expiresAt: string): void {
  setCookie(c, SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context<ApiEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c), httpOnly: true, sameSite: 'Lax' });
}

export function sessionIdOf(c: Context<ApiEnv>): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/**
 * Resolves the session and the language — the interface's explicit choice (`X-Logipilot-Lang`, sent by the web app
 * when the user switches language), else the user's locale, else Accept-Language, else French — and gates
 * non-public paths.
 */
export function sessionMiddleware(ctx: StoreContext, clock: Clock): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const id = sessionIdOf(c);
    const session = id ? await sessionUser(ctx, id, clock()) : null;
    c.set('session', session);
    const chosen = c.req.header('x-logipilot-lang');
    c.set(
      'lang',
      chosen && isLang(chosen) ? chosen : (session?.user.locale ?? pickLang(c.req.header('accept-language'))),
    );
    if (!session && !PUBLIC_PATHS.has(c.req.path)) throw new DomainError('AUTH_REQUIRED');
    await next();
  };
}

/** The signed-in user of a request that passed the session middleware. */
export function requireSession(c: Context<ApiEnv>) {
  const session = c.get('session');
  if (!session) throw new DomainError('AUTH_REQUIRED');
  return session;
}
