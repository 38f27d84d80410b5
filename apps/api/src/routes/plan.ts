// Activity plans: compute (not stored), save as a version, list, read one, export XLSX/PDF. Never for client viewers.
import { createRoute, z } from '@hono/zod-openapi';
import { computePlan, type PlanContext } from '@logipilot/app/plan/compute-plan';
import { exportPlan, PLAN_EXPORT_FORMATS } from '@logipilot/app/plan/export-plan';
import { assertMayPlan } from '@logipilot/app/plan/plan-policy';
import { MAX_PLAN_WEEKS, PLAN_KINDS } from '@logipilot/app/plan/plan-types';
import { getPlan, listPlans, savePlan } from '@logipilot/app/plan/plan-versions';
import { createMiddleware } from 'hono/factory';
import { attachment } from '../http/attachment.ts';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import type { ApiEnv } from '../http/env.ts';
import { commonErrors, errorResponse, idParamsSchema, notFound } from '../http/schemas.ts';
import { requireSession } from '../http/session-cookie.ts';

/** Client viewers are refused before the body is read: plans hold staff data, and validation answers would leak. */
const mayPlan = createMiddleware<ApiEnv>(async (c, next) => {
  assertMayPlan(requireSession(c).actor);
  await next();
});

const scenarioSchema = z.strictObject({
  volumePct: z.number().min(-50).max(200).optional(),
  productivityPct: z.number().min(-50).max(100).optional(),
  absenteeismPct: z.number().min(0).max(50).optional(),
});

const planRequest = {
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'INVALID_DATE' })
    .openapi({ example: '2026-11-02' }),
  weeks: z.number().int().min(1).max(MAX_PLAN_WEEKS),
  forecastVersionId: z.string().min(1).max(64).optional(),
  scenario: scenarioSchema.optional(),
};
const computeBody = z.strictObject(planRequest).openapi('PlanRequest');
const saveBody = z
  .strictObject({ ...planRequest, name: z.string().trim().min(1).max(120), kind: z.enum(PLAN_KINDS) })
  .openapi('SavePlanRequest');

const message = z.object({
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
  message: z.string(),
});
const totals = z.object({
  hours: z.number(),
  overtimeHours: z.number(),
  tempHours: z.number(),
  shiftExtensionHours: z.number(),
  uncoveredHours: z.number(),
  cost: z.number().openapi({ description: 'cents' }),
  staffCostCents: z.number(),
  leversCostCents: z.number(),
  peakDays: z.number(),
  shortageHeadcount: z.number(),
});
const planResult = z
  .object({
    id: z.string().optional(),
    name: z.string().optional(),
    kind: z.enum(PLAN_KINDS).optional(),
    createdAt: z.string().optional(),
    createdBy: z.string().optional(),
    from: z.string(),
    to: z.string(),
    weeks: z.number(),
    scenario: z.object({ volumePct: z.number(), productivityPct: z.number(), absenteeismPct: z.number() }),
    forecastVersionIds: z.array(z.string()),
    days: z.array(
      z.object({
        date: z.string(),
        peak: z.boolean(),
        status: z.string(),
        activities: z.array(z.object({ activity: z.string(), hours: z.number() })),
        shifts: z.array(
          z.object({
            shift: z.string(),
            qualification: z.string(),
            needed: z.number(),
            available: z.number(),
            gap: z.number(),
          }),
        ),
      }),
    ),
    heatmap: z.array(
      z.object({
        date: z.string(),
        shift: z.string(),
        activity: z.string(),
        hours: z.number(),
        headcount: z.number(),
      }),
    ),
    levers: z.object({
      status: z.enum(['optimal', 'infeasible', 'time_limit']),
      totalCostCents: z.number(),
      lines: z.array(
        z.object({
          kind: z.enum(['overtime', 'temp', 'shift_extension', 'backlog', 'uncovered']),
          day: z.string(),
          shift: z.string(),
          qualification: z.string(),
          employeeId: z.string().optional(),
          employeeName: z.string().optional(),
          hours: z.number(),
          costCents: z.number(),
          reason: z.object({ code: z.string(), params: z.record(z.string(), z.unknown()) }),
          message: z.string(),
        }),
      ),
      explanation: z.array(message),
    }),
    tempOrder: z.array(
      z.object({
        date: z.string(),
        shift: z.string(),
        qualification: z.string(),
        headcount: z.number(),
        hours: z.number(),
      }),
    ),
    totals,
    issues: z.array(message),
  })
  .openapi('PlanResult');

