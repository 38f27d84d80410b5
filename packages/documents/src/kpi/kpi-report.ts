// The monthly KPI report (dashboard handed to the client's supply-chain manager) as PDF or XLSX bytes, FR or EN.
import type { Lang } from '@logipilot/i18n';
import type { KpiReportInput } from './kpi-report-model.ts';
import { writeKpiReportPdf } from './kpi-report-pdf.ts';
import { writeKpiReportXlsx } from './kpi-report-xlsx.ts';

export type {
  KpiReportAlert,
  KpiReportClient,
  KpiReportInput,
  KpiReportSeries,
  KpiReportTile,
} from './kpi-report-model.ts';

export type KpiReportFormat = 'pdf' | 'xlsx';

export const KPI_REPORT_TYPES: Record<KpiReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function writeKpiReport(
  input: KpiReportInput,
  format: KpiReportFormat,
  lang: Lang,
): Promise<Uint8Array> {
  return format === 'pdf' ? writeKpiReportPdf(input, lang) : writeKpiReportXlsx(input, lang);
}
