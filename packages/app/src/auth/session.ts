// Turns a session id into the acting user; expired sessions are removed on sight.
import type { Actor, User } from '@logipilot/domain';
import type { StoreContext } from './store-context.ts';

export interface SessionUser {
  actor: Actor;
  user: User;
}

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    clientId: user.clientId,
    siteId: user.siteId,
  };
}

/** The session's user with its current role (read afresh, so a role change or deletion applies at once). */
export async function sessionUser(
  ctx: StoreContext,
  sessionId: string,
  now: Date = new Date(),
): Promise<SessionUser | null> {
  if (!sessionId || sessionId.length > 128) return null;
  const session = await ctx.db.repos.sessions.get(sessionId);
  if (!session) return null;
  if (session.expiresAt <= now.toISOString()) {
    await ctx.db.repos.sessions.remove(sessionId);
    return null;
  }
  // Sessions do not carry the site: single-site installs resolve it from the store.
  const site = await ctx.db.repos.sites.first();
  if (!site) return null;
  const user = await ctx.db.repos.users.get(site.id, session.userId);
  return user ? { actor: actorOf(user), user } : null;
}

export async function sessionActor(
  ctx: StoreContext,
  sessionId: string,
  now: Date = new Date(),
): Promise<Actor | null> {
  return (await sessionUser(ctx, sessionId, now))?.actor ?? null;
}

export async function logout(ctx: StoreContext, sessionId: string): Promise<void> {
  await ctx.db.repos.sessions.remove(sessionId);
}
