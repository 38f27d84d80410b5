// What the monthly KPI report reads (board tiles, 13-month series, SPC alerts), and the labels, number formats,
// light colours and summary counts its PDF and XLSX writers share.
import {
  KPI_FAMILIES,
  KPIS,
  type KpiDirection,
  type KpiFamily,
  type KpiUnit,
  kpiById,
  needsActionPlan,
  type TrafficLight,
  type Trend,
  trafficLight,
} from '@logipilot/domain';
import { formatDate, formatNumber, type Lang, localeTag, translate } from '@logipilot/i18n';

/** One KPI of the month (the app's KpiTile, structurally: documents do not import the app). */
export interface KpiReportTile {
  id: string;
  family: KpiFamily;
  unit: KpiUnit;
  direction: KpiDirection;
  value: number | null;
  target: number | null;
  tolerance: number | null;
  status: TrafficLight;
  previous: number | null;
  lastYear: number | null;
  trend: Trend | null;
}

/** A KPI's monthly values, aligned on `KpiReportInput.months` (null where nothing was measured). */
export interface KpiReportSeries {
  kpiId: string;
  values: (number | null)[];
}

/** An SPC alert of the month (the app's DriftAlert, with its key's display name). */
export interface KpiReportAlert {
  kpiId: string;
  dimension: string;
  key: string;
  /** The client's (or team's…) name; '' for the site. */
  keyName: string;
  rule: string;
  side: 'above' | 'below' | 'both' | 'none';
  firedAt: string;
  start: string;
  end: string;
  dates: readonly string[];
  value: number;
  centre: number;
  lcl: number;
  ucl: number;
}

export interface KpiReportClient {
  id: string;
  name: string;
  tiles: KpiReportTile[];
}

export interface KpiReportInput {
  siteName: string;
  /** `YYYY-MM`. */
  month: string;
  /** Set when the figures are one client's only (a client viewer's report). */
  clientName?: string;
  /** The day the report is generated, in the site's time zone (ISO day). */
  generatedOn: string;
  /** The month's KPIs for the whole site (or the one client). */
  tiles: KpiReportTile[];
  /** First days of the 13 months ending with the report's month, oldest first. */
  months: string[];
  series: KpiReportSeries[];
  /** KPIs drawn on the charts page, in order. */
  chartKpiIds: string[];
  clients: KpiReportClient[];
  alerts: KpiReportAlert[];
}

export const tr = (lang: Lang, key: string, params?: Record<string, unknown>): string =>
  translate(lang, `kpi-documents.${key}`, params);

export const kpiText = (lang: Lang, key: string, params?: Record<string, unknown>): string =>
  translate(lang, `kpi.${key}`, params);

export const kpiName = (lang: Lang, id: string): string => kpiText(lang, `kpi.${id}.name`);

/** French numbers group thousands with U+202F, which Roboto lacks: the plain no-break space prints. */
export const printable = (text: string): string => text.replace(/\u202f/g, '\u00a0');

/** Decimals a value shows: two for a % near 100 (99.75 vs 99.8 matters), none for ppm, two for money. */
const DIGITS: Record<KpiUnit, { min: number; max: number }> = {
  percent: { min: 1, max: 2 },
  ppm: { min: 0, max: 0 },
  per_mille: { min: 1, max: 2 },
  hours: { min: 1, max: 1 },
  per_hour: { min: 1, max: 1 },
  eur: { min: 2, max: 2 },
  rate: { min: 1, max: 1 },
};

/** Units printed after the figure; a rate per hour or a safety rate reads from the unit column instead. */
const SUFFIXED: ReadonlySet<KpiUnit> = new Set(['percent', 'ppm', 'per_mille', 'hours', 'eur']);

export function formatFigure(lang: Lang, unit: KpiUnit, value: number, signed = false): string {
  const { min, max } = DIGITS[unit];
  return printable(
    formatNumber(lang, value, {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      ...(signed ? { signDisplay: 'exceptZero' } : {}),
    }),
  );
}

/** A KPI value with its short unit: `98,5 %`, `1 250 ppm`, `0,42 €`, `102,3` (lines/h). */
export function formatKpiValue(lang: Lang, unit: KpiUnit, value: number | null): string {
  if (value === null) return '—';
  const figure = formatFigure(lang, unit, value);
  return SUFFIXED.has(unit) ? `${figure}\u00a0${kpiText(lang, `unitShort.${unit}`)}` : figure;
}

/** Actual − target: in points for a percentage, in the KPI's unit otherwise; signed. */
export function formatVariance(lang: Lang, unit: KpiUnit, variance: number | null): string {
  if (variance === null) return '—';
  const figure = formatFigure(lang, unit, variance, true);
  if (unit === 'percent') return tr(lang, 'variancePoints', { value: figure }).replace(' ', '\u00a0');
  return SUFFIXED.has(unit) ? `${figure}\u00a0${kpiText(lang, `unitShort.${unit}`)}` : figure;
}

export const varianceOf = (tile: Pick<KpiReportTile, 'value' | 'target'>): number | null =>
  tile.value === null || tile.target === null ? null : tile.value - tile.target;

