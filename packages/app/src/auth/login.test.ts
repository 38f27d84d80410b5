// Login and sessions on the in-memory store: generic failure, rate limit, expiry, fresh role on every request.
import { DomainError } from '@logipilot/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeDatabase } from '../masterdata/fake-database.ts';
import { FIXTURE_NOW, FIXTURE_PASSWORD, seedFixture } from '../masterdata/fixture-site.ts';
import { login } from './login.ts';
import { createMemoryRateLimiter } from './rate-limiter.ts';
import { logout, sessionActor, sessionUser } from './session.ts';

const db = createFakeDatabase();
const ctx = { db };
beforeAll(() => seedFixture(db));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
}

describe('login', () => {
  it('opens a session with a 256-bit id and the configured lifetime', async () => {
    const limiter = createMemoryRateLimiter();
    const r = await login(
      ctx,
      { username: 'Manager', password: FIXTURE_PASSWORD, clientAddress: 'ip' },
      { limiter, now: FIXTURE_NOW, sessionTtlMinutes: 60 },
    );
    expect(Buffer.from(r.sessionId, 'base64url')).toHaveLength(32);
    expect(r.expiresAt).toBe('2026-03-02T11:00:00.000Z');
    expect(r.user.username).toBe('manager');
    const actor = await sessionActor(ctx, r.sessionId, FIXTURE_NOW);
    expect(actor).toEqual({
      userId: 'user-manager',
      username: 'manager',
      role: 'site_manager',
      clientId: null,
      siteId: 'site-1',
    });
    expect(await sessionActor(ctx, r.sessionId, new Date('2026-03-02T11:00:00Z'))).toBeNull();
    expect(await db.repos.sessions.get(r.sessionId)).toBeNull();
  });

  it('answers the same for an unknown user and a wrong password', async () => {
    const limiter = createMemoryRateLimiter();
    const opts = { limiter, now: FIXTURE_NOW };
    expect(await codeOf(login(ctx, { username: 'nobody', password: 'x', clientAddress: 'ip' }, opts))).toBe(
      'AUTH_INVALID_CREDENTIALS',
    );
    expect(await codeOf(login(ctx, { username: 'admin', password: 'x', clientAddress: 'ip' }, opts))).toBe(
      'AUTH_INVALID_CREDENTIALS',
    );
  });

  it('refuses even the right password once rate limited', async () => {
    const limiter = createMemoryRateLimiter({ maxFailures: 2, windowMs: 60_000 });
    const opts = { limiter, now: FIXTURE_NOW };
    const wrong = { username: 'leader', password: 'nope', clientAddress: 'ip' };
    await codeOf(login(ctx, wrong, opts));
    await codeOf(login(ctx, wrong, opts));
    const right = { ...wrong, password: FIXTURE_PASSWORD };
    await expect(login(ctx, right, opts)).rejects.toMatchObject({
      code: 'AUTH_RATE_LIMITED',
      params: { retryAfterSeconds: 60 },
    });
    expect(await codeOf(login(ctx, right, { limiter, now: new Date(FIXTURE_NOW.getTime() + 61_000) }))).toBe(
      'OK',
    );
  });

  it('ends the session on logout and when the user is deleted', async () => {
    const limiter = createMemoryRateLimiter();
    const a = await login(
      ctx,
      { username: 'methods', password: FIXTURE_PASSWORD, clientAddress: 'ip' },
      {
        limiter,
        now: FIXTURE_NOW,
      },
    );
    expect((await sessionUser(ctx, a.sessionId, FIXTURE_NOW))?.user.role).toBe('methods_technician');
    await logout(ctx, a.sessionId);
    expect(await sessionActor(ctx, a.sessionId, FIXTURE_NOW)).toBeNull();
    const b = await login(
      ctx,
      { username: 'methods', password: FIXTURE_PASSWORD, clientAddress: 'ip' },
      {
        limiter,
        now: FIXTURE_NOW,
      },
    );
    await db.repos.users.remove('site-1', 'user-methods');
    expect(await sessionActor(ctx, b.sessionId, FIXTURE_NOW)).toBeNull();
    expect(await sessionActor(ctx, '', FIXTURE_NOW)).toBeNull();
  });
});