const computeRoute = createRoute({
  method: 'post',
  path: '/api/plans/compute',
  tags: ['plans'],
  summary: 'Compute an activity plan from the stored forecast (not stored)',
  middleware: [mayPlan] as const,
  request: { body: { required: true, content: { 'application/json': { schema: computeBody } } } },
  responses: {
    200: { description: 'The plan', content: { 'application/json': { schema: planResult } } },
    ...commonErrors,
    ...notFound,
  },
});

const saveRoute = createRoute({
  method: 'post',
  path: '/api/plans',
  tags: ['plans'],
  summary: 'Compute and store a plan as an immutable version (baseline or re-plan)',
  middleware: [mayPlan] as const,
  request: { body: { required: true, content: { 'application/json': { schema: saveBody } } } },
  responses: {
    201: { description: 'The stored plan', content: { 'application/json': { schema: planResult } } },
    ...commonErrors,
    ...notFound,
    422: errorResponse('No stored forecast covers the horizon'),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/plans',
  tags: ['plans'],
  summary: 'Stored plans, newest first',
  middleware: [mayPlan] as const,
  responses: {
    200: {
      description: 'The plans',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                kind: z.enum(PLAN_KINDS),
                from: z.string(),
                to: z.string(),
                weeks: z.number(),
                createdAt: z.string(),
                createdBy: z.string(),
                totals,
              }),
            ),
            total: z.number(),
          }),
        },
      },
    },
    ...commonErrors,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/plans/{id}',
  tags: ['plans'],
  summary: 'One stored plan, messages in the request language',
  middleware: [mayPlan] as const,
  request: { params: idParamsSchema },
  responses: {
    200: { description: 'The plan', content: { 'application/json': { schema: planResult } } },
    ...commonErrors,
    ...notFound,
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/plans/{id}/export',
  tags: ['plans'],
  summary: 'Download a stored plan as XLSX or PDF (A4 landscape)',
  middleware: [mayPlan] as const,
  request: {
    params: idParamsSchema,
    query: z.strictObject({
      format: z.enum(PLAN_EXPORT_FORMATS).default('xlsx'),
      lang: z.enum(['fr', 'en']).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The file (Content-Disposition: attachment)',
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().openapi({ format: 'binary' }),
        },
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    ...commonErrors,
    ...notFound,
  },
});

export function registerPlanRoutes(app: ApiApp, deps: RouteDeps): void {
  // The AppContext a server runs on also holds the event store: the plan then names the flows the forecast lacks.
  const ctx = deps.ctx as PlanContext;
  app.openapi(computeRoute, async (c) => {
    const plan = await computePlan(ctx, requireSession(c).actor, c.req.valid('json'), {
      lang: c.get('lang'),
    });
    return c.json(plan, 200);
  });
  app.openapi(saveRoute, async (c) => {
    const plan = await savePlan(ctx, requireSession(c).actor, c.req.valid('json'), {
      lang: c.get('lang'),
      now: deps.clock(),
    });
    return c.json(plan, 201);
  });
  app.openapi(listRoute, async (c) => c.json(await listPlans(ctx, requireSession(c).actor), 200));
  app.openapi(getRoute, async (c) =>
    c.json(await getPlan(ctx, requireSession(c).actor, c.req.valid('param').id, c.get('lang')), 200),
  );
  app.openapi(exportRoute, async (c) => {
    const query = c.req.valid('query');
    const file = await exportPlan(
      ctx,
      requireSession(c).actor,
      c.req.valid('param').id,
      query.format,
      query.lang ?? c.get('lang'),
    );
    return c.body(file.bytes as never, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': attachment(file.fileName),
    });
  });
}
