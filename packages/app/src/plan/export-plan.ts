// Use case: a stored plan as an XLSX workbook or a PDF, in French or English.
import { writePlanPdf } from '@logipilot/documents/plan/plan-pdf';
import { writePlanXlsx } from '@logipilot/documents/plan/plan-xlsx';
import type { Actor } from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import { asciiFileStem } from '../export/file-name.ts';
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
    fileName: `${asciiFileStem(plan.name, 'plan')}-${plan.from}.${format}`,
    contentType: PLAN_EXPORT_TYPES[format],
    bytes,
  };
}
