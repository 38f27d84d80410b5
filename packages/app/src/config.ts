// The one application configuration, validated with zod; the only module in the repository that reads process.env.
import { resolve } from 'node:path';
import { DomainError, zodErrorToDetails } from '@logipilot/domain';
import { z } from 'zod';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const rawConfigSchema = z.strictObject({
  dataDir: z.string().trim().min(1).default('./data'),
  databaseUrl: z
    .string()
    .trim()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), { message: 'INVALID_DATABASE_URL' })
    .nullable()
    .default(null),
  databaseSchema: z
    .string()
    .refine((v) => SCHEMA_NAME.test(v), { message: 'INVALID_SCHEMA_NAME' })
    .nullable()
    .default(null),
  host: z.string().trim().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65_535).default(3000),
  lang: z.enum(['fr', 'en']).default('fr'),
  sessionTtlHours: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  logLevel: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
  /** Solver worker threads; 0 = decided from the CPU count by the job pool. */
  workers: z.coerce.number().int().min(0).max(64).default(0),
});

/** What may be set, by environment variable or by the caller (CLI flags, tests); callers win. */
export type ConfigOverrides = {
  [K in keyof z.input<typeof rawConfigSchema>]?: z.input<typeof rawConfigSchema>[K];
};

export type StoreConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; schema?: string };

export interface AppConfig {
  /** Absolute path of the data folder (PGlite files, DuckDB events, the lock). */
  dataDir: string;
  /** Operational store: PGlite in dataDir, or the PostgreSQL server of DATABASE_URL. */
  store: StoreConfig;
  /** Event store: a DuckDB file in dataDir, or the same PostgreSQL server as the operational store. */
  events: { kind: 'duckdb'; path: string } | { kind: 'postgres' };
  host: string;
  port: number;
  lang: 'fr' | 'en';
  sessionTtlHours: number;
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  workers: number;
}

/** Environment variable → configuration field. */
export const CONFIG_ENV: Record<keyof ConfigOverrides, string> = {
  dataDir: 'LOGIPILOT_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  databaseSchema: 'LOGIPILOT_DATABASE_SCHEMA',
  host: 'LOGIPILOT_HOST',
  port: 'PORT',
  lang: 'LOGIPILOT_LANG',
  sessionTtlHours: 'LOGIPILOT_SESSION_TTL_HOURS',
  logLevel: 'LOGIPILOT_LOG_LEVEL',
  workers: 'LOGIPILOT_WORKERS',
};

function fromEnv(env: Readonly<Record<string, string | undefined>>): ConfigOverrides {
  const out: Record<string, string> = {};
  for (const [field, name] of Object.entries(CONFIG_ENV)) {
    const value = env[name]?.trim();
    // An empty variable (`PORT=`) means "not set", as shells and .env files commonly write it.
    if (value) out[field] = value;
  }
  return out as ConfigOverrides;
}

/**
 * Builds the configuration: defaults, then environment variables, then `overrides`. Throws CONFIG_INVALID with the
 * failing field (e.g. `PORT=abc`).
 * @example loadConfig({ dataDir: '/tmp/site' }).store // { kind: 'pglite', dataDir: '/tmp/site' }
 */
export function loadConfig(
  overrides: ConfigOverrides = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): AppConfig {
  const parsed = rawConfigSchema.safeParse({ ...fromEnv(env), ...overrides });
  if (!parsed.success) {
    const details = zodErrorToDetails(parsed.error);
    const first = details[0];
    const field = first?.field ?? '';
    const variable = CONFIG_ENV[field as keyof ConfigOverrides] ?? field;
    throw new DomainError('CONFIG_INVALID', {
      field,
      params: { field: variable, reason: first?.code ?? 'INVALID_VALUE' },
      details,
    });
  }
  const raw = parsed.data;
  const dataDir = resolve(raw.dataDir);
  const store: StoreConfig = raw.databaseUrl
    ? {
        kind: 'postgres',
        url: raw.databaseUrl,
        ...(raw.databaseSchema ? { schema: raw.databaseSchema } : {}),
      }
    : { kind: 'pglite', dataDir };
  return {
    dataDir,
    store,
    events:
      store.kind === 'postgres'
        ? { kind: 'postgres' }
        : { kind: 'duckdb', path: resolve(dataDir, 'events.duckdb') },
    host: raw.host,
    port: raw.port,
    lang: raw.lang,
    sessionTtlHours: raw.sessionTtlHours,
    logLevel: raw.logLevel,
    workers: raw.workers,
  };
}
