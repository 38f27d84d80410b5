// Use cases over stored plans: save a computed plan as an immutable version (audited), list them, read one back.
import { randomUUID } from 'node:crypto';
import type { StoredPlan } from '@logipilot/db/repositories/contract';
import { type Actor, DomainError } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import { parseOrThrow } from '../masterdata/validate.ts';
import { computeValidatedPlan, type PlanContext } from './compute-plan.ts';
import { planMessage, sentence } from './plan-messages.ts';
import { assertMayPlan } from './plan-policy.ts';
import {
  type PlanResult,
  type PlanRunOptions,
  type PlanTotals,
  type SavePlanRequestInput,
  savePlanRequestSchema,
} from './plan-types.ts';

export interface PlanListItem {
  id: string;
  name: string;
  kind: 'baseline' | 'replan';
  from: string;
  to: string;
  weeks: number;
  createdAt: string;
  createdBy: string;
  totals: PlanTotals;
}

/** Messages are stored in the saver's language; a reader gets them again in theirs, from the codes and params. */
export function localisedPlan(plan: PlanResult, lang: Lang): PlanResult {
  const employee = new Map(plan.levers.lines.map((l) => [l.employeeId ?? '', l.employeeName ?? '']));
  return {
    ...plan,
    issues: plan.issues.map((i) => planMessage(lang, 'plan.issue', i.code, i.params)),
    levers: {
      ...plan.levers,
      explanation: plan.levers.explanation.map((e) => planMessage(lang, 'levers.reasons', e.code, e.params)),
      lines: plan.levers.lines.map((l) => ({
        ...l,
        message: sentence(lang, 'levers.reasons', l.reason.code, {
          ...l.reason.params,
          ...(l.employeeId !== undefined ? { employee: employee.get(l.employeeId) ?? l.employeeId } : {}),
        }),
      })),
    },
  };
}

/** Computes the plan and stores it as a new version: a baseline or a re-plan, never changed afterwards. */
export async function savePlan(
  ctx: PlanContext,
  actor: Actor,
  input: SavePlanRequestInput,
  options: PlanRunOptions & { now?: Date } = {},
): Promise<PlanResult> {
  assertMayPlan(actor);
  const { name, kind, ...request } = parseOrThrow(savePlanRequestSchema, input);
  const computed = await computeValidatedPlan(ctx, actor.siteId, request, options);
  if (computed.forecastVersionIds.length === 0) {
    throw new DomainError('PLAN_NO_FORECAST', {
      params: { from: computed.from, to: computed.to, days: request.weeks * 7 },
    });
  }
  const id = randomUUID();
  const createdAt = (options.now ?? new Date()).toISOString();
  const plan: PlanResult = { ...computed, id, name, kind, createdAt, createdBy: actor.username };
  const stored: StoredPlan = {
    id,
    siteId: actor.siteId,
    name,
    kind,
    fromDay: plan.from,
    toDay: plan.to,
    weeks: plan.weeks,
    createdAt,
    createdBy: actor.username,
    scenario: plan.scenario,
    forecastVersionIds: plan.forecastVersionIds,
    totals: plan.totals as unknown as Record<string, unknown>,
    result: plan as unknown as Record<string, unknown>,
  };
  await ctx.db.transaction(async (repos) => {
    await repos.plans.create(stored);
    await repos.audit.append([
      {
        id: randomUUID(),
        siteId: actor.siteId,
        at: createdAt,
        userId: actor.userId,
        username: actor.username,
        action: 'create',
        entity: 'plans',
        entityId: id,
        before: null,
        after: { name, kind, from: plan.from, to: plan.to, scenario: plan.scenario, totals: plan.totals },
      },
    ]);
  });
  return plan;
}

export async function listPlans(
  ctx: PlanContext,
  actor: Actor,
): Promise<{ items: PlanListItem[]; total: number }> {
  assertMayPlan(actor);
  const rows = await ctx.db.repos.plans.list(actor.siteId);
  const items = rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    from: r.fromDay,
    to: r.toDay,
    weeks: r.weeks,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    totals: r.totals as unknown as PlanTotals,
  }));
  return { items, total: items.length };
}

export async function getPlan(
  ctx: PlanContext,
  actor: Actor,
  id: string,
  lang: Lang = 'fr',
): Promise<PlanResult> {
  assertMayPlan(actor);
  const row = await ctx.db.repos.plans.get(actor.siteId, id);
  if (!row) throw new DomainError('PLAN_NOT_FOUND', { params: { id } });
  return localisedPlan(row.result as unknown as PlanResult, lang);
}
