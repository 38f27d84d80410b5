// Use case: a year's budget (a saved version or computed live) with its monthly actuals and variances; saving versions.
import { randomUUID } from 'node:crypto';
import type { Database, EventStore } from '@logipilot/db';
import type { BudgetVersionKind, StoredBudgetVersion } from '@logipilot/db/repositories/contract';
import {
  type Actor,
  type ActualLine,
  type Budget,
  type BudgetInput,
  budgetVariance,
  computeBudget,
  DomainError,
  type MonthVarianceReport,
} from '@logipilot/domain';
import { type BudgetBasis, type BudgetIssue, buildBudgetInput, monthsOf } from './budget-inputs.ts';
import { loadCostModel } from './cost-model.ts';
import { assertMayReadCosts, assertMayWriteCosts } from './costing-policy.ts';

export type CostingContext = { db: Database; events?: EventStore };

export interface BudgetVersionSummary {
  id: string;
  year: number;
  name: string;
  kind: BudgetVersionKind;
  createdAt: string;
  createdBy: string;
}

/** One month as the CLI prints it: budget and, once actuals are in, actual and the variance's four effects. */
export interface BudgetMonthSummary {
  month: string;
  budget: number;
  actual?: number;
  variance?: { volume: number; efficiency: number; rate: number; mix: number; total: number };
}

export interface BudgetReport {
  siteId: string;
  year: number;
  /** The saved version shown, or null for the live computation from today's forecast, standards and rates. */
  version: BudgetVersionSummary | null;
  versions: BudgetVersionSummary[];
  basis: BudgetBasis;
  input: BudgetInput;
  budget: Budget;
  variance: MonthVarianceReport[];
  costCentres: { code: string; name: string }[];
  months: BudgetMonthSummary[];
  /**
   * Year-end landing (atterrissage, productivity-costing §7): the actuals of the months that have them plus the
   * budget of the others, in cents; `closedMonths` counts the months with actuals.
   */
  landing: { totalCents: number; closedMonths: number; varianceToDateCents: number };
}

const summary = (v: StoredBudgetVersion): BudgetVersionSummary => ({
  id: v.id,
  year: v.year,
  name: v.name,
  kind: v.kind,
  createdAt: v.createdAt,
  createdBy: v.createdBy,
});

/** The live input from the stores as they are now. */
export async function liveBudgetInput(
  ctx: CostingContext,
  siteId: string,
  year: number,
): Promise<{ input: BudgetInput; basis: BudgetBasis }> {
  const model = await loadCostModel(ctx.db, siteId);
  return buildBudgetInput(ctx.db.repos, ctx.events, siteId, year, model);
}

const lineKeyOf = (costCentre: string, key: string): string => `${costCentre}|${key}`;

/** Every (cost centre, line) the budget input holds: what an actual may be booked against. */
export function budgetLineKeys(input: BudgetInput): Set<string> {
  return new Set([
    ...input.drivers.map((d) => lineKeyOf(d.costCentre, `${d.activity}/${d.unit}`)),
    ...input.fixed.map((f) => lineKeyOf(f.costCentre, f.key)),
  ]);
}

/**
 * `versionId` 'live' computes from today's data; left out, the newest saved version of the year is shown, else live.
 * Actuals booked on lines the shown budget lacks are left out of the variance and reported as an issue.
 */
