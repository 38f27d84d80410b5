// Workload: forecast volumes × productivity standards → hours per activity, day, hour and shift, with peak days.
import { dayStatus, type SiteCalendar } from '../shared/calendar.ts';
import { addDays } from '../shared/dates.ts';
import type { FlowKind } from '../shared/flows.ts';
import { type Hours, hours, type IsoDate } from '../shared/units.ts';
import {
  type Activity,
  findStandard,
  type ProductivityStandard,
  standardMinutesPerUnit,
} from './activity.ts';
import { activityOfFlow, DEFAULT_FLOW_ACTIVITY_MAP, type FlowActivityMap } from './flow-activity.ts';
import { DEFAULT_PEAK_RULE, type PeakDay, type PeakRule, peakDays } from './peaks.ts';
import type { OperatingProfile } from './profiles.ts';
import { shiftSharesOfHour } from './shift-hours.ts';
import { type SpreadIssue, spreadShares } from './spread.ts';

export interface VolumeInput {
  clientId: string;
  flow: FlowKind;
  day: string;
  quantity: number;
}

export interface WorkloadInput {
  volumes: readonly VolumeInput[];
  standards: readonly ProductivityStandard[];
  flowMap?: Readonly<FlowActivityMap>;
  profile: OperatingProfile;
  calendar: SiteCalendar;
  /** The zone whose standard applies to a client's flow; null (default) = the site-wide standard. */
  zoneOf?: (clientId: string, flow: FlowKind) => string | null;
  peakRule?: PeakRule;
}

export interface HourlyWorkload {
  day: IsoDate;
  hour: number;
  activity: Activity;
  clientId: string;
  zoneId: string | null;
  hours: Hours;
}
export interface DayActivityWorkload {
  day: IsoDate;
  activity: Activity;
  hours: Hours;
}
export interface ShiftActivityWorkload {
  /** The day the shift starts (a night shift's hours after midnight belong to the previous day). */
  day: IsoDate;
  shift: string;
  activity: Activity;
  zoneId: string | null;
  hours: Hours;
}
export interface DayTotal {
  day: IsoDate;
  hours: Hours;
  peak: boolean;
}

type IssueParams = Record<string, string | number | boolean | null>;
export type WorkloadIssue =
  | { code: 'STANDARD_MISSING'; params: IssueParams }
  | { code: 'VOLUME_ON_CLOSED_DAY'; params: IssueParams }
  | { code: 'INVALID_QUANTITY'; params: IssueParams }
  | { code: 'HOURS_OUTSIDE_SHIFTS'; params: IssueParams }
  | SpreadIssue;

export interface Workload {
  hourly: HourlyWorkload[];
  byDay: DayActivityWorkload[];
  byShift: ShiftActivityWorkload[];
  days: DayTotal[];
  peakDays: PeakDay[];
  issues: WorkloadIssue[];
}

/** H_direct = V × standard minutes per unit / 60, standard = t × (1 + PF&D) / η (productivity-costing.md §1, §3 step 2). */
export function directHours(
  quantity: number,
  s: Pick<ProductivityStandard, 'minutesPerUnit' | 'allowancePfd' | 'efficiency'>,
): Hours {
  return hours((quantity * standardMinutesPerUnit(s)) / 60);
}

/** The work is still counted (it exists), but a volume on a day the site does not work is reported. */
export function closedDayIssue(calendar: SiteCalendar, v: VolumeInput): WorkloadIssue | null {
  const status = dayStatus(calendar, v.day as IsoDate);
  const worked =
    status.kind === 'working' ||
    status.kind === 'solidarity_day' ||
    (status.kind === 'public_holiday' && status.worked);
  if (worked) return null;
  return {
    code: 'VOLUME_ON_CLOSED_DAY',
    params: { day: v.day, flow: v.flow, clientId: v.clientId, quantity: v.quantity, dayKind: status.kind },
  };
}

function add<K>(map: Map<string, { key: K; hours: number }>, id: string, key: K, h: number): void {
  const row = map.get(id);
  if (row) row.hours += h;
  else map.set(id, { key, hours: h });
}

/** `addDays`, remembered per day and offset: a plan's volumes spread over the same few hundred days. */
function dayShifter(): (day: string, n: number) => IsoDate {
  const known = new Map<string, Map<number, IsoDate>>();
  return (day, n) => {
    let byOffset = known.get(day);
    if (!byOffset) {
      byOffset = new Map();
      known.set(day, byOffset);
    }
    let out = byOffset.get(n);
    if (out === undefined) {
      out = addDays(day, n);
      byOffset.set(n, out);
    }
    return out;
  };
}

function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turns forecast volumes into hours. Each flow maps to an activity/method/unit (flow-activity.ts), takes the zone's
 * standard (else the site-wide one), and spreads over the hours by the activity's rule (spread.ts). A missing
 * standard or a volume on a closed day is an issue in the result, never a throw.
 */
