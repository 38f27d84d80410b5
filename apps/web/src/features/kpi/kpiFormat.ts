// Pure helpers of the dashboard: periods (month, ISO week, custom range) and KPI values in each unit and language.
import { formatDate, formatNumber, formatPercent, type Lang } from '@logipilot/i18n';
import type { TFunction } from 'i18next';
import type { KpiTile, KpiUnit } from './kpiTypes.ts';

export type PeriodKind = 'month' | 'week' | 'custom';

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function ms(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  return iso(ms(day) + days * DAY_MS);
}

/** Today in the browser's own calendar (not UTC: at 00:30 in Paris it is already tomorrow). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The calendar month holding `day`. */
export function monthPeriod(day: string): Period {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { kind: 'month', from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

/** Monday to Sunday around `day`. */
export function weekPeriod(day: string): Period {
  const weekday = (new Date(ms(day)).getUTCDay() + 6) % 7;
  const from = addDays(day, -weekday);
  return { kind: 'week', from, to: addDays(from, 6) };
}

/** The ISO week number and its year (`2026-W09`), as an `<input type="week">` holds it. */
export function isoWeekValue(day: string): string {
  const monday = weekPeriod(day).from;
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((ms(thursday) - ms(`${year}-01-01`)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an `<input type="week">` value, or null. */
export function mondayOfWeekValue(value: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!match) return null;
  const jan4 = `${match[1]}-01-04`;
  return addDays(weekPeriod(jan4).from, (Number(match[2]) - 1) * 7);
}

/** The period one step before (-1) or after (+1): a month, a week, or a custom range of the same length. */
export function shiftPeriod(period: Period, step: -1 | 1): Period {
  if (period.kind === 'month')
    return monthPeriod(step < 0 ? addDays(period.from, -1) : addDays(period.to, 1));
  if (period.kind === 'week') return weekPeriod(addDays(period.from, 7 * step));
  const length = Math.round((ms(period.to) - ms(period.from)) / DAY_MS) + 1;
  return { kind: 'custom', from: addDays(period.from, step * length), to: addDays(period.to, step * length) };
}

/** The month a period's report covers: the month of its last day. */
export function reportMonth(period: Period): string {
  return period.to.slice(0, 7);
}

/** "février 2026" / "February 2026". */
export function monthLabel(lang: Lang, month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "27 nov." / "27 Nov": a day inside a period whose year is already on screen. */
export function dayMonth(lang: Lang, day: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** The `count` periods of a kind ending with the one holding `day`, newest first (the picker's choices). */
export function recentPeriods(kind: 'month' | 'week', day: string, count: number): Period[] {
  const out: Period[] = [];
  let p = kind === 'month' ? monthPeriod(day) : weekPeriod(day);
  for (let i = 0; i < count; i++) {
    out.push(p);
    p = shiftPeriod(p, -1);
  }
  return out;
}

export function shortDate(lang: Lang, day: string): string {
  return formatDate(lang, day, 'medium');
}

/** Decimals shown per unit: percentages to a tenth of a point, ppm whole, hours and rates to a tenth. */
function digits(unit: KpiUnit): number {
  if (unit === 'ppm') return 0;
  if (unit === 'eur') return 2;
  return 1;
}

type Translate = TFunction;

/** The bare number of a value, with the unit's decimals. */
export function formatKpiNumber(lang: Lang, unit: KpiUnit, value: number): string {
  const d = digits(unit);
  return formatNumber(lang, value, { minimumFractionDigits: d, maximumFractionDigits: d });
}

/**
 * A KPI value with its unit: "98,5 %", "1 250 ppm", "86,6 lignes/h", "0,52 €" in French; "98.5%", "86.6 lines/h" in
 * English. Safety rates (TF, TG) are plain numbers by definition.
 */
export function formatKpiValue(
  lang: Lang,
  tile: Pick<KpiTile, 'id' | 'unit'>,
  value: number | null,
  t: Translate,
): string {
  if (value === null || !Number.isFinite(value)) return t('web-kpi.tile.noValue');
  switch (tile.unit) {
    case 'percent':
      return formatPercent(lang, value / 100, 1);
    case 'eur':
      return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }).format(value);
    case 'rate':
      return formatKpiNumber(lang, 'rate', value);
    case 'per_hour':
      return `${formatKpiNumber(lang, 'per_hour', value)}\u00a0${t(`kpi.kpi.${tile.id}.unit`)}`;
    default:
      return `${formatKpiNumber(lang, tile.unit, value)}\u00a0${t(`kpi.unitShort.${tile.unit}`)}`;
  }
}

/** Signed value minus target: points for a percentage ("+0,4 pt"), the unit otherwise. */
export function formatVariance(
  lang: Lang,
  tile: Pick<KpiTile, 'id' | 'unit'>,
  variance: number,
  t: Translate,
): string {
  const sign = variance > 0 ? '+' : variance < 0 ? '\u2212' : '';
  const magnitude = Math.abs(variance);
  if (tile.unit === 'percent')
    return `${sign}${t('web-kpi.tile.points', { value: formatKpiNumber(lang, 'percent', magnitude) })}`;
  return `${sign}${formatKpiValue(lang, tile, magnitude, t)}`;
}

/** Whether being `variance` away from the target is good news for a KPI of this direction (0 counts as good). */
export function varianceIsGood(direction: 'up' | 'down', variance: number): boolean {
  return direction === 'up' ? variance >= 0 : variance <= 0;
}

/** The tiles of one group in the layout's order, dropping KPIs the breakdown does not have. */
export function orderedTiles(tiles: readonly KpiTile[], layout: readonly string[], group: string): KpiTile[] {
  const byId = new Map(tiles.filter((tile) => tile.group === group).map((tile) => [tile.id, tile]));
  return layout.flatMap((id) => {
    const tile = byId.get(id);
    return tile ? [tile] : [];
  });
}

/** Moves the item at `index` one place up (-1) or down (+1); the same array when it cannot move. */
export function move<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as T);
  return next;
}
