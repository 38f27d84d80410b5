// Use case: a stored plan as an XLSX workbook or a PDF, in French or English.
import { writePlanPdf } from '@logipilot/documents/plan/plan-pdf';
import { writePlanXlsx } from '@logipilot/documents/plan/plan-xlsx';
import type { Actor } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import type { PlanContext } from './compute-plan.ts';
import { getPlan } from './plan-versions.ts';

export const PLAN_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type PlanExportFormat = (typeof PLAN_EXPORT_FORMATS)[number];

export const PLAN_EXPORT_TYPES: Record<PlanExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface ExportedPlan {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** File names stay ASCII and free of path characters whatever the plan is called. */
function fileStem(name: string | undefined, from: string): string {
  const base = (name ?? 'plan')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'plan'}-${from}`;
}

export async function exportPlan(
  ctx: PlanContext,
  actor: Actor,
  id: string,
  format: PlanExportFormat,
  lang: Lang,
): Promise<ExportedPlan> {
  const plan = await getPlan(ctx, actor, id, lang);
  const bytes = format === 'xlsx' ? await writePlanXlsx(plan, lang) : await writePlanPdf(plan, lang);
  return {
    fileName: `${fileStem(plan.name, plan.from)}.${format}`,
    contentType: PLAN_EXPORT_TYPES[format],
    bytes,
  };
}