export function computeWorkload(input: WorkloadInput): Workload {
  const flowMap = input.flowMap ?? DEFAULT_FLOW_ACTIVITY_MAP;
  const issues: WorkloadIssue[] = [];
  const missing = new Set<string>();
  const hourly = new Map<string, { key: Omit<HourlyWorkload, 'hours'>; hours: number }>();
  const spreadCache = new Map<Activity, ReturnType<typeof spreadShares>>();
  const shiftDay = dayShifter();
  // Closed days are reported per volume, but a day's status is looked up once.
  const workedDay = new Map<string, boolean>();
  const standardOf = new Map<string, ProductivityStandard | null>();

  for (const v of input.volumes) {
    if (!Number.isFinite(v.quantity) || v.quantity < 0) {
      issues.push({ code: 'INVALID_QUANTITY', params: { day: v.day, flow: v.flow, clientId: v.clientId } });
      continue;
    }
    const fa = activityOfFlow(flowMap, v.flow);
    if (!fa || v.quantity === 0) continue;
    let worked = workedDay.get(v.day);
    if (worked === undefined) {
      worked = closedDayIssue(input.calendar, v) === null;
      workedDay.set(v.day, worked);
    }
    if (!worked) {
      const closed = closedDayIssue(input.calendar, v);
      if (closed) issues.push(closed);
    }
    const zoneId = input.zoneOf?.(v.clientId, v.flow) ?? null;
    const stdKey = `${fa.activity}|${fa.method}|${fa.unit}|${zoneId === null ? '' : `z${zoneId}`}`;
    let std = standardOf.get(stdKey);
    if (std === undefined) {
      std = findStandard(input.standards, fa.activity, fa.method, fa.unit, zoneId);
      standardOf.set(stdKey, std);
    }
    if (!std) {
      const id = `${fa.activity}|${fa.method}|${fa.unit}|${zoneId ?? ''}`;
      if (!missing.has(id)) {
        missing.add(id);
        issues.push({
          code: 'STANDARD_MISSING',
          params: { activity: fa.activity, method: fa.method, unit: fa.unit, zoneId, flow: v.flow },
        });
      }
      continue;
    }
    let spread = spreadCache.get(fa.activity);
    if (!spread) {
      spread = spreadShares(fa.activity, input.profile);
      spreadCache.set(fa.activity, spread);
      issues.push(...spread.issues);
    }
    const total = directHours(v.quantity, std);
    for (const [offset, share] of spread.shares) {
      const day = shiftDay(v.day, Math.floor(offset / 24));
      const hour = ((offset % 24) + 24) % 24;
      const id = `${day}|${hour}|${fa.activity}|${v.clientId}|${zoneId ?? ''}`;
      const row = hourly.get(id);
      if (row) row.hours += total * share;
      else
        hourly.set(id, {
          key: { day, hour, activity: fa.activity, clientId: v.clientId, zoneId },
          hours: total * share,
        });
    }
  }

  const hourlyRows = [...hourly.values()]
    .map(({ key, hours: h }) => ({ ...key, hours: hours(h) }))
    .sort((a, b) => byKey(a.day, b.day) || a.hour - b.hour || byKey(a.activity, b.activity));
  const byDay = new Map<string, { key: Omit<DayActivityWorkload, 'hours'>; hours: number }>();
  const byShift = new Map<string, { key: Omit<ShiftActivityWorkload, 'hours'>; hours: number }>();
  const outside = new Map<string, { key: { day: IsoDate; hour: number }; hours: number }>();
  const sharesOfHour = new Map<number, ReturnType<typeof shiftSharesOfHour>>();
  for (const r of hourlyRows) {
    add(byDay, `${r.day}|${r.activity}`, { day: r.day, activity: r.activity }, r.hours);
    let covered = 0;
    let shares = sharesOfHour.get(r.hour);
    if (!shares) {
      shares = shiftSharesOfHour(input.profile.shifts, r.hour);
      sharesOfHour.set(r.hour, shares);
    }
    for (const s of shares) {
      const day = shiftDay(r.day, s.dayOffset);
      const key = { day, shift: s.shift, activity: r.activity, zoneId: r.zoneId };
      add(byShift, `${day}|${s.shift}|${r.activity}|${r.zoneId ?? ''}`, key, r.hours * s.fraction);
      covered += s.fraction;
    }
    if (covered < 1 - 1e-9)
      add(outside, `${r.day}|${r.hour}`, { day: r.day, hour: r.hour }, r.hours * (1 - covered));
  }
  for (const { key, hours: h } of outside.values()) {
    issues.push({ code: 'HOURS_OUTSIDE_SHIFTS', params: { day: key.day, hour: key.hour, hours: h } });
  }

  const dayTotals = new Map<string, number>();
  for (const { key, hours: h } of byDay.values()) dayTotals.set(key.day, (dayTotals.get(key.day) ?? 0) + h);
  const totals = [...dayTotals].map(([day, h]) => ({ day, hours: h })).sort((a, b) => byKey(a.day, b.day));
  const peaks = peakDays(totals, input.peakRule ?? DEFAULT_PEAK_RULE);
  const peakSet = new Set(peaks.map((p) => p.params.day));
  const shiftOrder = (key: string) => input.profile.shifts.findIndex((s) => s.key === key);

  return {
    hourly: hourlyRows,
    byDay: [...byDay.values()]
      .map(({ key, hours: h }) => ({ ...key, hours: hours(h) }))
      .sort((a, b) => byKey(a.day, b.day) || byKey(a.activity, b.activity)),
    byShift: [...byShift.values()]
      .map(({ key, hours: h }) => ({ ...key, hours: hours(h) }))
      .sort(
        (a, b) =>
          byKey(a.day, b.day) || shiftOrder(a.shift) - shiftOrder(b.shift) || byKey(a.activity, b.activity),
      ),
    days: totals.map((t) => ({ day: t.day as IsoDate, hours: hours(t.hours), peak: peakSet.has(t.day) })),
    peakDays: peaks,
    issues,
  };
}
