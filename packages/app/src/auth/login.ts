// Sign-in: rate limit, verify the password, open a session with a random 256-bit id.
import { randomBytes } from 'node:crypto';
import { DomainError, type User } from '@logipilot/domain';
import { decoyHash, verifyPassword } from './password.ts';
import { type LoginRateLimiter, rateLimitKey } from './rate-limiter.ts';
import type { StoreContext } from './store-context.ts';

export const DEFAULT_SESSION_TTL_MINUTES = 12 * 60;

export interface LoginInput {
  username: string;
  password: string;
  /** The client's network address, half of the rate-limit key. */
  clientAddress: string;
}

export interface LoginOptions {
  limiter: LoginRateLimiter;
  now: Date;
  sessionTtlMinutes?: number;
}

export interface LoginResult {
  sessionId: string;
  expiresAt: string;
  user: User;
}

/**
 * Checks the credentials and opens a session. Unknown user and wrong password give the same error (and take the
 * same time), so that nobody can probe which usernames exist.
 */
export async function login(
  ctx: StoreContext,
  input: LoginInput,
  options: LoginOptions,
): Promise<LoginResult> {
  const key = rateLimitKey(input.username, input.clientAddress);
  const verdict = options.limiter.check(key, options.now);
  if (!verdict.allowed) {
    throw new DomainError('AUTH_RATE_LIMITED', { params: { retryAfterSeconds: verdict.retryAfterSeconds } });
  }
  const stored = await ctx.db.repos.users.findByUsername(input.username.trim().toLowerCase());
  const ok = await verifyPassword(input.password, stored?.passwordHash ?? (await decoyHash()));
  if (!stored || !ok) {
    options.limiter.recordFailure(key, options.now);
    throw new DomainError('AUTH_INVALID_CREDENTIALS');
  }
  options.limiter.reset(key);
  const ttl = options.sessionTtlMinutes ?? DEFAULT_SESSION_TTL_MINUTES;
  const session = {
    id: randomBytes(32).toString('base64url'),
    userId: stored.user.id,
    createdAt: options.now.toISOString(),
    expiresAt: new Date(options.now.getTime() + ttl * 60_000).toISOString(),
  };
  // Sign-ins are rare enough to carry the sweep of expired sessions; no timer needed.
  await ctx.db.repos.sessions.removeExpired(options.now.toISOString());
  await ctx.db.repos.sessions.create(session);
  return { sessionId: session.id, expiresAt: session.expiresAt, user: stored.user };
}
