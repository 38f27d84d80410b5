// Seeds a demo site's costing: the year's initial budget saved in January, and the actuals of the months already
// closed, made from what the site really handled (its event history) at plausible productivity and pay drift.
import { randomUUID } from 'node:crypto';
import type { Database, EventStore } from '@logipilot/db';
import type { StoredBudgetActual } from '@logipilot/db/repositories/contract';
import { hashText, mix32, unitFromHash } from '@logipilot/demo/prng';
import { computeBudget, DomainError } from '@logipilot/domain';
import { SYSTEM_ACTOR } from '../seed/seed-site.ts';
import { buildBudgetInput, monthsOf } from './budget-inputs.ts';
import { loadCostModel } from './cost-model.ts';

export interface SeededCosting {
  year: number;
  versionId: string;
  /** Months with actuals (closed before the as-of date). */
  months: string[];
  rows: number;
}

/** Deterministic draws in (0, 1) from a seed and a key, independent of call order (the demo's hashes). */
const draw = (seed: number, key: string): number => unitFromHash(mix32(seed, hashText(key)));

const between = (lo: number, hi: number, u: number): number => lo + (hi - lo) * u;

/**
 * The budget of the as-of year is frozen as « Budget initial » (its volumes from last year's history); each closed
 * month's actuals take the month's measured volumes, hours at 97–107 % of standard, a paid hour 0–4 % dearer than the
 * rate (overtime, temps) and fixed costs within −2/+3 %. Same seed, same actuals.
 */
export async function seedDemoCosting(
  ctx: { db: Database; events: EventStore },
  siteId: string,
  asOf: string,
  seed: number,
): Promise<SeededCosting> {
  const year = Number(asOf.slice(0, 4));
  const closed = Number(asOf.slice(5, 7)) - 1;
  const model = await loadCostModel(ctx.db, siteId);
  if (!model) throw new DomainError('COST_MODEL_MISSING', { params: { siteId } });
  const planned = await buildBudgetInput(ctx.db.repos, ctx.events, siteId, year, model);
  const measured = await buildBudgetInput(ctx.db.repos, ctx.events, siteId, year, model, {
    volumes: 'measured',
  });
  const budget = computeBudget(planned.input);
  const measuredOf = new Map(
    measured.input.drivers.map((d) => [`${d.costCentre}|${d.activity}/${d.unit}`, d.volumes]),
  );
  const months = monthsOf(year).slice(0, closed);
  const importedAt = `${asOf}T06:00:00.000Z`;
  const rows: StoredBudgetActual[] = [];
  months.forEach((month, m) => {
    for (const d of planned.input.drivers) {
      const key = `${d.activity}/${d.unit}`;
      const volume = measuredOf.get(`${d.costCentre}|${key}`)?.[m] ?? 0;
      const hours =
        Math.round(
          volume *
            d.standardHoursPerUnit *
            between(0.97, 1.07, draw(seed, `${month}|${d.costCentre}|${key}|h`)) *
            100,
        ) / 100;
      const costCents = Math.round(
        hours * d.rateCentsPerHour * between(1, 1.04, draw(seed, `${month}|${d.costCentre}|${key}|r`)),
      );
      rows.push({
        siteId,
        month,
        costCentre: d.costCentre,
        lineKey: key,
        volume,
        hours,
        costCents,
        importedAt,
        importedBy: SYSTEM_ACTOR.username,
        sourceFile: 'demo',
      });
    }
    for (const f of planned.input.fixed) {
      const planned = f.monthlyCents[m] ?? 0;
      const costCents = Math.round(
        planned * between(0.98, 1.03, draw(seed, `${month}|${f.costCentre}|${f.key}`)),
      );
      rows.push({
        siteId,
        month,
        costCentre: f.costCentre,
        lineKey: f.key,
        volume: null,
        hours: null,
        costCents,
        importedAt,
        importedBy: SYSTEM_ACTOR.username,
        sourceFile: 'demo',
      });
    }
  });
  const versionId = randomUUID();
  await ctx.db.transaction(async (repos) => {
    await repos.budgetVersions.create({
      id: versionId,
      siteId,
      year,
      name: `Budget initial ${year}`,
      kind: 'initial',
      input: planned.input,
      basis: planned.basis,
      createdAt: `${year}-01-05T08:00:00.000Z`,
      createdBy: SYSTEM_ACTOR.username,
    });
    await repos.budgetActuals.replaceMonths(siteId, months, rows);
    await repos.audit.append([
      {
        id: randomUUID(),
        siteId,
        at: new Date().toISOString(),
        ...SYSTEM_ACTOR,
        action: 'seed',
        entity: 'budget_versions',
        entityId: versionId,
        before: null,
        after: { year, totalCents: budget.totalCents, actualMonths: months.length, actualRows: rows.length },
      },
    ]);
  });
  return { year, versionId, months, rows: rows.length };
}
