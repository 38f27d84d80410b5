// The volumes of one forecast version laid out like an Excel sheet: one row per client × flow, one column per day,
// with the forecast interval of each cell and the changes the user typed, ready for POST /api/forecasts/{id}/edits.
import { type Lang, parseLocaleNumber } from '@logipilot/i18n';
import type { ForecastDetail } from '../../api/types.ts';

/** The flows in the order goods move through the site (FLOW_KINDS of the domain); unknown ones follow. */
export const FLOW_ORDER = [
  'inbound_trucks',
  'inbound_pallets',
  'inbound_loose_cartons',
  'putaway_pallets',
  'replenishments',
  'order_lines',
  'units_picked',
  'parcels_packed',
  'pallets_shipped',
  'trucks_loaded',
  'returns',
  'vas_units',
] as const;

export interface Interval {
  value: number;
  lower: number;
  upper: number;
}

export interface GridCell {
  day: string;
  /** The day's volume in the version: whole-day row plus hourly rows; null when the version holds none. */
  value: number | null;
  /** Hourly rows make the day a sum the grid cannot split back: such a cell is read-only. */
  hourly: boolean;
  interval: Interval | null;
}

export interface GridRow {
  clientId: string;
  clientCode: string;
  flow: string;
  cells: GridCell[];
}

/** One edited cell, as the edits route takes it. */
export interface VolumeChange {
  clientId: string;
  flow: string;
  day: string;
  quantity: number;
}

export const cellKey = (clientId: string, flow: string, day: string) => `${clientId}|${flow}|${day}`;

/** ISO day `n` days after `day` (negative: before), in calendar days whatever the browser's time zone. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week holding `day`: the grid shows whole weeks, as a weekly planning sheet does. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

export function daysFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

/** First and last day the version holds (volumes or forecast points), or null when it is empty. */
export function versionSpan(detail: ForecastDetail): { first: string; last: string } | null {
  const days = [
    ...detail.volumes.map((v) => v.day),
    ...detail.series.flatMap((s) => s.points.map((p) => p.day)),
  ];
  if (days.length === 0) return null;
  days.sort();
  return { first: days[0] as string, last: days[days.length - 1] as string };
}

function flowRank(flow: string): number {
  const i = (FLOW_ORDER as readonly string[]).indexOf(flow);
  return i === -1 ? FLOW_ORDER.length : i;
}

/** The day total of every (client, flow, day) the version holds: what a cell shows before any change. */
export function dayTotals(detail: ForecastDetail): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of detail.volumes) {
    const key = cellKey(v.clientId, v.flow, v.day);
    out.set(key, Math.round(((out.get(key) ?? 0) + v.quantity) * 1e6) / 1e6);
  }
  return out;
}

/**
 * Rows for every client × flow the version holds (on any day, so that a row never vanishes when paging), sorted by
 * client code then flow order; `clientId` keeps one client.
 */
export function buildGrid(detail: ForecastDetail, days: readonly string[], clientId = ''): GridRow[] {
  const codes = new Map<string, string>();
  const totals = new Map<string, { value: number; hourly: boolean }>();
  const pairs = new Map<string, { clientId: string; flow: string }>();
  for (const v of detail.volumes) {
    codes.set(v.clientId, v.clientCode);
    pairs.set(`${v.clientId}|${v.flow}`, { clientId: v.clientId, flow: v.flow });
    const key = cellKey(v.clientId, v.flow, v.day);
    const cell = totals.get(key) ?? { value: 0, hourly: false };
    cell.value += v.quantity;
    if (v.hour !== null) cell.hourly = true;
    totals.set(key, cell);
  }
  const intervals = new Map<string, Interval>();
  for (const s of detail.series) {
    pairs.set(`${s.clientId}|${s.flow}`, { clientId: s.clientId, flow: s.flow });
    for (const p of s.points)
      intervals.set(cellKey(s.clientId, s.flow, p.day), { value: p.value, lower: p.lower, upper: p.upper });
  }
  return [...pairs.values()]
    .filter((p) => !clientId || p.clientId === clientId)
    .map((p) => ({ ...p, clientCode: codes.get(p.clientId) ?? p.clientId }))
    .sort(
      (a, b) =>
        a.clientCode.localeCompare(b.clientCode) ||
        flowRank(a.flow) - flowRank(b.flow) ||
        a.flow.localeCompare(b.flow),
    )
    .map((p) => ({
      ...p,
      cells: days.map((day) => {
        const key = cellKey(p.clientId, p.flow, day);
        const total = totals.get(key);
        return {
          day,
          value: total ? Math.round(total.value * 1e6) / 1e6 : null,
          hourly: total?.hourly ?? false,
          interval: intervals.get(key) ?? null,
        };
      }),
    }));
}

/** What a typed text means for a cell: unchanged (same number or left empty), a change, or not a quantity. */
export type DraftState = { kind: 'same' } | { kind: 'changed'; quantity: number } | { kind: 'invalid' };

export function draftState(lang: Lang, text: string, original: number | null): DraftState {
  if (text.trim() === '' && original === null) return { kind: 'same' };
  const n = parseLocaleNumber(lang, text);
  if (n === null || n < 0) return { kind: 'invalid' };
  const quantity = Math.round(n * 1e6) / 1e6;
  return quantity === original ? { kind: 'same' } : { kind: 'changed', quantity };
}

/** The changes of a set of drafts (key → typed text), in key order so that the request is stable. */
export function changesOf(
  lang: Lang,
  drafts: ReadonlyMap<string, string>,
  originals: ReadonlyMap<string, number | null>,
): { changes: VolumeChange[]; invalid: string[] } {
  const changes: VolumeChange[] = [];
  const invalid: string[] = [];
  for (const key of [...drafts.keys()].sort()) {
    const state = draftState(lang, drafts.get(key) ?? '', originals.get(key) ?? null);
    if (state.kind === 'invalid') invalid.push(key);
    if (state.kind !== 'changed') continue;
    const [clientId = '', flow = '', day = ''] = key.split('|');
    changes.push({ clientId, flow, day, quantity: state.quantity });
  }
  return { changes, invalid };
}

/** A block copied from Excel: rows by line, cells by tab; the trailing line break Excel adds is no row. */
export function pastedBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}
