// KPI dashboard routes: tiles per period and breakdown, SPC drifts and their charts, drift records, each user's
// layout, fact recomputation, history imports and the monthly report download.
import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '@logipilot/app/context';
import { getDashboardLayout, saveDashboardLayout } from '@logipilot/app/kpi/dashboard-layout';
import { detectDrifts, driftChart } from '@logipilot/app/kpi/drift-detection';
import { listDriftRecords, takeOverAlert } from '@logipilot/app/kpi/drift-records';
import { importHistory } from '@logipilot/app/kpi/import-history';
import { kpiBoard } from '@logipilot/app/kpi/kpi-board';
import { listKpiTargets, setKpiTarget } from '@logipilot/app/kpi/kpi-targets';
import { monthlyKpiReport } from '@logipilot/app/kpi/monthly-report';
import { recomputeKpiFacts } from '@logipilot/app/kpi/recompute-kpis';
import {
  can,
  DIMENSIONS,
  DomainError,
  HISTORY_KINDS,
  KPI_FAMILIES,
  KPIS,
  TRAFFIC_LIGHTS,
  TRENDS,
} from '@logipilot/domain';
import { createMiddleware } from 'hono/factory';
import { attachment } from '../http/attachment.ts';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import type { ApiEnv } from '../http/env.ts';
import { commonErrors, errorResponse, notFound } from '../http/schemas.ts';
import { requireSession } from '../http/session-cookie.ts';

/**
 * Recomputing, importing and taking over an alert change what everybody reads: refused before the body is read,
 * so that a client viewer gets 403, never a validation answer.
 */
const requireKpiWrite = createMiddleware<ApiEnv>(async (c, next) => {
  const { actor } = requireSession(c);
  if (!can(actor.role, 'import:run') || actor.clientId !== null)
    throw new DomainError('FORBIDDEN', { params: { permission: 'import:run' } });
  await next();
});

/** Targets are master data: refused before the body is read to a role that may not change them. */
const requireTargetWrite = createMiddleware<ApiEnv>(async (c, next) => {
  const { actor } = requireSession(c);
  if (!can(actor.role, 'masterdata:write') || actor.clientId !== null)
    throw new DomainError('FORBIDDEN', { params: { permission: 'masterdata:write' } });
  await next();
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const dimension = z.enum(DIMENSIONS);
const KPI_IDS = KPIS.map((k) => k.id) as [string, ...string[]];
/** A comma-separated list in a query string (`keys=a,b`). */
const list = z
  .string()
  .max(4000)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== ''),
  );

const tileSchema = z.object({
  id: z.string(),
  family: z.enum(KPI_FAMILIES),
  unit: z.string(),
  direction: z.enum(['up', 'down']),
  group: z.string(),
  window: z.enum(['period', 'rolling_year']),
  value: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number(),
  target: z.number().nullable(),
  tolerance: z.number().nullable(),
  status: z.enum(TRAFFIC_LIGHTS),
  previous: z.number().nullable(),
  lastYear: z.number().nullable(),
  trend: z.enum(TRENDS).nullable(),
  spark: z.array(z.object({ period: z.string(), value: z.number().nullable() })),
});
const rangeSchema = z.object({ from: z.string(), to: z.string() });

const boardSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    groupBy: dimension,
    client: z.string(),
    groups: z.array(z.string()),
    previous: rangeSchema,
    lastYear: rangeSchema,
    sparkPeriod: z.enum(['week', 'month']),
    tiles: z.array(tileSchema),
  })
  .openapi('KpiBoard');

const alertSchema = z.object({
  id: z.string(),
  kpiId: z.string(),
  dimension,
  key: z.string(),
  chart: z.enum(['p', 'u', 'xmr']),
  rule: z.string(),
  side: z.string(),
  firedAt: z.string(),
  start: z.string(),
  end: z.string(),
  dates: z.array(z.string()),
  /** Each rule that fired in this drift, with its own points. */
  signals: z
    .array(z.object({ rule: z.string(), side: z.string(), firedAt: z.string(), dates: z.array(z.string()) }))
    .optional(),
  value: z.number(),
  centre: z.number(),
  lcl: z.number(),
  ucl: z.number(),
});

const driftsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    baseline: rangeSchema,
    series: z.number(),
    alerts: z.array(alertSchema),
  })
  .openapi('KpiDrifts');

const chartSchema = z
  .object({
    kpiId: z.string(),
    dimension,
    key: z.string(),
    chart: z.enum(['p', 'u', 'xmr']),
    /** Multiply the points by `scale` for the KPI's unit (1 when they already are). */
    scale: z.number(),
    points: z.array(
      z.object({
        date: z.string(),
        value: z.number(),
        centre: z.number(),
        lcl: z.number(),
        ucl: z.number(),
        zone: z.string(),
        z: z.number().nullable(),
        baseline: z.boolean(),
      }),
    ),
  })
  .nullable()
  .openapi('KpiDriftChart');

