// Use case: each user's own dashboard — which KPI tiles in which order, and the period shown — stored per user.
import type { Database } from '@logipilot/db';
import { type Actor, DomainError, KPIS } from '@logipilot/domain';
import { z } from 'zod';
import { assertCan } from '../masterdata/policy.ts';

const KPI_IDS = KPIS.map((k) => k.id) as [string, ...string[]];

export const dashboardLayoutSchema = z.strictObject({
  /** KPI ids in display order; each at most once. */
  tiles: z
    .array(z.enum(KPI_IDS))
    .min(1)
    .max(KPI_IDS.length)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'DUPLICATE_TILE' }),
  period: z.enum(['week', 'month']).default('month'),
});
export type DashboardLayout = z.infer<typeof dashboardLayoutSchema>;

/** kpis.md §7: a tactical board of balanced families — service, quality, productivity, cost, people, capacity. */
export const DEFAULT_LAYOUT: DashboardLayout = {
  tiles: [
    'on_time_shipments',
    'otif',
    'picking_accuracy',
    'claims_per_1000_orders',
    'lines_per_hour',
    'performance_vs_standard',
    'dock_to_stock_time',
    'storage_occupancy',
    'inventory_accuracy_locations',
    'labour_cost_per_line',
    'absenteeism',
    'temp_ratio',
    'tf1',
  ],
  period: 'month',
};

export async function getDashboardLayout(ctx: { db: Database }, actor: Actor): Promise<DashboardLayout> {
  assertCan(actor, 'site:read');
  const stored = await ctx.db.repos.kpiDashboards.get(actor.siteId, actor.userId);
  const parsed = dashboardLayoutSchema.safeParse(stored);
  // A layout naming a KPI that no longer exists falls back to the default rather than failing the page.
  return parsed.success ? parsed.data : DEFAULT_LAYOUT;
}

export async function saveDashboardLayout(
  ctx: { db: Database },
  actor: Actor,
  layout: unknown,
): Promise<DashboardLayout> {
  assertCan(actor, 'site:read');
  const parsed = dashboardLayoutSchema.safeParse(layout);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError('INVALID_VALUE', {
      field: issue?.path.join('.') || 'layout',
      params: { value: '' },
    });
  }
  await ctx.db.repos.kpiDashboards.put(actor.siteId, actor.userId, parsed.data, new Date().toISOString());
  return parsed.data;
}
