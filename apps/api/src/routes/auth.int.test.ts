// Sign-in over HTTP: cookie flags, /me, logout, generic failure, rate limit, error language.
import { FIXTURE_PASSWORD } from '@logipilot/app/masterdata/fixture-site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../testing/api-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h?.dispose());

const login = (username: string, password: string, url = 'http://localhost/api/auth/login', headers = {}) =>
  h.app.request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });

describe('POST /api/auth/login', () => {
  it('signs in and sets an HttpOnly, SameSite=Lax session cookie on /', async () => {
    const res = await login('manager', FIXTURE_PASSWORD);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      user: {
        id: 'user-manager',
        username: 'manager',
        displayName: 'manager',
        role: 'site_manager',
        clientId: null,
        locale: 'fr',
      },
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lp_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
  });

  it('marks the cookie Secure over HTTPS', async () => {
    const res = await login('manager', FIXTURE_PASSWORD, 'https://logipilot.example/api/auth/login');
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('answers the same 401 for an unknown user and a wrong password, in the request language', async () => {
    const unknown = await login('nobody', 'whatever', undefined, { 'Accept-Language': 'en-GB,en;q=0.9' });
    const wrong = await login('admin', 'whatever', undefined, { 'Accept-Language': 'en' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const body = await unknown.json();
    expect(body).toEqual({
      error: {
        code: 'AUTH_INVALID_CREDENTIALS',
        field: null,
        message: 'Incorrect username or password.',
        params: {},
      },
    });
    expect(await wrong.json()).toEqual(body);
    const fr = await login('nobody', 'whatever');
    expect((await fr.json()).error.message).toBe('Identifiant ou mot de passe incorrect.');
  });

  it("lets the interface's language choice win over the user's stored locale", async () => {
    const res = await login('methods', FIXTURE_PASSWORD);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const missing = (lang?: string) =>
      h.app.request('http://localhost/api/skus/no-such-sku', {
        headers: { cookie, 'Accept-Language': 'en', ...(lang ? { 'X-Logipilot-Lang': lang } : {}) },
      });
    const stored = await (await missing()).json();
    const chosen = await (await missing('en')).json();
    expect(stored.error.code).toBe('NOT_FOUND');
    expect(chosen.error.code).toBe('NOT_FOUND');
    expect(stored.error.message).not.toBe(chosen.error.message);
  });

  it('rate limits after five failures for a username, then refuses even the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('leader', `wrong-${i}`)).status).toBe(401);
    const res = await login('leader', FIXTURE_PASSWORD);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('900');
    expect((await res.json()).error).toMatchObject({
      code: 'AUTH_RATE_LIMITED',
      params: { retryAfterSeconds: 900 },
    });
    expect((await login('methods', FIXTURE_PASSWORD)).status).toBe(200);
  });

  it('rejects malformed bodies with 400', async () => {
    const res = await h.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"username":',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('MALFORMED_JSON');
    const extra = await h.call(null, 'POST', '/api/auth/login', {
      username: 'a',
      password: 'b',
      admin: true,
    });
    expect(await extra.json()).toMatchObject({ error: { code: 'UNKNOWN_FIELD', field: 'admin' } });
  });
});

describe('GET /api/auth/me and logout', () => {
  it('returns the signed-in user, then 401 after logout', async () => {
    const cookie = (await login('admin', FIXTURE_PASSWORD)).headers.get('set-cookie')?.split(';')[0] ?? '';
    const me = await h.app.request('/api/auth/me', { headers: { Cookie: cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).user).toMatchObject({ username: 'admin', role: 'admin' });
    const out = await h.app.request('/api/auth/logout', { method: 'POST', headers: { Cookie: cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/lp_session=;.*Max-Age=0/);
    const after = await h.app.request('/api/auth/me', { headers: { Cookie: cookie } });
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe('AUTH_REQUIRED');
  });

  it('answers 401 to a forged session id', async () => {
    const res = await h.app.request('/api/auth/me', { headers: { Cookie: 'lp_session=forged' } });
    expect(res.status).toBe(401);
  });

  it('speaks the user locale before the Accept-Language header', async () => {
    const res = await h.call('client-alpha', 'GET', '/api/employees', undefined, { 'Accept-Language': 'en' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toBe(
      "Vous n'avez pas les droits nécessaires pour cette action.",
    );
  });
});
