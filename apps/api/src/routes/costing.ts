// Costing routes: the site's cost model, the year's budget with versions, actuals import and exports, and quotes.
import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '@logipilot/app/context';
import { budgetDocument } from '@logipilot/app/costing/budget-document';
import { getBudgetReport, listBudgetVersions, saveBudgetVersion } from '@logipilot/app/costing/budget-report';
import { getCostModel, saveCostModel } from '@logipilot/app/costing/cost-model';
import { importBudgetActuals } from '@logipilot/app/costing/import-actuals';
import { priceSiteQuote, quoteDocument } from '@logipilot/app/costing/quote';
import { actualsTemplateCsv } from '@logipilot/documents';
import { can, costModelSchema, DomainError, SAMPLE_COST_MODEL } from '@logipilot/domain';
import { createMiddleware } from 'hono/factory';
import { attachment } from '../http/attachment.ts';
import type { ApiApp, RouteDeps } from '../http/deps.ts';
import type { ApiEnv } from '../http/env.ts';
import { commonErrors, errorResponse, notFound } from '../http/schemas.ts';
import { requireSession } from '../http/session-cookie.ts';

/**
 * Costs and margins are confidential: only the roles that run the site's methods and money (masterdata:write) see
 * them; others are refused before the request is read, so that they get 403, never a validation answer.
 */
const requireCostRead = createMiddleware<ApiEnv>(async (c, next) => {
  const { actor } = requireSession(c);
  if (!can(actor.role, 'masterdata:write') || actor.clientId !== null)
    throw new DomainError('FORBIDDEN', { params: { permission: 'masterdata:write' } });
  await next();
});
const requireCostWrite = createMiddleware<ApiEnv>(async (c, next) => {
  const { actor } = requireSession(c);
  if (!can(actor.role, 'masterdata:write') || actor.clientId !== null)
    throw new DomainError('FORBIDDEN', { params: { permission: 'masterdata:write' } });
  await next();
});

/** Answers are documented by name: their shapes are the use cases' types (see packages/app/src/costing). */
const anyObject = z.record(z.string(), z.unknown());
const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: anyObject } },
});
const file = (description: string) => ({
  description,
  content: {
    'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      schema: z.string().openapi({ format: 'binary' }),
    },
  },
});

const year = z.coerce.number().int().min(2000).max(2100);
const lang = z.enum(['fr', 'en']);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const getCostModelRoute = createRoute({
  method: 'get',
  path: '/api/cost-model',
  tags: ['costing'],
  middleware: [requireCostRead] as const,
  summary:
    "The site's cost model with each activity's unit cost traced to its resources (null when none yet)",
  responses: { 200: json('{ costModel: view | null, sample }'), ...commonErrors },
});

const putCostModelRoute = createRoute({
  method: 'put',
  path: '/api/cost-model',
  tags: ['costing'],
  middleware: [requireCostWrite] as const,
  summary: 'Replace the cost model; every invalid field is named',
  request: { body: { required: true, content: { 'application/json': { schema: costModelSchema } } } },
  responses: { 200: json('The saved model with its unit costs'), ...commonErrors },
});

const budgetRoute = createRoute({
  method: 'get',
  path: '/api/budget',
  tags: ['costing'],
  middleware: [requireCostRead] as const,
  summary:
    "A year's budget (newest saved version, a named one, or `live`) with actuals and variances by month",
  request: {
    query: z.strictObject({ year: year.optional(), version: z.string().min(1).max(64).optional() }),
  },
  responses: { 200: json('The budget report'), ...commonErrors, ...notFound },
});

const versionsRoute = createRoute({
  method: 'get',
  path: '/api/budget/versions',
  tags: ['costing'],
  middleware: [requireCostRead] as const,
  summary: 'Saved budget versions, newest first',
  request: { query: z.strictObject({ year: year.optional() }) },
  responses: { 200: json('{ items }'), ...commonErrors },
});

const saveVersionRoute = createRoute({
  method: 'post',
  path: '/api/budget/versions',
  tags: ['costing'],
  middleware: [requireCostWrite] as const,
  summary: "Freeze today's drivers of the year as the initial budget or a re-forecast",
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.strictObject({
            year: z.number().int().min(2000).max(2100),
            name: z.string().max(200),
            kind: z.enum(['initial', 'reforecast']),
          }),
        },
      },
    },
  },
  responses: { 201: json('The saved version'), ...commonErrors, 409: errorResponse('Name taken') },
});

const uploadedFile = z
  .custom<File>((v) => v instanceof File, { message: 'FILE_REQUIRED' })
  .openapi({ type: 'string', format: 'binary' });

const actualsRoute = createRoute({
  method: 'post',
  path: '/api/budget/actuals',
  tags: ['costing'],
  middleware: [requireCostWrite] as const,
  summary: 'Import monthly actuals (CSV or XLSX); nothing is imported when one row is wrong',
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z.strictObject({
            file: uploadedFile,
            year: z
              .string()
              .regex(/^\d{4}$/)
              .optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: json('{ fileName, months, rows, totalCents }'),
    ...commonErrors,
    422: errorResponse('ACTUALS_FILE_INVALID: `details` names every faulty row and column'),
  },
});

const templateRoute = createRoute({
  method: 'get',
  path: '/api/budget/actuals/template',
  tags: ['costing'],
  middleware: [requireCostRead] as const,
  summary: 'The actuals CSV template (header and one example row)',
  request: { query: z.strictObject({ lang: lang.optional() }) },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...commonErrors,
  },
});

