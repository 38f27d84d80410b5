// The configuration: defaults, environment variables, caller overrides, and invalid values as CONFIG_INVALID.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to PGlite and DuckDB in ./data, port 3000, French', () => {
    const config = loadConfig({}, {});
    expect(config).toEqual({
      dataDir: resolve('data'),
      store: { kind: 'pglite', dataDir: resolve('data') },
      events: { kind: 'duckdb', path: resolve('data', 'events.duckdb') },
      host: '127.0.0.1',
      port: 3000,
      lang: 'fr',
      sessionTtlHours: 12,
      logLevel: 'info',
      workers: 0,
    });
  });

  it('reads the environment, and lets the caller override it', () => {
    const env = {
      LOGIPILOT_DATA_DIR: '/srv/logipilot',
      PORT: '8080',
      LOGIPILOT_LANG: 'en',
      LOGIPILOT_SESSION_TTL_HOURS: '8',
      LOGIPILOT_HOST: '',
    };
    const config = loadConfig({ port: 9000 }, env);
    expect(config).toMatchObject({ dataDir: '/srv/logipilot', port: 9000, lang: 'en', sessionTtlHours: 8 });
    expect(config.host).toBe('127.0.0.1');
  });

  it('uses PostgreSQL for both stores when DATABASE_URL is set', () => {
    const config = loadConfig(
      {},
      { DATABASE_URL: 'postgres://u@db:5432/lp', LOGIPILOT_DATABASE_SCHEMA: 'site_a' },
    );
    expect(config.store).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/lp', schema: 'site_a' });
    expect(config.events).toEqual({ kind: 'postgres' });
    expect(loadConfig({ databaseUrl: null }, { DATABASE_URL: 'postgres://u@db/lp' }).store.kind).toBe(
      'pglite',
    );
  });

  it('reports an invalid value with the variable that holds it', () => {
    expect(() => loadConfig({}, { PORT: 'abc' })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID', params: { field: 'PORT', reason: 'INVALID_TYPE' } }),
    );
    expect(() => loadConfig({}, { DATABASE_URL: 'mysql://x' })).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        params: { field: 'DATABASE_URL', reason: 'INVALID_DATABASE_URL' },
      }),
    );
    expect(() => loadConfig({ lang: 'de' as 'fr' }, {})).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID' }),
    );
  });
});