const recordSchema = z.object({
  id: z.string(),
  alertId: z.string(),
  kpiId: z.string(),
  dimension: z.string(),
  key: z.string(),
  rule: z.string(),
  start: z.string(),
  firedAt: z.string(),
  value: z.number(),
  centre: z.number(),
  status: z.string(),
  note: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});

const layoutSchema = z
  .strictObject({
    tiles: z.array(z.enum(KPI_IDS)).min(1).max(KPI_IDS.length),
    period: z.enum(['week', 'month']).optional(),
  })
  .openapi('KpiLayout');

const boardRoute = createRoute({
  method: 'get',
  path: '/api/kpi/board',
  tags: ['kpi'],
  summary:
    'KPI tiles of a period (default: the current month) by breakdown: value, target, light, trend, comparisons',
  request: {
    query: z.strictObject({
      from: isoDay.optional(),
      to: isoDay.optional(),
      groupBy: dimension.optional(),
      keys: list.optional(),
      kpiIds: list.optional(),
      family: z.enum(KPI_FAMILIES).optional(),
      /** Activity, team or operator figures of this client alone (drill-down below a client). */
      client: z.string().min(1).max(64).optional(),
    }),
  },
  responses: {
    200: { description: 'The tiles', content: { 'application/json': { schema: boardSchema } } },
    ...commonErrors,
  },
});

const driftsRoute = createRoute({
  method: 'get',
  path: '/api/kpi/drifts',
  tags: ['kpi'],
  summary: 'SPC alerts of a period (default: the current month), limits from the year before',
  request: {
    query: z.strictObject({
      from: isoDay.optional(),
      to: isoDay.optional(),
      dimension: dimension.optional(),
      kpiIds: list.optional(),
    }),
  },
  responses: {
    200: {
      description: 'The alerts, newest first',
      content: { 'application/json': { schema: driftsSchema } },
    },
    ...commonErrors,
  },
});

const chartRoute = createRoute({
  method: 'get',
  path: '/api/kpi/drift-chart',
  tags: ['kpi'],
  summary: 'The control chart of one KPI and key (null when the history is too short for limits)',
  request: {
    query: z.strictObject({
      kpiId: z.string().min(1).max(64),
      dimension,
      /** The breakdown key; none for the site. */
      key: z.string().max(200).default(''),
      from: isoDay,
      to: isoDay,
    }),
  },
  responses: {
    200: { description: 'The chart', content: { 'application/json': { schema: chartSchema } } },
    ...commonErrors,
    ...notFound,
  },
});

const takeOverRoute = createRoute({
  method: 'post',
  path: '/api/kpi/drift-records',
  tags: ['kpi'],
  summary: 'Take an alert over: a drift record for the quality module (once per alert)',
  middleware: [requireKpiWrite] as const,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.strictObject({
            alertId: z.string().min(1).max(300),
            from: isoDay,
            to: isoDay,
            note: z.string().max(2000).optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Created',
      content: { 'application/json': { schema: z.object({ record: recordSchema, created: z.boolean() }) } },
    },
    200: {
      description: 'Already taken over: the existing record',
      content: { 'application/json': { schema: z.object({ record: recordSchema, created: z.boolean() }) } },
    },
    ...commonErrors,
    ...notFound,
  },
});

const recordsRoute = createRoute({
  method: 'get',
  path: '/api/kpi/drift-records',
  tags: ['kpi'],
  summary: 'Drift records taken over',
  responses: {
    200: {
      description: 'The records',
      content: { 'application/json': { schema: z.object({ items: z.array(recordSchema) }) } },
    },
    ...commonErrors,
  },
});

const getLayoutRoute = createRoute({
  method: 'get',
  path: '/api/kpi/layout',
  tags: ['kpi'],
  summary: "The signed-in user's dashboard: KPI tiles in order and the period shown",
  responses: {
    200: { description: 'The layout', content: { 'application/json': { schema: layoutSchema } } },
    ...commonErrors,
  },
});

const putLayoutRoute = createRoute({
  method: 'put',
  path: '/api/kpi/layout',
  tags: ['kpi'],
  summary: "Save the signed-in user's dashboard",
  request: { body: { required: true, content: { 'application/json': { schema: layoutSchema } } } },
  responses: {
    200: { description: 'The saved layout', content: { 'application/json': { schema: layoutSchema } } },
    ...commonErrors,
  },
});

const targetSchema = z
  .object({
    kpiId: z.string(),
    clientId: z.string(),
    from: z.string(),
    target: z.number(),
    tolerance: z.number(),
    source: z.string(),
  })
  .openapi('KpiTarget');

