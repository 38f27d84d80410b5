// Use case: import a month's (or several months') actual costs, volumes and hours from CSV/XLSX, all or nothing.
import { randomUUID } from 'node:crypto';
import type { StoredBudgetActual } from '@logipilot/db/repositories/contract';
import { readActualRows } from '@logipilot/documents';
import type { BudgetInput } from '@logipilot/domain';
import { type Actor, DomainError } from '@logipilot/domain';
import { budgetLineKeys, type CostingContext, liveBudgetInput } from './budget-report.ts';
import { assertMayWriteCosts } from './costing-policy.ts';

export interface ActualsImportResult {
  fileName: string;
  months: string[];
  rows: number;
  totalCents: number;
}

/**
 * Reads the file (every problem named by row and column), checks each line against the budget in force (the newest
 * saved version of the year, else the live one), then replaces the file's months in one transaction: a month
 * imported again is replaced, never doubled.
 */
export async function importBudgetActuals(
  ctx: CostingContext,
  actor: Actor,
  request: { year: number; fileName: string; bytes: Uint8Array },
  now: () => Date = () => new Date(),
): Promise<ActualsImportResult> {
  assertMayWriteCosts(actor);
  const { year, fileName } = request;
  const read = await readActualRows({ fileName, bytes: request.bytes }, year);
  const lines = read.map((r) => r.line);
  const [latest] = await ctx.db.repos.budgetVersions.list(actor.siteId, year);
  const input: BudgetInput = latest
    ? (latest.input as BudgetInput)
    : (await liveBudgetInput(ctx, actor.siteId, year)).input;
  const known = budgetLineKeys(input);
  const unknown = read.filter(({ line }) => !known.has(`${line.costCentre}|${line.key}`));
  if (unknown.length > 0) {
    const details = unknown.map(({ line: l, row }) => ({
      code: 'ACTUALS_LINE_UNKNOWN',
      field: 'line',
      params: {
        file: fileName,
        row,
        costCentre: l.costCentre,
        key: l.key,
        month: l.month,
      },
    }));
    throw new DomainError('ACTUALS_FILE_INVALID', {
      params: { file: fileName, errorCount: details.length, shown: details.length, omitted: 0 },
      details,
    });
  }
  const importedAt = now().toISOString();
  const months = [...new Set(lines.map((l) => l.month))].sort();
  const rows: StoredBudgetActual[] = lines.map((l) => ({
    siteId: actor.siteId,
    month: l.month,
    costCentre: l.costCentre,
    lineKey: l.key,
    volume: l.volume ?? null,
    hours: l.hours ?? null,
    costCents: l.costCents,
    importedAt,
    importedBy: actor.username,
    sourceFile: fileName,
  }));
  const totalCents = rows.reduce((a, r) => a + r.costCents, 0);
  await ctx.db.transaction(async (repos) => {
    await repos.budgetActuals.replaceMonths(actor.siteId, months, rows);
    await repos.audit.append([
      {
        id: randomUUID(),
        siteId: actor.siteId,
        at: importedAt,
        userId: actor.userId,
        username: actor.username,
        action: 'import',
        entity: 'budget_actuals',
        entityId: null,
        before: null,
        after: { fileName, year, months, rows: rows.length, totalCents },
      },
    ]);
  });
  return { fileName, months, rows: rows.length, totalCents };
}
