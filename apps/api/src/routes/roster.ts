// Rosters: start a solve (a background job of this process), follow or cancel it, list and read stored rosters, edit a
// draft's cells, start a draft from a published roster, publish, export. Never for client viewers.
import { createRoute, z } from '@hono/zod-openapi';
import { renderRosterDocument } from '@logipilot/app/roster/export-roster';
import { RosterJobs } from '@logipilot/app/roster/roster-jobs';
import { assertMayReadRosters } from '@logipilot/app/roster/roster-policy';
import {
  ROSTER_DOCUMENTS,
  ROSTER_EXPORT_FORMATS,
  ROSTER_JOB_STATES,
  ROSTER_STATUSES,
  rosterCellEditSchema,
  rosterSolveRequestSchema,
} from '@logipilot/app/roster/roster-types';
import {
  draftFromRoster,
  editRosterCells,
  getRoster,
  listRosters,
  MAX_CELL_EDITS,
  publishRoster,
  publishRosterSchema,
} from '@logipilot/app/roster/roster-versions';
import { explainUncovered } from '@logipilot/app/roster/roster-why';
import { createMiddleware } from 'hono/factory';
import { attachment } from '../http/attachment.ts';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import type { ApiEnv } from '../http/env.ts';
import { commonErrors, errorResponse, idParamsSchema, notFound } from '../http/schemas.ts';
import { requireSession } from '../http/session-cookie.ts';

/** Client viewers are refused before the body is read: rosters hold staff data, and validation answers would leak. */
const mayReadRosters = createMiddleware<ApiEnv>(async (c, next) => {
  assertMayReadRosters(requireSession(c).actor);
  await next();
});

const score = z.object({ hard: z.number(), soft: z.number() });
const rosterStatus = z.enum(ROSTER_STATUSES);

const jobView = z
  .object({
    id: z.string(),
    state: z.enum(ROSTER_JOB_STATES),
    fraction: z.number(),
    elapsedMs: z.number(),
    timeLimitSeconds: z.number(),
    best: score.nullable(),
    rosterId: z.string().nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  })
  .openapi('RosterJob');

const assignment = z.object({
  employeeId: z.string(),
  day: z.string(),
  shift: z.string(),
  qualification: z.string(),
});

const rosterView = z
  .object({
    id: z.string(),
    siteId: z.string(),
    siteName: z.string(),
    timeZone: z.string(),
    holidays: z.array(z.string()),
    name: z.string(),
    status: rosterStatus,
    from: z.string(),
    to: z.string(),
    days: z.number(),
    planId: z.string().nullable(),
    basedOn: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
    noticeDays: z.number(),
    people: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        jobRole: z.string(),
        team: z.string(),
        weeklyContractMinutes: z.number(),
        isTemp: z.boolean(),
        qualifications: z.array(z.string()),
      }),
    ),
    shifts: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        kind: z.string(),
        start: z.string(),
        end: z.string(),
        workedMinutes: z.number(),
        minutesByCivilDay: z.tuple([z.number(), z.number()]),
        nightMinutes: z.number(),
        night: z.boolean(),
      }),
    ),
    qualifications: z.array(z.string()),
    assignments: z.array(assignment),
    demand: z.array(
      z.object({
        day: z.string(),
        shift: z.string(),
        qualification: z.string(),
        headcount: z.number(),
        underWeight: z.number().nullable(),
        overWeight: z.number().nullable(),
      }),
    ),
    coverage: z.array(
      z.object({
        day: z.string(),
        shift: z.string(),
        qualification: z.string(),
        needed: z.number(),
        assigned: z.number(),
      }),
    ),
    score,
    violations: z.array(
      z.object({
        code: z.string(),
        hard: z.boolean(),
        penalty: z.number(),
        employeeId: z.string().nullable(),
        days: z.array(z.string()),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
        message: z.string(),
      }),
    ),
    solve: z
      .object({
        seed: z.number(),
        timeLimitSeconds: z.number(),
        elapsedMs: z.number(),
        iterations: z.number(),
        cancelled: z.boolean(),
        lowerBound: z.number().nullable(),
      })
      .nullable(),
  })
  .openapi('Roster');

