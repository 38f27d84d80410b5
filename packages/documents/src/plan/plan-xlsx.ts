// The activity plan as an XLSX workbook: Synthèse/Summary, Charge/Workload, Effectifs/Staffing, Leviers/Levers, intérim.
import type { Lang } from '@logipilot/i18n';
import { writeXlsx } from '../tables/write-xlsx.ts';
import { type PlanDocumentInput, planSheets } from './plan-document.ts';

export function writePlanXlsx(plan: PlanDocumentInput, lang: Lang): Promise<Uint8Array> {
  return writeXlsx(planSheets(plan, lang));
}
