// Forecasts: stored versions (list, one with its values and series results), a statistical run, manual edits.
import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '@logipilot/app/context';
import { forecastReasonMessage } from '@logipilot/app/forecast/forecast-messages';
import { FORECAST_NAME_MAX } from '@logipilot/app/forecast/forecast-schemas';
import {
  editForecast,
  getForecastVersion,
  listForecastVersions,
} from '@logipilot/app/forecast/forecast-versions';
import { runStatisticalForecast } from '@logipilot/app/forecast/run-statistical-forecast';
import { can, DomainError, FLOW_KINDS, type Permission } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import { createMiddleware } from 'hono/factory';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import type { ApiEnv } from '../http/env.ts';
import { commonErrors, idParamsSchema, notFound } from '../http/schemas.ts';
import { requireSession } from '../http/session-cookie.ts';

/** Refuses a role without the permission before the body is read: a client viewer gets 403, never a 400. */
const requirePermission = (permission: Permission) =>
  createMiddleware<ApiEnv>(async (c, next) => {
    const { actor } = requireSession(c);
    if (!can(actor.role, permission) || actor.clientId !== null)
      throw new DomainError('FORBIDDEN', { params: { permission } });
    await next();
  });

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const flow = z.enum(FLOW_KINDS);

const versionSchema = z
  .object({
    id: z.string(),
    number: z.number(),
    name: z.string(),
    kind: z.enum(['input', 'statistical']),
    createdAt: z.string(),
    createdBy: z.string(),
    basedOn: z.string().nullable(),
    note: z.string(),
    params: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('ForecastVersion');

const reasonSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
const pointSchema = z.object({ day: z.string(), value: z.number(), lower: z.number(), upper: z.number() });
const candidateSchema = z.object({
  method: z.string(),
  wape: z.number().nullable(),
  mape: z.number().nullable(),
  bias: z.number().nullable(),
  coverage: z.number().nullable(),
});
const accuracySchema = z
  .object({
    wape: z.number().nullable(),
    mape: z.number().nullable(),
    mapeSkipped: z.number(),
    bias: z.number().nullable(),
    points: z.number(),
  })
  .nullable();

const seriesResultSchema = z.object({
  clientId: z.string(),
  flow,
  method: z.string(),
  candidates: z.array(candidateSchema),
  accuracy: accuracySchema,
  intervalCoverageOnHoldout: z.number().nullable(),
  reasons: z.array(reasonSchema),
  points: z.array(pointSchema),
});

const detailSchema = z
  .object({
    version: versionSchema,
    volumes: z.array(
      z.object({
        clientId: z.string(),
        clientCode: z.string(),
        flow,
        day: z.string(),
        hour: z.number().nullable(),
        quantity: z.number(),
        source: z.enum(['import', 'manual', 'statistical']),
      }),
    ),
    series: z.array(seriesResultSchema),
  })
  .openapi('ForecastVersionDetail');

const runResultSchema = z
  .object({
    version: versionSchema,
    asOf: z.string(),
    history: z.object({ from: z.string(), to: z.string() }),
    horizonDays: z.number(),
    holdoutDays: z.number(),
    coverage: z.number(),
    series: z.array(
      seriesResultSchema.omit({ points: true }).extend({
        clientCode: z.string(),
        historyDays: z.number(),
        forecast: z.array(pointSchema),
      }),
    ),
  })
  .openapi('ForecastRun');

const listRoute = createRoute({
  method: 'get',
  path: '/api/forecasts',
  tags: ['forecasts'],
  summary: 'Forecast versions, newest first',
  responses: {
    200: {
      description: 'The versions',
      content: { 'application/json': { schema: z.object({ items: z.array(versionSchema) }) } },
    },
    ...commonErrors,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/forecasts/{id}',
  tags: ['forecasts'],
  summary:
    'One version: its volumes and, for a statistical run, each series with method, accuracy and intervals',
  request: {
    params: idParamsSchema,
    query: z.strictObject({
      clientId: z.string().min(1).max(64).optional(),
      flow: flow.optional(),
      from: isoDay.optional(),
      to: isoDay.optional(),
    }),
  },
  responses: {
    200: { description: 'The version', content: { 'application/json': { schema: detailSchema } } },
    ...commonErrors,
    ...notFound,
  },
});

const runRoute = createRoute({
  method: 'post',
  path: '/api/forecasts/run',
  tags: ['forecasts'],
  summary: 'Compute a statistical forecast from the daily history and store it as a new version',
  middleware: [requirePermission('masterdata:write')] as const,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.strictObject({
            flow: flow.optional(),
            clientId: z.string().min(1).max(64).optional(),
            horizonDays: z.number().int().min(1).max(731),
            holdoutDays: z.number().int().min(0).max(731).optional(),
            coverage: z.number().gt(0).lt(1).optional(),
            asOf: isoDay.optional(),
            name: z.string().trim().min(1).max(FORECAST_NAME_MAX).optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: 'The stored run', content: { 'application/json': { schema: runResultSchema } } },
    ...commonErrors,
    503: { description: 'The event history is not available' },
  },
});

const editsRoute = createRoute({
  method: 'post',
  path: '/api/forecasts/{id}/edits',
  tags: ['forecasts'],
  summary: 'Copy a version with changes into a new input version (the original never changes)',
  middleware: [requirePermission('masterdata:write')] as const,
  request: {
    params: idParamsSchema,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.strictObject({
            name: z.string().trim().min(1).max(FORECAST_NAME_MAX),
            note: z.string().max(1000).optional(),
            changes: z
              .array(
                z.strictObject({
                  clientCode: z.string().min(1).max(64).optional(),
                  clientId: z.string().min(1).max(64).optional(),
                  flow,
                  day: isoDay,
                  hour: z.number().int().min(0).max(23).nullable().optional(),
                  quantity: z.number().min(0),
                }),
              )
              .min(1)
              .max(20_000),
          }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The new version',
      content: { 'application/json': { schema: z.object({ version: versionSchema }) } },
    },
    ...commonErrors,
    ...notFound,
  },
});

const withoutSite = <T extends { siteId: string }>({ siteId: _siteId, ...rest }: T) => rest;

type Reason = { code: string; params: Record<string, string | number> };
const worded = (lang: Lang, reasons: unknown[]) =>
  (reasons as Reason[]).map((r) => ({ ...r, message: forecastReasonMessage(lang, r) }));

/** `events` is the history the run reads; an API built over the store alone (tests) answers 503 to a run. */
export function registerForecastRoutes(
  app: ApiApp,
  deps: RouteDeps,
  events: AppContext['events'] | undefined,
): void {
  app.openapi(listRoute, async (c) => {
    const versions = await listForecastVersions(deps.ctx, requireSession(c).actor);
    return c.json({ items: versions.map(withoutSite) }, 200);
  });

  // Before {id}: "run" is not a version id.
  app.openapi(runRoute, async (c) => {
    if (!events) throw new DomainError('EVENT_STORE_CLOSED');
    const body = c.req.valid('json');
    const result = await runStatisticalForecast(
      { db: deps.ctx.db, events },
      requireSession(c).actor,
      body,
      undefined,
      deps.clock(),
    );
    const lang = c.get('lang');
    return c.json(
      {
        ...result,
        version: withoutSite(result.version),
        series: result.series.map((s) => ({ ...s, reasons: worded(lang, s.reasons) })),
      },
      201,
    );
  });

  app.openapi(getRoute, async (c) => {
    const detail = await getForecastVersion(
      deps.ctx,
      requireSession(c).actor,
      c.req.valid('param').id,
      c.req.valid('query'),
    );
    const lang = c.get('lang');
    return c.json(
      {
        version: withoutSite(detail.version),
        volumes: detail.volumes,
        // Stored as JSON: these are the solver's shapes, written by runStatisticalForecast only.
        series: detail.series.map((s) => ({
          ...s,
          candidates: s.candidates as z.infer<typeof candidateSchema>[],
          accuracy: s.accuracy as z.infer<typeof accuracySchema>,
          reasons: worded(lang, s.reasons),
        })),
      },
      200,
    );
  });

  app.openapi(editsRoute, async (c) => {
    const version = await editForecast(
      deps.ctx,
      requireSession(c).actor,
      c.req.valid('param').id,
      c.req.valid('json'),
      deps.clock(),
    );
    return c.json({ version: withoutSite(version) }, 201);
  });
}
