// The API client sends the interface language and turns error answers into ApiError with the server's sentence.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch } from '../testing/renderInLang.tsx';
import { ApiError, api, onUnauthorized, setApiLanguage, withQuery } from './client.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  setApiLanguage('fr');
});

describe('api client', () => {
  it('leaves empty query values out', () => {
    expect(withQuery('/api/skus', { q: '', limit: 50, offset: 0, clientId: undefined })).toBe(
      '/api/skus?limit=50&offset=0',
    );
  });

  it('sends Accept-Language and returns the JSON answer', async () => {
    const spy = fakeFetch(() => ({ status: 200, body: { items: [], total: 0 } }));
    setApiLanguage('en');
    await expect(api.get('/api/skus', { limit: 50 })).resolves.toEqual({ items: [], total: 0 });
    const headers = spy.mock.calls[0]?.[1]?.headers as Record<string, string> | undefined;
    expect(headers?.['Accept-Language']).toBe('en');
  });

  it('carries code, message and row errors of an error answer', async () => {
    fakeFetch(() => ({
      status: 422,
      body: {
        error: { code: 'IMPORT_REJECTED', message: 'Import refusé', field: null, params: {} },
        errors: [
          { file: 'a.csv', row: 2, column: 'code', value: '', code: 'IMPORT_REQUIRED_VALUE', message: 'x' },
        ],
      },
    }));
    const error = await api.post('/api/import/skus', new FormData()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'IMPORT_REJECTED', message: 'Import refusé' });
    expect((error as ApiError).rowErrors).toHaveLength(1);
  });

  it('writes its own localised sentence when the server cannot be reached or answers without JSON', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(api.get('/api/health')).rejects.toMatchObject({
      code: 'NETWORK',
      message: expect.stringContaining('serveur'),
    });
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    await expect(api.get('/api/health')).rejects.toMatchObject({
      code: 'UNKNOWN',
      message: expect.stringContaining('HTTP 502'),
    });
  });

  it('passes the abort signal to fetch and rejects with the abort, not a network error', async () => {
    const spy = vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    vi.stubGlobal('fetch', spy);
    const controller = new AbortController();
    const pending = api.post('/api/plans/compute', { weeks: 1 }, { signal: controller.signal });
    expect(spy.mock.calls[0]?.[1]?.signal).toBe(controller.signal);
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('sends no signal when none is given, and tells the listeners of a 401 outside /api/auth/', async () => {
    const spy = fakeFetch(() => ({
      status: 401,
      body: { error: { code: 'AUTH_REQUIRED', message: 'Connexion requise', field: null, params: {} } },
    }));
    const signedOut = vi.fn();
    const unsubscribe = onUnauthorized(signedOut);
    const controller = new AbortController();
    await expect(api.post('/api/plans/compute', {}, { signal: controller.signal })).rejects.toMatchObject({
      status: 401,
      code: 'AUTH_REQUIRED',
    });
    expect(signedOut).toHaveBeenCalledTimes(1);
    await api.get('/api/auth/me').catch(() => undefined);
    expect(signedOut).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[1]?.[1]).not.toHaveProperty('signal');
    unsubscribe();
  });
});