const listTargetsRoute = createRoute({
  method: 'get',
  path: '/api/kpi/targets',
  tags: ['kpi'],
  summary: 'KPI targets over time (from a month on), for the site and per client',
  responses: {
    200: { description: 'The targets', content: { 'application/json': { schema: z.array(targetSchema) } } },
    ...commonErrors,
  },
});

const putTargetRoute = createRoute({
  method: 'put',
  path: '/api/kpi/targets',
  tags: ['kpi'],
  summary: 'Set the target of a KPI from a month on (the site, or one client)',
  middleware: [requireTargetWrite] as const,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.strictObject({
            kpiId: z.string().min(1).max(64),
            clientId: z.string().max(64).optional(),
            from: isoDay,
            target: z.number(),
            tolerance: z.number(),
          }),
        },
      },
    },
  },
  responses: {
    200: { description: 'The target set', content: { 'application/json': { schema: targetSchema } } },
    ...commonErrors,
  },
});

const recomputeRoute = createRoute({
  method: 'post',
  path: '/api/kpi/recompute',
  tags: ['kpi'],
  summary: 'Rebuild the daily KPI facts of a period (default: the whole history) from the event history',
  middleware: [requireKpiWrite] as const,
  request: {
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z.strictObject({ from: isoDay.optional(), to: isoDay.optional() }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Rebuilt',
      content: {
        'application/json': { schema: z.object({ from: z.string(), to: z.string(), rows: z.number() }) },
      },
    },
    ...commonErrors,
    503: { description: 'The event history is not available' },
  },
});

const uploadedFile = z
  .custom<File>((v) => v instanceof File, { message: 'FILE_REQUIRED' })
  .openapi({ type: 'string', format: 'binary' });

const importRoute = createRoute({
  method: 'post',
  path: '/api/kpi/import/{kind}',
  tags: ['kpi'],
  summary:
    'Import a WMS export (CSV or XLSX) into the event history; nothing is imported when one row is wrong',
  middleware: [requireKpiWrite] as const,
  request: {
    // Checked by the use case (IMPORT_UNKNOWN_ENTITY, with the allowed kinds), after the file's own checks.
    params: z.strictObject({
      kind: z
        .string()
        .min(1)
        .max(40)
        .openapi({ param: { name: 'kind', in: 'path' }, enum: [...HISTORY_KINDS] }),
    }),
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.strictObject({ file: uploadedFile, dryRun: z.enum(['true', 'false']).optional() }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Imported (or checked, with dryRun)',
      content: {
        'application/json': {
          schema: z.object({
            kind: z.string(),
            file: z.string(),
            imported: z.number(),
            rows: z.number(),
            dryRun: z.boolean(),
            ignoredColumns: z.array(z.string()),
          }),
        },
      },
    },
    ...commonErrors,
    422: errorResponse('IMPORT_REJECTED: `errors` lists every faulty cell (file, row, column, value, code)'),
    503: { description: 'The event history is not available' },
  },
});

const reportRoute = createRoute({
  method: 'get',
  path: '/api/kpi/report',
  tags: ['kpi'],
  summary: 'The monthly KPI report (default: the last complete month) as PDF or XLSX',
  request: {
    // A plain download link sends no X-Logipilot-Lang header: the web app names its language here.
    query: z.strictObject({
      month: z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
        .optional(),
      format: z.enum(['pdf', 'xlsx']).optional(),
      lang: z.enum(['fr', 'en']).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The report (Content-Disposition: attachment)',
      content: {
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().openapi({ format: 'binary' }),
        },
      },
    },
    ...commonErrors,
  },
});

/** The calendar month holding `day` (ISO), first and last days. */
function monthOf(day: string): { from: string; to: string } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

function previousMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** `events` is the history imports and recomputation need; an API over the store alone answers 503 to those. */
export function registerKpiRoutes(
  app: ApiApp,
  deps: RouteDeps,
  events: AppContext['events'] | undefined,
): void {
  const today = () => deps.clock().toISOString().slice(0, 10);
  /** A range given in part: the missing end from the current month. */
  const range = (q: { from?: string | undefined; to?: string | undefined }) => {
    const month = monthOf(q.from ?? q.to ?? today());
    return { from: q.from ?? month.from, to: q.to ?? month.to };
  };

  app.openapi(boardRoute, async (c) => {
    const { actor } = requireSession(c);
    const q = c.req.valid('query');
    const board = await kpiBoard(events ? { ...deps.ctx, events } : deps.ctx, actor, {
      siteId: actor.siteId,
      ...range(q),
      ...(q.groupBy ? { groupBy: q.groupBy } : {}),
      ...(q.keys ? { keys: q.keys } : {}),
      ...(q.kpiIds ? { kpiIds: q.kpiIds } : {}),
      ...(q.family ? { family: q.family } : {}),
      ...(q.client ? { client: q.client } : {}),
    });
    const { siteId: _siteId, ...rest } = board;
    return c.json(rest, 200);
  });

  app.openapi(driftsRoute, async (c) => {
    const { actor } = requireSession(c);
    const q = c.req.valid('query');
    // A client viewer watches its own client's charts.
    const own = actor.clientId === null ? {} : { dimension: q.dimension ?? 'client', keys: [actor.clientId] };
    const report = await detectDrifts(deps.ctx, actor, {
      siteId: actor.siteId,
      ...range(q),
      ...(q.dimension ? { dimension: q.dimension } : {}),
      ...own,
      ...(q.kpiIds ? { kpiIds: q.kpiIds } : {}),
    });
    return c.json(
      {
        from: report.from,
        to: report.to,
        baseline: report.baseline,
        series: report.series,
        alerts: report.alerts,
      },
      200,
    );
  });

  app.openapi(chartRoute, async (c) => {
    const { actor } = requireSession(c);
    const chart = await driftChart(deps.ctx, actor, { siteId: actor.siteId, ...c.req.valid('query') });
    if (!chart) return c.json(null, 200);
    return c.json(
      {
        ...chart,
        points: chart.points.map((p) => ({
          date: p.date,
          value: p.value,
          centre: p.centre,
          lcl: p.lcl,
          ucl: p.ucl,
          zone: p.zone,
          // JSON has no infinity: a point off a zero-sigma centre has no finite z.
          z: Number.isFinite(p.z) ? p.z : null,
          baseline: p.baseline,
        })),
      },
      200,
    );
  });

  app.openapi(takeOverRoute, async (c) => {
    const { actor } = requireSession(c);
    const body = c.req.valid('json');
    const { record, created } = await takeOverAlert(deps.ctx, actor, {
      siteId: actor.siteId,
      alertId: body.alertId,
      from: body.from,
      to: body.to,
      ...(body.note === undefined ? {} : { note: body.note }),
    });
    const { siteId: _siteId, ...rest } = record;
    return c.json({ record: rest, created }, created ? 201 : 200);
  });

  app.openapi(recordsRoute, async (c) => {
    const { actor } = requireSession(c);
    const records = await listDriftRecords(deps.ctx, actor, actor.siteId);
    return c.json({ items: records.map(({ siteId: _siteId, ...r }) => r) }, 200);
  });

  app.openapi(getLayoutRoute, async (c) => {
    return c.json(await getDashboardLayout(deps.ctx, requireSession(c).actor), 200);
  });

  app.openapi(listTargetsRoute, async (c) => {
    const { actor } = requireSession(c);
    const targets = await listKpiTargets(deps.ctx, actor);
    return c.json(
      targets.map(({ siteId: _siteId, ...t }) => t),
      200,
    );
  });

  app.openapi(putTargetRoute, async (c) => {
    const { actor } = requireSession(c);
    const { siteId: _siteId, ...saved } = await setKpiTarget(deps.ctx, actor, c.req.valid('json'));
    return c.json(saved, 200);
  });

  app.openapi(putLayoutRoute, async (c) => {
    return c.json(await saveDashboardLayout(deps.ctx, requireSession(c).actor, c.req.valid('json')), 200);
  });

  app.openapi(recomputeRoute, async (c) => {
    if (!events) throw new DomainError('EVENT_STORE_CLOSED');
    const { actor } = requireSession(c);
    const body = c.req.valid('json');
    const result = await recomputeKpiFacts({ db: deps.ctx.db, events }, actor, {
      siteId: actor.siteId,
      ...(body.from === undefined ? {} : { from: body.from }),
      ...(body.to === undefined ? {} : { to: body.to }),
    });
    return c.json({ from: result.from, to: result.to, rows: result.rows }, 200);
  });

  app.openapi(importRoute, async (c) => {
    if (!events) throw new DomainError('EVENT_STORE_CLOSED');
    const { actor } = requireSession(c);
    const form = c.req.valid('form');
    const result = await importHistory({ db: deps.ctx.db, events }, actor, {
      siteId: actor.siteId,
      kind: c.req.valid('param').kind,
      fileName: form.file.name,
      bytes: new Uint8Array(await form.file.arrayBuffer()),
      dryRun: form.dryRun === 'true',
    });
    return c.json(result, 200);
  });

  app.openapi(reportRoute, async (c) => {
    const { actor } = requireSession(c);
    const q = c.req.valid('query');
    const report = await monthlyKpiReport(deps.ctx, actor, {
      siteId: actor.siteId,
      month: q.month ?? previousMonth(today()),
      lang: q.lang ?? c.get('lang'),
      format: q.format ?? 'pdf',
    });
    return c.body(report.bytes as never, 200, {
      'Content-Type': report.contentType,
      'Content-Disposition': attachment(report.fileName),
    }) as never;
  });
}
