// Use case: the year's budget report as a PDF or an XLSX workbook, in the reader's language.
import { budgetPdf, budgetXlsx } from '@logipilot/documents';
import type { Actor } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import { type CostingContext, getBudgetReport } from './budget-report.ts';

export async function budgetDocument(
  ctx: CostingContext,
  actor: Actor,
  request: { year: number; versionId?: string | undefined },
  format: 'pdf' | 'xlsx',
  lang: Lang,
): Promise<{ bytes: Uint8Array }> {
  const report = await getBudgetReport(ctx, actor, request);
  const site = await ctx.db.repos.sites.get(actor.siteId);
  const doc = {
    siteName: site?.name ?? actor.siteId,
    year: report.year,
    versionName: report.version?.name ?? (lang === 'fr' ? 'Calcul du jour' : "Today's computation"),
    budget: report.budget,
    variance: report.variance,
    costCentreNames: Object.fromEntries(report.costCentres.map((c) => [c.code, c.name])),
  };
  return { bytes: format === 'pdf' ? await budgetPdf(doc, lang) : await budgetXlsx(doc, lang) };
}
