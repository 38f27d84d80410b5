// createApi: the Hono application (OpenAPI routes, session gate, error table, docs, web app) over one AppContext.
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { type Clock, systemClock } from '@logipilot/app/auth/clock';
import { DEFAULT_SESSION_TTL_MINUTES } from '@logipilot/app/auth/login';
import { createMemoryRateLimiter, type LoginRateLimiter } from '@logipilot/app/auth/rate-limiter';
import type { StoreContext } from '@logipilot/app/auth/store-context';
import type { AppConfig } from '@logipilot/app/config';
import type { AppContext } from '@logipilot/app/context';
import { validationError } from '@logipilot/app/masterdata/validate';
import { DomainError } from '@logipilot/domain';
import { DEFAULT_LANG, translate } from '@logipilot/i18n';
import pkg from '../package.json' with { type: 'json' };
import { renderDocsPage } from './docs/docs-page.ts';
import type { RouteDeps } from './http/deps.ts';
import type { ApiEnv } from './http/env.ts';
import { renderError } from './http/error-body.ts';
import { sessionMiddleware } from './http/session-cookie.ts';
import { serveWebApp } from './http/static-files.ts';
import { registerAuditRoutes } from './routes/audit.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerCostingRoutes } from './routes/costing.ts';
import { registerForecastRoutes } from './routes/forecast.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerImportRoutes } from './routes/import.ts';
import { registerKpiRoutes } from './routes/kpi.ts';
import { registerMasterdataRoutes } from './routes/masterdata.ts';
import { registerPlanRoutes } from './routes/plan.ts';
import { registerRosterRoutes } from './routes/roster.ts';
import { registerRosterRequestRoutes } from './routes/roster-requests.ts';
import { registerSiteRoutes } from './routes/site.ts';

export interface ApiOptions {
  /** "Now" for sessions, audit entries and expiry horizons; tests pin it. */
  clock?: Clock;
  /** The built web app; defaults to apps/web/dist beside this package. */
  staticDir?: string;
  /** Login limiter; the default keeps failures in this process's memory. */
  limiter?: LoginRateLimiter;
  sessionTtlMinutes?: number;
}

/** What the API needs of the AppContext (which satisfies it); tests may hand just a store (no history: no run). */
export type ApiContext = StoreContext & {
  config?: Pick<AppConfig, 'sessionTtlHours'>;
  events?: AppContext['events'];
};

/** The Hono application, and what must stop before the stores under it close. */
export type Api = OpenAPIHono<ApiEnv> & {
  /**
   * Cancels the running roster solves (their threads end) and waits until each has stored its best roster: call it
   * once no request can start a solve any more, and before closing the stores.
   */
  close(): Promise<void>;
};

const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

function configuredTtlMinutes(ctx: ApiContext): number | undefined {
  return ctx.config ? ctx.config.sessionTtlHours * 60 : undefined;
}

/**
 * Builds the HTTP API.
 * @example
 * const app = createApi(ctx, { clock: () => new Date('2026-03-02T10:00:00Z') });
 * const res = await app.request('/api/health'); // { status: 'ok', version, store }
 */
export function createApi(ctx: ApiContext, options: ApiOptions = {}): Api {
  const deps: RouteDeps = {
    ctx,
    clock: options.clock ?? systemClock,
    limiter: options.limiter ?? createMemoryRateLimiter(),
    sessionTtlMinutes: options.sessionTtlMinutes ?? configuredTtlMinutes(ctx) ?? DEFAULT_SESSION_TTL_MINUTES,
  };
  const app = new OpenAPIHono<ApiEnv>({
    // Zod failures of params, query and bodies become the same VALIDATION_FAILED error the use cases throw.
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
  });
  app.use('/api/*', sessionMiddleware(ctx, deps.clock));

  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerSiteRoutes(app, deps);
  registerMasterdataRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerPlanRoutes(app, deps);
  const rosterJobs = registerRosterRoutes(app, deps);
  registerRosterRequestRoutes(app, deps);
  registerForecastRoutes(app, deps, ctx.events);
  registerKpiRoutes(app, deps, ctx.events);
  registerCostingRoutes(app, deps, ctx.events);

  let document: ReturnType<typeof app.getOpenAPI31Document> | null = null;
  const openApiDocument = () => {
    document ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: translate('en', 'api.title'),
        version: pkg.version,
        description: translate('en', 'api.description'),
      },
    });
    return document;
  };
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/docs', (c) => {
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.html(renderDocsPage(openApiDocument() as unknown as Record<string, unknown>));
  });
  app.all('/api/*', () => {
    throw new DomainError('NOT_FOUND');
  });
  app.use('*', serveWebApp(options.staticDir ?? DEFAULT_STATIC_DIR));

  app.notFound((c) => {
    const { status, body } = renderError(new DomainError('NOT_FOUND'), c.get('lang') ?? DEFAULT_LANG);
    return c.json(body, status as 404);
  });
  app.onError((error, c) => {
    const { status, body, headers } = renderError(error, c.get('lang') ?? DEFAULT_LANG);
    for (const [k, v] of Object.entries(headers)) c.header(k, v);
    return c.json(body, status as 400);
  });
  return Object.assign(app, { close: () => rosterJobs.close() });
}