export async function getBudgetReport(
  ctx: CostingContext,
  actor: Actor,
  request: { year: number; versionId?: string | undefined },
): Promise<BudgetReport> {
  assertMayReadCosts(actor);
  const { year } = request;
  const siteId = actor.siteId;
  const stored = await ctx.db.repos.budgetVersions.list(siteId, year);
  let version: StoredBudgetVersion | null = null;
  if (request.versionId !== undefined && request.versionId !== 'live') {
    version = stored.find((v) => v.id === request.versionId) ?? null;
    if (!version)
      throw new DomainError('BUDGET_VERSION_NOT_FOUND', {
        field: 'version',
        params: { id: request.versionId, year },
      });
  } else if (request.versionId === undefined) {
    version = stored[0] ?? null;
  }
  const { input, basis } = version
    ? { input: version.input as BudgetInput, basis: version.basis as BudgetBasis }
    : await liveBudgetInput(ctx, siteId, year);
  const budget = computeBudget(input);
  const months = monthsOf(year);
  const storedActuals = await ctx.db.repos.budgetActuals.list(siteId, {
    from: months[0] ?? `${year}-01`,
    to: months[11] ?? `${year}-12`,
  });
  const known = budgetLineKeys(input);
  const issues: BudgetIssue[] = [...basis.issues];
  const actuals: ActualLine[] = [];
  let unmatched = 0;
  for (const a of storedActuals) {
    if (!known.has(lineKeyOf(a.costCentre, a.lineKey))) {
      unmatched++;
      continue;
    }
    actuals.push({
      month: a.month,
      costCentre: a.costCentre,
      key: a.lineKey,
      ...(a.volume !== null ? { volume: a.volume } : {}),
      ...(a.hours !== null ? { hours: a.hours } : {}),
      costCents: a.costCents,
    });
  }
  if (unmatched > 0) issues.push({ code: 'BUDGET_ACTUALS_UNMATCHED', params: { count: unmatched } });
  const variance = budgetVariance(budget, input, actuals);
  const costCentres = (await ctx.db.repos.costCentres.all(siteId)).map((c) => ({
    code: c.code,
    name: c.name,
  }));
  const closed = variance.filter((v) => v.actual !== null);
  const landing = {
    totalCents: variance.reduce((a, v, i) => a + (v.actual ?? budget.months[i]?.totalCents ?? v.budget), 0),
    closedMonths: closed.length,
    varianceToDateCents: closed.reduce((a, v) => a + (v.variance?.total ?? 0), 0),
  };
  return {
    siteId,
    year,
    landing,
    version: version ? summary(version) : null,
    versions: stored.map(summary),
    basis: { ...basis, issues },
    input,
    budget,
    variance,
    costCentres,
    months: variance.map((v, i) => ({
      month: v.month,
      budget: budget.months[i]?.totalCents ?? v.budget,
      ...(v.actual !== null ? { actual: v.actual } : {}),
      ...(v.variance
        ? {
            variance: {
              volume: v.variance.volume,
              efficiency: v.variance.efficiency,
              rate: v.variance.rate,
              mix: v.variance.mix,
              total: v.variance.total,
            },
          }
        : {}),
    })),
  };
}

export async function listBudgetVersions(
  ctx: CostingContext,
  actor: Actor,
  year?: number,
): Promise<BudgetVersionSummary[]> {
  assertMayReadCosts(actor);
  return (await ctx.db.repos.budgetVersions.list(actor.siteId, year)).map(summary);
}

/** Freezes today's drivers of the year as a named version (the initial budget, then re-forecasts). */
export async function saveBudgetVersion(
  ctx: CostingContext,
  actor: Actor,
  request: { year: number; name: string; kind: BudgetVersionKind },
  now: () => Date = () => new Date(),
): Promise<BudgetVersionSummary> {
  assertMayWriteCosts(actor);
  const name = request.name.trim();
  if (name === '' || name.length > 120)
    throw new DomainError('BUDGET_VERSION_NAME_INVALID', { field: 'name', params: { value: request.name } });
  if (request.kind !== 'initial' && request.kind !== 'reforecast')
    throw new DomainError('BUDGET_VERSION_KIND_INVALID', {
      field: 'kind',
      params: { value: String(request.kind) },
    });
  const existing = await ctx.db.repos.budgetVersions.list(actor.siteId, request.year);
  if (existing.some((v) => v.name === name))
    throw new DomainError('BUDGET_VERSION_NAME_TAKEN', {
      field: 'name',
      params: { value: name, year: request.year },
    });
  const { input, basis } = await liveBudgetInput(ctx, actor.siteId, request.year);
  const createdAt = now().toISOString();
  const row: StoredBudgetVersion = {
    id: randomUUID(),
    siteId: actor.siteId,
    year: request.year,
    name,
    kind: request.kind,
    input,
    basis,
    createdAt,
    createdBy: actor.username,
  };
  const total = computeBudget(input).totalCents;
  await ctx.db.transaction(async (repos) => {
    await repos.budgetVersions.create(row);
    await repos.audit.append([
      {
        id: randomUUID(),
        siteId: actor.siteId,
        at: createdAt,
        userId: actor.userId,
        username: actor.username,
        action: 'create',
        entity: 'budget_versions',
        entityId: row.id,
        before: null,
        after: { year: row.year, name, kind: row.kind, totalCents: total },
      },
    ]);
  });
  return summary(row);
}
