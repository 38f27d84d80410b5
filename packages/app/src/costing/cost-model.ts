// Use case: the site's cost model, read with its unit costs (each traced to its resources) and replaced as a whole.
import { randomUUID } from 'node:crypto';
import type { Database } from '@logipilot/db';
import {
  type ActivityUnitCost,
  type Actor,
  type CostModel,
  type CostModelInput,
  DomainError,
  parseCostModel,
  type StorageUnitCost,
  storageCosts,
  unitCosts,
} from '@logipilot/domain';
import { assertMayReadCosts, assertMayWriteCosts } from './costing-policy.ts';

export interface CostModelView {
  model: CostModelInput;
  unitCosts: ActivityUnitCost[];
  storageCosts: StorageUnitCost[];
  updatedAt: string;
  updatedBy: string;
}

/** The stored model, parsed (defaults filled); null when the site has none yet. */
export async function loadCostModel(db: Database, siteId: string): Promise<CostModel | null> {
  const row = await db.repos.costModels.get(siteId);
  return row ? parseCostModel(row.model) : null;
}

export async function getCostModel(ctx: { db: Database }, actor: Actor): Promise<CostModelView | null> {
  assertMayReadCosts(actor);
  const row = await ctx.db.repos.costModels.get(actor.siteId);
  if (!row) return null;
  const model = row.model as CostModelInput;
  return {
    model,
    unitCosts: unitCosts(model),
    storageCosts: storageCosts(model),
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

/**
 * Validates the whole model (every field named on error), checks that its fixed costs name cost centres of the site,
 * then replaces the stored one; the change is audited with the model before and after.
 */
export async function saveCostModel(
  ctx: { db: Database },
  actor: Actor,
  input: unknown,
  now: () => Date = () => new Date(),
): Promise<CostModelView> {
  assertMayWriteCosts(actor);
  const model = parseCostModel(input);
  const centres = new Set((await ctx.db.repos.costCentres.all(actor.siteId)).map((c) => c.code));
  model.fixedCosts.forEach((f, i) => {
    if (!centres.has(f.costCentre))
      throw new DomainError('COST_MODEL_UNKNOWN_COST_CENTRE', {
        field: `fixedCosts.${i}.costCentre`,
        params: { field: `fixedCosts.${i}.costCentre`, key: f.costCentre },
      });
  });
  if (model.sharedCostCentre !== undefined && !centres.has(model.sharedCostCentre))
    throw new DomainError('COST_MODEL_UNKNOWN_COST_CENTRE', {
      field: 'sharedCostCentre',
      params: { field: 'sharedCostCentre', key: model.sharedCostCentre },
    });
  const at = now().toISOString();
  await ctx.db.transaction(async (repos) => {
    const before = await repos.costModels.get(actor.siteId);
    await repos.costModels.put({ siteId: actor.siteId, model, updatedAt: at, updatedBy: actor.username });
    await repos.audit.append([
      {
        id: randomUUID(),
        siteId: actor.siteId,
        at,
        userId: actor.userId,
        username: actor.username,
        action: before ? 'update' : 'create',
        entity: 'site_cost_models',
        entityId: actor.siteId,
        before: before?.model ?? null,
        after: model,
      },
    ]);
  });
  return {
    model,
    unitCosts: unitCosts(model),
    storageCosts: storageCosts(model),
    updatedAt: at,
    updatedBy: actor.username,
  };
}
