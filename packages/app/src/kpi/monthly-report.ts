// Use case: the monthly KPI report (kpis.md §7 steering dashboard) of a site as PDF or XLSX, in French or English:
// the month's tiles, service by client, 13-month series, the month's SPC alerts.
import type { Database } from '@logipilot/db';
import {
  KPI_REPORT_TYPES,
  type KpiReportAlert,
  type KpiReportFormat,
  type KpiReportInput,
  type KpiReportTile,
  writeKpiReport,
} from '@logipilot/documents/kpi/kpi-report';
import { type Actor, DomainError, parseIsoDate, periodRange, todayIn } from '@logipilot/domain';
import { isLang, type Lang, localeTag } from '@logipilot/i18n';
import { isClientViewer } from '../masterdata/policy.ts';
import { DEFAULT_LAYOUT } from './dashboard-layout.ts';
import { detectDrifts } from './drift-detection.ts';
import { type KpiBoard, type KpiTile, kpiBoard } from './kpi-board.ts';

export interface MonthlyKpiReportRequest {
  siteId: string;
  /** `YYYY-MM`. */
  month: string;
  lang: Lang;
  format: KpiReportFormat;
}

export interface MonthlyKpiReport {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const FORMATS: readonly KpiReportFormat[] = ['pdf', 'xlsx'];

function checkRequest(request: MonthlyKpiReportRequest): { year: number; month: number } {
  const m = MONTH.exec(request.month);
  if (!m) throw new DomainError('INVALID_DATE', { field: 'month', params: { value: request.month } });
  if (!isLang(request.lang))
    throw new DomainError('INVALID_CHOICE', {
      field: 'lang',
      params: { value: request.lang, allowed: 'fr, en' },
    });
  if (!FORMATS.includes(request.format))
    throw new DomainError('INVALID_CHOICE', {
      field: 'format',
      params: { value: request.format, allowed: FORMATS.join(', ') },
    });
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** First days of the 13 months ending with `year-month`, oldest first. */
function thirteenMonths(year: number, month: number): string[] {
  return Array.from({ length: 13 }, (_, i) => {
    const index = year * 12 + (month - 1) - 12 + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  });
}

/** The month's tiles with the trend read on the monthly series (kpis.md §7: the last 3–4 periods of the report). */
function reportTiles(month: KpiBoard, year: KpiBoard, group: string): KpiReportTile[] {
  const yearly = new Map(year.tiles.filter((t) => t.group === group).map((t) => [t.id, t]));
  return month.tiles
    .filter((t) => t.group === group)
    .map((t: KpiTile) => ({
      id: t.id,
      family: t.family,
      unit: t.unit,
      direction: t.direction,
      value: t.value,
      target: t.target,
      tolerance: t.tolerance,
      status: t.status,
      previous: t.previous,
      lastYear: t.lastYear,
      trend: yearly.get(t.id)?.trend ?? t.trend,
    }));
}

/**
 * @example monthlyKpiReport(ctx, actor, { siteId, month: '2026-03', lang: 'fr', format: 'pdf' })
 * // { fileName: 'kpi-report-LYS-2026-03-fr.pdf', contentType: 'application/pdf', bytes }
 */
export async function monthlyKpiReport(
  ctx: { db: Database },
  actor: Actor,
  request: MonthlyKpiReportRequest,
): Promise<MonthlyKpiReport> {
  const { year, month } = checkRequest(request);
  const { siteId, lang, format } = request;
  const start = parseIsoDate(`${request.month}-01`);
  if (!start) throw new DomainError('INVALID_DATE', { field: 'month', params: { value: request.month } });
  const { from, to } = periodRange({ granularity: 'month', start });
  const months = thirteenMonths(year, month);
  const yearFrom = months[0]!;
  const site = await ctx.db.repos.sites.get(siteId);
  if (!site) throw new DomainError('SITE_NOT_FOUND', { params: { siteId } });
  // A client viewer's report holds its own client's figures only (kpiBoard and detectDrifts refuse anything else).
  const own = isClientViewer(actor) ? actor.clientId : null;
  const scope = own ? { groupBy: 'client' as const, keys: [own] } : { groupBy: 'site' as const };
  const clientScope = {
    groupBy: 'client' as const,
    family: 'service' as const,
    ...(own ? { keys: [own] } : {}),
  };
  const [board, yearBoard, clientBoard, clientYear, drifts, clients] = await Promise.all([
    kpiBoard(ctx, actor, { siteId, from, to, ...scope }),
    kpiBoard(ctx, actor, { siteId, from: yearFrom, to, ...scope }),
    own ? null : kpiBoard(ctx, actor, { siteId, from, to, ...clientScope }),
    own ? null : kpiBoard(ctx, actor, { siteId, from: yearFrom, to, ...clientScope }),
    detectDrifts(ctx, actor, { siteId, from, to, ...(own ? { dimension: 'client', keys: [own] } : {}) }),
    ctx.db.repos.clients.all(siteId),
  ]);
  const clientName = new Map(clients.map((c) => [c.id, c.name]));
  const group = own ?? '';
  const series = yearBoard.tiles
    .filter((t) => t.group === group)
    .map((t) => {
      const byPeriod = new Map(t.spark.map((p) => [p.period, p.value]));
      return { kpiId: t.id, values: months.map((m) => byPeriod.get(m) ?? null) };
    });
  // A KPI the site has never measured in the 13 months (no timesheets imported…) is left out, not a row of dashes.
  const measured = new Set(series.filter((s) => s.values.some((v) => v !== null)).map((s) => s.kpiId));
  const tiles = reportTiles(board, yearBoard, group).filter(
    (t) => measured.has(t.id) || t.value !== null || t.previous !== null || t.lastYear !== null,
  );
  const shown = new Set(tiles.map((t) => t.id));
  const collator = new Intl.Collator(localeTag(lang));
  const reportClients =
    clientBoard && clientYear
      ? clientBoard.groups
          .map((id) => ({
            id,
            name: clientName.get(id) ?? id,
            tiles: reportTiles(clientBoard, clientYear, id).filter((t) => shown.has(t.id)),
          }))
          .sort((a, b) => collator.compare(a.name, b.name))
      : [];
  const alerts: KpiReportAlert[] = drifts.alerts
    .map((a) => ({
      kpiId: a.kpiId,
      dimension: a.dimension,
      key: a.key,
      keyName: a.dimension === 'client' ? (clientName.get(a.key) ?? a.key) : a.key,
      rule: a.rule,
      side: a.side,
      firedAt: a.firedAt,
      start: a.start,
      end: a.end,
      dates: a.dates,
      value: a.value,
      centre: a.centre,
      lcl: a.lcl,
      ucl: a.ucl,
    }))
    // A month reads in date order; the alert list of the screen shows the newest first.
    .sort((a, b) => a.firedAt.localeCompare(b.firedAt) || a.kpiId.localeCompare(b.kpiId));
  const input: KpiReportInput = {
    siteName: site.name,
    month: request.month,
    ...(own ? { clientName: clientName.get(own) ?? own } : {}),
    generatedOn: todayIn(site.timeZone),
    tiles,
    months,
    series,
    chartKpiIds: DEFAULT_LAYOUT.tiles.filter((id) => shown.has(id)),
    clients: reportClients,
    alerts,
  };
  const bytes = await writeKpiReport(input, format, lang);
  // Every part is a site code, an ISO month or from a closed list: the name is ASCII without path characters.
  const code = site.code.replace(/[^A-Za-z0-9_-]/g, '') || 'site';
  return {
    fileName: `kpi-report-${code}-${request.month}-${lang}.${format}`,
    contentType: KPI_REPORT_TYPES[format],
    bytes,
  };
}