const budgetExportRoute = createRoute({
  method: 'get',
  path: '/api/budget/export',
  tags: ['costing'],
  middleware: [requireCostRead] as const,
  summary: "The year's budget, actuals and variances as PDF or XLSX",
  request: {
    query: z.strictObject({
      year: year.optional(),
      version: z.string().min(1).max(64).optional(),
      format: z.enum(['pdf', 'xlsx']).optional(),
      lang: lang.optional(),
    }),
  },
  responses: { 200: file('The document (Content-Disposition: attachment)'), ...commonErrors, ...notFound },
});

const quoteBody = z.strictObject({
  request: anyObject,
  overrides: z
    .strictObject({
      targetMarginPct: z.number().optional(),
      markupPct: z.number().optional(),
      volumeFactor: z.number().positive().max(10).optional(),
    })
    .optional(),
  terms: anyObject.optional(),
  issueDate: isoDay.optional(),
});

const priceRoute = createRoute({
  method: 'post',
  path: '/api/quotes/price',
  tags: ['costing'],
  middleware: [requireCostRead] as const,
  summary: "Price a client's quote request (published JSON Schema) on the site's cost model",
  request: { body: { required: true, content: { 'application/json': { schema: quoteBody } } } },
  responses: {
    200: json('The price grid, monthly simulation, break-even, sensitivity, assumptions'),
    ...commonErrors,
  },
});

const quoteDocumentRoute = createRoute({
  method: 'post',
  path: '/api/quotes/document',
  tags: ['costing'],
  middleware: [requireCostRead] as const,
  summary: 'The quote as a PDF or the price grid as an XLSX bordereau, in French or English',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: quoteBody.extend({
            format: z.enum(['pdf', 'xlsx']),
            lang: lang.optional(),
            /** `client` (default): prices, invoicing, terms; `internal`: also costs, margins, sensitivity. */
            edition: z.enum(['client', 'internal']).optional(),
          }),
        },
      },
    },
  },
  responses: { 200: file('The document (Content-Disposition: attachment)'), ...commonErrors },
});

export function registerCostingRoutes(
  app: ApiApp,
  deps: RouteDeps,
  events: AppContext['events'] | undefined,
): void {
  const ctx = events ? { ...deps.ctx, events } : deps.ctx;
  const today = () => deps.clock().toISOString().slice(0, 10);
  const thisYear = () => deps.clock().getUTCFullYear();

  app.openapi(getCostModelRoute, async (c) => {
    const { actor } = requireSession(c);
    return c.json({ costModel: await getCostModel(ctx, actor), sample: SAMPLE_COST_MODEL }, 200);
  });
  app.openapi(putCostModelRoute, async (c) => {
    const { actor } = requireSession(c);
    return c.json((await saveCostModel(ctx, actor, c.req.valid('json'), deps.clock)) as never, 200);
  });
  app.openapi(budgetRoute, async (c) => {
    const { actor } = requireSession(c);
    const q = c.req.valid('query');
    const { siteId: _siteId, ...report } = await getBudgetReport(ctx, actor, {
      year: q.year ?? thisYear(),
      versionId: q.version,
    });
    return c.json(report as never, 200);
  });
  app.openapi(versionsRoute, async (c) => {
    const { actor } = requireSession(c);
    return c.json({ items: await listBudgetVersions(ctx, actor, c.req.valid('query').year) }, 200);
  });
  app.openapi(saveVersionRoute, async (c) => {
    const { actor } = requireSession(c);
    return c.json((await saveBudgetVersion(ctx, actor, c.req.valid('json'), deps.clock)) as never, 201);
  });
  app.openapi(actualsRoute, async (c) => {
    const { actor } = requireSession(c);
    const form = c.req.valid('form');
    const result = await importBudgetActuals(
      ctx,
      actor,
      {
        year: form.year === undefined ? thisYear() : Number(form.year),
        fileName: form.file.name,
        bytes: new Uint8Array(await form.file.arrayBuffer()),
      },
      deps.clock,
    );
    return c.json(result as never, 200);
  });
  app.openapi(templateRoute, async (c) => {
    requireSession(c);
    const l = c.req.valid('query').lang ?? c.get('lang');
    return c.body(actualsTemplateCsv(l), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachment(
        l === 'fr' ? 'realise-budget-modele.csv' : 'budget-actuals-template.csv',
      ),
    }) as never;
  });
  app.openapi(budgetExportRoute, async (c) => {
    const { actor } = requireSession(c);
    const q = c.req.valid('query');
    const format = q.format ?? 'pdf';
    const l = q.lang ?? c.get('lang');
    const year = q.year ?? thisYear();
    const doc = await budgetDocument(ctx, actor, { year, versionId: q.version }, format, l);
    const base = `budget-${year}`;
    return c.body(doc.bytes as never, 200, {
      'Content-Type':
        format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachment(`${base}.${format}`),
    }) as never;
  });
  app.openapi(priceRoute, async (c) => {
    const { actor } = requireSession(c);
    const body = c.req.valid('json');
    const result = await priceSiteQuote(ctx, actor, {
      request: body.request,
      overrides: body.overrides,
      terms: body.terms as never,
      issueDate: body.issueDate ?? today(),
    });
    return c.json(result as never, 200);
  });
  app.openapi(quoteDocumentRoute, async (c) => {
    const { actor } = requireSession(c);
    const body = c.req.valid('json');
    const l = body.lang ?? c.get('lang');
    const { bytes, fileName } = await quoteDocument(
      ctx,
      actor,
      {
        request: body.request,
        overrides: body.overrides,
        terms: body.terms as never,
        issueDate: body.issueDate ?? today(),
      },
      body.format,
      l,
      body.edition ?? 'client',
    );
    return c.body(bytes as never, 200, {
      'Content-Type':
        body.format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachment(fileName),
    }) as never;
  });
}