const rosterSummary = z.object({
  id: z.string(),
  name: z.string(),
  status: rosterStatus,
  from: z.string(),
  to: z.string(),
  planId: z.string().nullable(),
  basedOn: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  publishedAt: z.string().nullable(),
  score,
});

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

const solveRoute = createRoute({
  method: 'post',
  path: '/api/rosters/solve',
  tags: ['rosters'],
  summary: 'Start a roster solve over a horizon (answers at once; poll the job)',
  middleware: [mayReadRosters] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: rosterSolveRequestSchema } } },
  },
  responses: {
    202: json('The job started', z.object({ jobId: z.string() })),
    ...commonErrors,
    ...notFound,
    429: errorResponse('Too many solves running'),
  },
});

const jobParams = idParamsSchema;

const getJobRoute = createRoute({
  method: 'get',
  path: '/api/roster-jobs/{id}',
  tags: ['rosters'],
  summary: 'A solve’s progress: share of the time limit, best score, the stored draft once done',
  middleware: [mayReadRosters] as const,
  request: { params: jobParams },
  responses: { 200: json('The job', jobView), ...commonErrors, ...notFound },
});

const cancelJobRoute = createRoute({
  method: 'delete',
  path: '/api/roster-jobs/{id}',
  tags: ['rosters'],
  summary: 'Cancel a solve: the best roster found so far is still stored as a draft',
  middleware: [mayReadRosters] as const,
  request: { params: jobParams },
  responses: { 200: json('The job', jobView), ...commonErrors, ...notFound },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/rosters',
  tags: ['rosters'],
  summary: 'Stored rosters, newest first',
  middleware: [mayReadRosters] as const,
  responses: {
    200: json('The rosters', z.object({ items: z.array(rosterSummary), total: z.number() })),
    ...commonErrors,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/rosters/{id}',
  tags: ['rosters'],
  summary: 'One roster with coverage and every violation, sentences in the request language',
  middleware: [mayReadRosters] as const,
  request: { params: idParamsSchema },
  responses: { 200: json('The roster', rosterView), ...commonErrors, ...notFound },
});

const cellsBody = z
  .strictObject({ edits: z.array(rosterCellEditSchema).min(1).max(MAX_CELL_EDITS) })
  .openapi('RosterCellEdits');

const editRoute = createRoute({
  method: 'patch',
  path: '/api/rosters/{id}/cells',
  tags: ['rosters'],
  summary: 'Edit a draft’s cells (a shift, or off); answers the re-scored roster',
  middleware: [mayReadRosters] as const,
  request: {
    params: idParamsSchema,
    body: { required: true, content: { 'application/json': { schema: cellsBody } } },
  },
  responses: {
    200: json('The roster', rosterView),
    ...commonErrors,
    ...notFound,
    409: errorResponse('The roster is no longer a draft'),
  },
});

const draftRoute = createRoute({
  method: 'post',
  path: '/api/rosters/{id}/draft',
  tags: ['rosters'],
  summary: 'Start a draft from a published roster (same cells; its changes count against the notice period)',
  middleware: [mayReadRosters] as const,
  request: { params: idParamsSchema },
  responses: {
    201: json('The new draft', rosterView),
    ...commonErrors,
    ...notFound,
    409: errorResponse('The roster was never published'),
  },
});

const publishRoute = createRoute({
  method: 'post',
  path: '/api/rosters/{id}/publish',
  tags: ['rosters'],
  summary: 'Publish a draft (no hard violation; changes inside the notice period need a reason)',
  middleware: [mayReadRosters] as const,
  request: {
    params: idParamsSchema,
    body: { required: false, content: { 'application/json': { schema: publishRosterSchema } } },
  },
  responses: {
    200: json('The published roster', rosterView),
    ...commonErrors,
    ...notFound,
    409: errorResponse('The roster is no longer a draft'),
    422: errorResponse('Hard violations remain, or changes inside the notice period lack a reason'),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/rosters/{id}/export',
  tags: ['rosters'],
  summary: 'Download a roster document (teams, persons, posted schedule, hours, payroll) as XLSX or PDF',
  middleware: [mayReadRosters] as const,
  request: {
    params: idParamsSchema,
    query: z.strictObject({
      document: z.enum(ROSTER_DOCUMENTS).default('teams'),
      format: z.enum(ROSTER_EXPORT_FORMATS).default('xlsx'),
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

const whyView = z
  .object({
    day: z.string(),
    shift: z.string(),
    qualification: z.string(),
    required: z.number(),
    assigned: z.number(),
    missing: z.number(),
    summary: z.string(),
    candidates: z.array(
      z.object({
        employeeId: z.string(),
        name: z.string(),
        free: z.boolean(),
        reasons: z.array(z.object({ code: z.string(), hard: z.boolean(), message: z.string() })),
      }),
    ),
  })
  .openapi('RosterWhyUncovered');

const whyRoute = createRoute({
  method: 'get',
  path: '/api/rosters/{id}/why',
  tags: ['rosters'],
  summary:
    'Why a day × shift × qualification is short: each qualified person, free or what keeps them from it',
  middleware: [mayReadRosters] as const,
  request: {
    params: idParamsSchema,
    query: z.strictObject({
      day: z.string().openapi({ example: '2026-11-09' }),
      shift: z.string().openapi({ example: 'morning' }),
      qualification: z.string().openapi({ example: 'picker' }),
    }),
  },
  responses: { 200: json('The explanation', whyView), ...commonErrors, ...notFound },
});

export function registerRosterRoutes(app: ApiApp, deps: RouteDeps): RosterJobs {
  const { ctx } = deps;
  const jobs = new RosterJobs(ctx, { clock: deps.clock });
  const run = (c: { get(key: 'lang'): ApiEnv['Variables']['lang'] }) => ({
    lang: c.get('lang'),
    now: deps.clock(),
  });

  app.openapi(solveRoute, async (c) =>
    c.json(await jobs.start(requireSession(c).actor, c.req.valid('json')), 202),
  );
  app.openapi(getJobRoute, (c) =>
    c.json(jobs.get(requireSession(c).actor, c.req.valid('param').id, c.get('lang')), 200),
  );
  app.openapi(cancelJobRoute, (c) =>
    c.json(jobs.cancel(requireSession(c).actor, c.req.valid('param').id, c.get('lang')), 200),
  );
  app.openapi(listRoute, async (c) => {
    const items = await listRosters(ctx, requireSession(c).actor);
    return c.json({ items, total: items.length }, 200);
  });
  app.openapi(whyRoute, async (c) =>
    c.json(
      await explainUncovered(
        ctx,
        requireSession(c).actor,
        c.req.valid('param').id,
        c.req.valid('query'),
        run(c),
      ),
      200,
    ),
  );
  app.openapi(getRoute, async (c) =>
    c.json(await getRoster(ctx, requireSession(c).actor, c.req.valid('param').id, run(c)), 200),
  );
  app.openapi(editRoute, async (c) =>
    c.json(
      await editRosterCells(
        ctx,
        requireSession(c).actor,
        c.req.valid('param').id,
        c.req.valid('json').edits,
        run(c),
      ),
      200,
    ),
  );
  app.openapi(draftRoute, async (c) =>
    c.json(await draftFromRoster(ctx, requireSession(c).actor, c.req.valid('param').id, run(c)), 201),
  );
  app.openapi(publishRoute, async (c) => {
    // The body is optional: a publish without changes inside the notice period needs no reason.
    const body = (c.req.header('content-type') ?? '').includes('application/json') ? c.req.valid('json') : {};
    return c.json(
      await publishRoster(ctx, requireSession(c).actor, c.req.valid('param').id, body ?? {}, run(c)),
      200,
    );
  });
  app.openapi(exportRoute, async (c) => {
    const query = c.req.valid('query');
    const lang = query.lang ?? c.get('lang');
    const view = await getRoster(ctx, requireSession(c).actor, c.req.valid('param').id, {
      lang,
      now: deps.clock(),
    });
    const file = await renderRosterDocument(view, { document: query.document, format: query.format, lang });
    return c.body(file.bytes as never, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': attachment(file.filename),
    });
  });
  return jobs;
}
