// Test harness: a fresh store (PGlite, or a schema of DATABASE_URL) seeded with the fixture, the API over it, sign-in.
import { FIXTURE_NOW, FIXTURE_PASSWORD, seedFixture } from '@logipilot/app/masterdata/fixture-site';
import { openTestDatabase } from '@logipilot/db/testing/test-stores';
import { createApi } from '../app.ts';

export type Harness = Awaited<ReturnType<typeof openHarness>>;

export async function openHarness(backend: 'pglite' | 'postgres' = 'pglite', databaseUrl?: string) {
  const store = await openTestDatabase(backend, databaseUrl);
  const bundle = await seedFixture(store.db);
  const ctx = { db: store.db };
  const app = createApi(ctx, { clock: () => FIXTURE_NOW, staticDir: '/nonexistent-web-dist' });
  const cookies = new Map<string, string>();

  async function signIn(username: string): Promise<string> {
    const cached = cookies.get(username);
    if (cached) return cached;
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: FIXTURE_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    cookies.set(username, cookie);
    return cookie;
  }

  /** A request as `username` (or anonymous when null), JSON body when given. */
  async function call(
    username: string | null,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const h: Record<string, string> = { ...headers };
    if (username) h.Cookie = await signIn(username);
    if (body !== undefined && typeof body !== 'string' && !(body instanceof FormData)) {
      h['Content-Type'] = 'application/json';
    }
    return app.request(path, {
      method,
      headers: h,
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' || body instanceof FormData ? body : JSON.stringify(body) }),
    });
  }

  // Running solves stop and store their roster before the store closes: none writes to a closed store.
  const dispose = async () => {
    await app.close();
    await store.dispose();
  };
  return { app, db: store.db, bundle, signIn, call, dispose };
}