/** The unit as people say it for this KPI ("lignes/h", "€/ligne"). */
export const unitLabel = (lang: Lang, id: string): string => kpiText(lang, `kpi.${id}.unit`);

/** Light colours, `RRGGBB` (exceljs reads `FFRRGGBB`, pdfmake `#RRGGBB`): pale enough for black text. */
export const LIGHT_FILL: Record<TrafficLight, string | undefined> = {
  green: 'B6D7A8',
  amber: 'FFD966',
  red: 'EA9999',
  none: undefined,
};
/** The same lights, saturated, for chart points and the summary's boxes. */
export const LIGHT_STRONG: Record<TrafficLight, string> = {
  green: '38761D',
  amber: 'E69138',
  red: 'CC0000',
  none: '999999',
};
export const HEADER_FILL = 'E8EEF4';
export const FAMILY_FILL = 'D0DCE8';

const monthFormats = new Map<string, Intl.DateTimeFormat>();

function monthFormat(lang: Lang, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let f = monthFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      localeTag(lang),
      style === 'long'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { month: 'short', year: '2-digit', timeZone: 'UTC' },
    );
    monthFormats.set(key, f);
  }
  return f;
}

/** `Mars 2026` / `March 2026` from `2026-03` or `2026-03-01`. */
export function monthLabel(lang: Lang, month: string): string {
  const text = monthFormat(lang, 'long').format(new Date(`${month.slice(0, 7)}-01T00:00:00Z`));
  return text.charAt(0).toLocaleUpperCase(localeTag(lang)) + text.slice(1);
}

/** `mars 25` / `Mar 25`: the axis of the 13-month charts. */
export const monthShort = (lang: Lang, month: string): string =>
  monthFormat(lang, 'short').format(new Date(`${month.slice(0, 7)}-01T00:00:00Z`));

export const dayLabel = (lang: Lang, iso: string): string => formatDate(lang, iso, 'short');

/** Title block: site (and client), month, generated date. */
export function metaLines(lang: Lang, input: KpiReportInput): string[] {
  return [
    tr(lang, 'meta.site', { site: input.siteName }),
    ...(input.clientName ? [tr(lang, 'meta.client', { client: input.clientName })] : []),
    tr(lang, 'meta.month', { month: monthLabel(lang, input.month) }),
    tr(lang, 'meta.generated', { date: formatDate(lang, input.generatedOn) }),
  ];
}

const CATALOGUE_ORDER = new Map(KPIS.map((k, i) => [k.id, i]));

/** The tiles of each family, in the catalogue's order; families without a tile are left out. */
export function byFamily<T extends { id: string; family: KpiFamily }>(
  tiles: readonly T[],
): { family: KpiFamily; tiles: T[] }[] {
  return KPI_FAMILIES.map((family) => ({
    family,
    tiles: tiles
      .filter((t) => t.family === family)
      .sort((a, b) => (CATALOGUE_ORDER.get(a.id) ?? 0) - (CATALOGUE_ORDER.get(b.id) ?? 0)),
  })).filter((f) => f.tiles.length > 0);
}

export const familyName = (lang: Lang, family: KpiFamily): string => kpiText(lang, `family.${family}`);

export type LightCounts = Record<TrafficLight, number>;

export function lightCounts(tiles: readonly KpiReportTile[]): LightCounts {
  const out: LightCounts = { green: 0, amber: 0, red: 0, none: 0 };
  for (const t of tiles) out[t.status] += 1;
  return out;
}

/** Each month's light of a series, read against this month's target (a target change shows on the next report). */
export function seriesLights(tile: KpiReportTile, values: readonly (number | null)[]): TrafficLight[] {
  const thresholds =
    tile.target === null ? null : { target: tile.target, amberTolerance: tile.tolerance ?? 0 };
  return values.map((v) => trafficLight(tile.direction, v, thresholds));
}

/** kpis.md §7: red three months running ⇒ an action plan; the KPIs concerned, in the tiles' order. */
export function actionPlanKpis(input: KpiReportInput): string[] {
  const series = new Map(input.series.map((s) => [s.kpiId, s.values]));
  return input.tiles
    .filter((t) => {
      const values = series.get(t.id);
      return t.status === 'red' && values !== undefined && needsActionPlan(seriesLights(t, values), 3);
    })
    .map((t) => t.id);
}

/** The handbook reference of a KPI ('' for an id the catalogue no longer knows). */
export const handbookOf = (id: string): string => kpiById(id)?.handbook ?? '';

/** Whether the trend goes the KPI's good way: `good`, `bad`, or `flat`. */
export function trendTone(direction: KpiDirection, trend: Trend): 'good' | 'bad' | 'flat' {
  if (trend === 'flat') return 'flat';
  return trend === direction ? 'good' : 'bad';
}

/** Who an alert is about: the site, or "Client X". */
export function alertScope(lang: Lang, alert: KpiReportAlert): string {
  if (alert.dimension === 'site') return kpiText(lang, 'dimension.site');
  return `${kpiText(lang, `dimension.${alert.dimension}`)} ${alert.keyName || alert.key}`;
}

/** Sheet names: Excel's 31 characters, no reserved character, unique in the workbook. */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw) => {
    const base = raw.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base.slice(0, 26)} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}
