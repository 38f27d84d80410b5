// Builds the levers LP (overtime tiers, temp missions with ramp-up, shift extension, backlog, slack) solver-agnostically.
import { addDays, type IsoDate, type Rate, tempHourlyCostCents } from '@logipilot/domain';
import type { LinearModel, LpRow, LpVariable } from './linear-model.ts';
import type { LeverGap, LeverPerson, PlanLeversInput } from './types.ts';

export const DEFAULT_BACKLOG_PENALTY_CENTS = 500;
export const DEFAULT_UNCOVERED_PENALTY_CENTS = 1_000_000;
/** Missing the service level costs far more than leaving an hour uncovered within it. */
export const SHORTFALL_PENALTY_FACTOR = 100;

/** A gap once normalised: hours, one row per day × shift × qualification, its day an ISO date. */
export type HourGap = Omit<LeverGap, 'day'> & { day: IsoDate };

export interface GapRow {
  index: number;
  gap: HourGap;
  row: string;
  /** Index of the same shift × qualification on the next gap day, the target of backlog. */
  next: number | null;
}

export interface OvertimeTierVar {
  name: string;
  /** The variable's upper bound: the tier's hours, at most the day's capacity. */
  ub: number;
  kind: string;
  premium: number;
  costPerHour: number;
  countsTowardQuota: boolean;
}

export interface PersonDay {
  person: number;
  employeeId: string;
  day: IsoDate;
  maxExtraHours: number;
  costPerHourBase: number;
  tiers: OvertimeTierVar[];
  /** Allocation of the person-day's extra hours to gap rows. */
  allocations: { name: string; gapIndex: number }[];
}

export interface TempMission {
  name: string;
  shift: string;
  qualification: string;
  costPerHour: number;
  days: { gapIndex: number; day: IsoDate; missionDay: number; efficiency: number }[];
}

export interface PersonLimitRow {
  employeeId: string;
  row: string;
  code: string;
  maxHours: number;
  params: Record<string, string | number>;
  /** The tier variables the row sums. */
  vars: string[];
}

export interface BeyondQuota {
  name: string;
  employeeId: string;
  periodStart: IsoDate;
  restRate: number;
  days: IsoDate[];
}

export interface LeverModelMeta {
  rows: GapRow[];
  personDays: PersonDay[];
  missions: TempMission[];
  extensions: {
    name: string;
    gapIndex: number;
    costPerHour: number;
    headcount: number;
    hoursPerPerson: number;
  }[];
  backlogs: { name: string; gapIndex: number; toGapIndex: number; maxHours: number }[];
  uncovered: { name: string; gapIndex: number }[];
  shortfalls: { name: string; day: IsoDate; allowedHours: number; neededHours: number }[];
  personLimits: PersonLimitRow[];
  beyondQuota: BeyondQuota[];
  earliestTempDay: IsoDate;
  tempCostByQualification: Map<string, number>;
  loadedCostByQualification: Map<string, number>;
  missingRates: string[];
  unknownShifts: string[];
  penalties: { backlog: number; uncovered: number; shortfall: number };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Gaps sorted and merged per day × shift × qualification, so that the model never depends on input order. */
export function normaliseGaps(gaps: readonly LeverGap[]): HourGap[] {
  const byKey = new Map<string, HourGap>();
  for (const g of gaps) {
    const key = `${g.day}|${g.shift}|${g.qualification}`;
    const seen = byKey.get(key);
    if (seen) {
      byKey.set(key, {
        ...seen,
        needed: seen.needed + g.needed,
        available: seen.available + g.available,
        gap: seen.gap + g.gap,
      });
    } else byKey.set(key, { ...g, day: g.day as IsoDate });
  }
  return [...byKey.values()].sort(
    (a, b) => cmp(a.day, b.day) || cmp(a.shift, b.shift) || cmp(a.qualification, b.qualification),
  );
}

/** Gaps given in people become hours of their shift's length; a shift of unknown length cannot be converted. */
export function gapsInHours(
  gaps: readonly LeverGap[],
  shiftHours: Readonly<Record<string, number>>,
  unit: 'hours' | 'headcount',
): LeverGap[] {
  if (unit === 'hours') return [...gaps];
  return gaps.flatMap((g) => {
    const length = shiftHours[g.shift];
    if (!length) return [];
    return [{ ...g, needed: g.needed * length, available: g.available * length, gap: g.gap * length }];
  });
}

/** The first rate line per qualification, rates taken in id order. */
function ratesByQualification(rates: readonly Rate[]): Map<string, Rate> {
  const out = new Map<string, Rate>();
  for (const r of [...rates].sort((a, b) => cmp(a.id, b.id)))
    if (!out.has(r.qualification)) out.set(r.qualification, r);
  return out;
}

/** Efficiency of a temp on the n-th day (1-based) of a mission. */
export function rampUpEfficiency(rampUp: readonly number[], missionDay: number): number {
  if (rampUp.length === 0) return 1;
  return rampUp[Math.min(missionDay, rampUp.length) - 1] ?? 1;
}

/** Rate line a person is paid at: the named one, else their first qualification with a rate. */
export function personRate(person: LeverPerson, rates: ReadonlyMap<string, Rate>): Rate | undefined {
  if (person.rateQualification !== undefined) return rates.get(person.rateQualification);
  for (const q of person.qualifications) {
    const r = rates.get(q);
    if (r) return r;
  }
  return undefined;
}

/** Whether days are already in order (overtimeCapacity gives them so): the copy and sort are then skipped. */
function isSortedByDay(days: readonly { day: string }[]): boolean {
  for (let i = 1; i < days.length; i++)
    if ((days[i - 1] as { day: string }).day > (days[i] as { day: string }).day) return false;
  return true;
}

export function buildLeverModel(input: PlanLeversInput): { model: LinearModel; meta: LeverModelMeta } {
  const o = input.options;
  const penalties = {
    backlog: o.backlogPenaltyCentsPerHour ?? DEFAULT_BACKLOG_PENALTY_CENTS,
    uncovered: o.uncoveredPenaltyCentsPerHour ?? DEFAULT_UNCOVERED_PENALTY_CENTS,
    shortfall: (o.uncoveredPenaltyCentsPerHour ?? DEFAULT_UNCOVERED_PENALTY_CENTS) * SHORTFALL_PENALTY_FACTOR,
  };
  const unknownShifts = [
    ...new Set(
      input.gaps.filter((g) => o.gapUnit === 'headcount' && !input.shiftHours[g.shift]).map((g) => g.shift),
    ),
  ].sort(cmp);
  const gaps = normaliseGaps(gapsInHours(input.gaps, input.shiftHours, o.gapUnit ?? 'hours'));
  const rates = ratesByQualification(input.rates);
  const days = [...new Set(gaps.map((g) => g.day))].sort(cmp) as IsoDate[];
  const dayIndex = new Map<string, number>(days.map((d, i) => [d, i]));
  const earliestTempDay = addDays(o.planStart, o.tempLeadTimeDays);

  const variables: LpVariable[] = [];
  const rows: LpRow[] = [];
  const coverTerms: [string, number][][] = gaps.map(() => []);

  const keyIndex = new Map(gaps.map((g, i) => [`${g.day}|${g.shift}|${g.qualification}`, i]));
  const gapRows: GapRow[] = gaps.map((gap, index) => {
    const nextDay = days[(dayIndex.get(gap.day) ?? 0) + 1];
    const next =
      nextDay === undefined ? null : (keyIndex.get(`${nextDay}|${gap.shift}|${gap.qualification}`) ?? null);
    return { index, gap, row: `cover_${index}`, next };
  });
  // A row needs levers when it is short or can receive backlog from the day before.
  const receives = new Set(
    gapRows.filter((r) => r.gap.gap > 0 && r.next !== null).map((r) => r.next as number),
  );
  const active = gapRows.map((r) => r.gap.gap > 0 || receives.has(r.index));

  const loadedCostByQualification = new Map(
    [...rates].map(([q, r]) => [q, r.loadedHourlyCostCents as number]),
  );
  const tempCostByQualification = new Map([...rates].map(([q, r]) => [q, tempHourlyCostCents(r) as number]));
  const missingRates = [
    ...new Set(gaps.filter((g) => !rates.has(g.qualification)).map((g) => g.qualification)),
  ].sort(cmp);

  // Overtime: tier variables per person-day, allocated to the gap rows the person qualifies for.
  const activeRowsOfDay = new Map<string, GapRow[]>();
  for (const r of gapRows) {
    if (!active[r.index]) continue;
    const list = activeRowsOfDay.get(r.gap.day);
    if (list) list.push(r);
    else activeRowsOfDay.set(r.gap.day, [r]);
  }
  const people = [...input.people].sort((a, b) => cmp(a.employeeId, b.employeeId));
  const personDays: PersonDay[] = [];
  const personLimits: PersonLimitRow[] = [];
  const beyondQuota: BeyondQuota[] = [];
  // Loops below index arrays rather than destructure `entries()`: a plan builds this model 52 times.
  for (let p = 0; p < people.length; p++) {
    const person = people[p] as LeverPerson;
    const rate = personRate(person, rates);
    if (!rate) continue;
    const base = rate.loadedHourlyCostCents as number;
    const tierVarsByDay = new Map<string, OvertimeTierVar[]>();
    const weekOfDay = new Map<string, number>();
    const weeklyTiers = person.weeklyTiers ?? [];
    for (let w = 0; w < weeklyTiers.length; w++)
      for (const d of (weeklyTiers[w] as (typeof weeklyTiers)[number]).days) weekOfDay.set(d, w);
    const weekTierVars = new Map<string, string[]>();
    const capacities = isSortedByDay(person.capacityByDay)
      ? person.capacityByDay
      : [...person.capacityByDay].sort((a, b) => cmp(a.day, b.day));
    for (const cap of capacities) {
      if (cap.maxExtraHours <= 1e-9) continue;
      const di = dayIndex.get(cap.day);
      if (di === undefined) continue;
      const targets = (activeRowsOfDay.get(cap.day) ?? []).filter(
        (r) =>
          person.qualifications.includes(r.gap.qualification) &&
          (person.shift === undefined || person.shift === r.gap.shift),
      );
      if (targets.length === 0) continue;
      const w = weekOfDay.get(cap.day);
      const week = w === undefined ? undefined : person.weeklyTiers?.[w];
      const tiers = (week ?? { tiers: cap.tiers }).tiers;
      const tierVars: OvertimeTierVar[] = [];
      for (let k = 0; k < tiers.length; k++) {
        const tier = tiers[k] as (typeof tiers)[number];
        if (tier.hours <= 1e-9) continue;
        const name = `ot_${p}_${di}_${k}`;
        const costPerHour = base * (1 + tier.premium);
        const ub = Math.min(tier.hours, cap.maxExtraHours);
        variables.push({ name, lb: 0, ub, cost: costPerHour });
        tierVars.push({
          name,
          ub,
          kind: tier.kind,
          premium: tier.premium,
          costPerHour,
          countsTowardQuota: tier.countsTowardQuota,
        });
        if (w !== undefined) {
          const key = `${w}|${k}`;
          const names = weekTierVars.get(key);
          if (names) names.push(name);
          else weekTierVars.set(key, [name]);
        }
      }
      if (tierVars.length === 0) continue;
      const dayCap = `otday_${p}_${di}`;
      rows.push({
        name: dayCap,
        terms: tierVars.map((t) => [t.name, 1]),
        sense: '<=',
        rhs: cap.maxExtraHours,
      });
      const allocations = targets.map((r) => ({ name: `ota_${p}_${r.index}`, gapIndex: r.index }));
      for (const a of allocations) {
        variables.push({ name: a.name, lb: 0, ub: Number.POSITIVE_INFINITY, cost: 0 });
        coverTerms[a.gapIndex]?.push([a.name, 1]);
      }
      rows.push({
        name: `otbal_${p}_${di}`,
        terms: [
          ...allocations.map((a): [string, number] => [a.name, 1]),
          ...tierVars.map((t): [string, number] => [t.name, -1]),
        ],
        sense: '=',
        rhs: 0,
      });
      tierVarsByDay.set(cap.day, tierVars);
      personLimits.push({
        employeeId: person.employeeId,
        row: dayCap,
        code: 'OVERTIME_DAY_CAPACITY',
        maxHours: cap.maxExtraHours,
        params: { day: cap.day },
        vars: tierVars.map((t) => t.name),
      });
      personDays.push({
        person: p,
        employeeId: person.employeeId,
        day: cap.day as IsoDate,
        maxExtraHours: cap.maxExtraHours,
        costPerHourBase: base,
        tiers: tierVars,
        allocations,
      });
    }
    // A week's tier is shared by its days: the LP fills the cheap tier first because it costs less.
    for (const [key, names] of [...weekTierVars].sort((a, b) => cmp(a[0], b[0]))) {
      const [w, k] = key.split('|').map(Number) as [number, number];
      const tier = person.weeklyTiers?.[w]?.tiers[k];
      if (!tier) continue;
      rows.push({
        name: `ottier_${p}_${w}_${k}`,
        terms: names.map((n) => [n, 1]),
        sense: '<=',
        rhs: tier.hours,
      });
    }
    const varsOver = (limitDays: readonly string[], quotaOnly: boolean): string[] => {
      const out: string[] = [];
      for (const d of limitDays) {
        const tierVars = tierVarsByDay.get(d);
        if (!tierVars) continue;
        for (const t of tierVars) if (!quotaOnly || t.countsTowardQuota) out.push(t.name);
      }
      return out;
    };
    for (const [l, limit] of (person.sharedLimits ?? []).entries()) {
      const vars = varsOver(limit.days, false);
      if (vars.length === 0) continue;
      const row = `otlim_${p}_${l}`;
      rows.push({ name: row, terms: vars.map((n) => [n, 1]), sense: '<=', rhs: limit.maxExtraHours });
      personLimits.push({
        employeeId: person.employeeId,
        row,
        code: limit.code,
        maxHours: limit.maxExtraHours,
        params: limit.params,
        vars,
      });
    }
    for (const [qi, quota] of (person.quotas ?? []).entries()) {
      const vars = varsOver(quota.days, true);
      if (vars.length === 0) continue;
      const row = `otquota_${p}_${qi}`;
      const terms: [string, number][] = vars.map((n) => [n, 1]);
      if (!quota.hard) {
        // Hours beyond the quota stay possible; each one costs its compulsory rest, paid at the loaded rate.
        const name = `otbeyond_${p}_${qi}`;
        variables.push({ name, lb: 0, ub: Number.POSITIVE_INFINITY, cost: base * quota.restRate });
        terms.push([name, -1]);
        beyondQuota.push({
          name,
          employeeId: person.employeeId,
          periodStart: quota.periodStart,
          restRate: quota.restRate,
          days: quota.days,
        });
      }
      rows.push({ name: row, terms, sense: '<=', rhs: quota.remainingHours });
      if (quota.hard) {
        personLimits.push({
          employeeId: person.employeeId,
          row,
          code: 'OVERTIME_ANNUAL_QUOTA',
          maxHours: quota.remainingHours,
          params: { periodStart: quota.periodStart, remainingHours: quota.remainingHours },
          vars,
        });
      }
    }
  }

  // Temps: one mission per shift × qualification × first and last day, ramping up day after day.
  const missions: TempMission[] = [];
  const slots = new Map<string, GapRow[]>();
  for (const r of gapRows) {
    if (!active[r.index] || r.gap.day < earliestTempDay || !rates.has(r.gap.qualification)) continue;
    const key = `${r.gap.shift}|${r.gap.qualification}`;
    const list = slots.get(key);
    if (list) list.push(r);
    else slots.set(key, [r]);
  }
  for (const [key, slotRows] of [...slots].sort((a, b) => cmp(a[0], b[0]))) {
    const [shift, qualification] = key.split('|') as [string, string];
    const costPerHour = tempCostByQualification.get(qualification) ?? 0;
    for (let i = 0; i < slotRows.length; i++) {
      for (let j = i; j < slotRows.length; j++) {
        const name = `tmp_${slotRows[i]?.index}_${slotRows[j]?.index}`;
        const missionDays = slotRows.slice(i, j + 1).map((r, k) => ({
          gapIndex: r.index,
          day: r.gap.day,
          missionDay: k + 1,
          efficiency: rampUpEfficiency(o.tempRampUp, k + 1),
        }));
        variables.push({ name, lb: 0, ub: Number.POSITIVE_INFINITY, cost: costPerHour * missionDays.length });
        for (const d of missionDays) coverTerms[d.gapIndex]?.push([name, d.efficiency]);
        missions.push({ name, shift, qualification, costPerHour, days: missionDays });
      }
    }
  }

  // Shift extension, backlog and uncovered hours per gap row.
  const maxDaily = o.maxDailyHours ?? 10;
  const extensions: LeverModelMeta['extensions'] = [];
  const backlogs: LeverModelMeta['backlogs'] = [];
  const uncovered: LeverModelMeta['uncovered'] = [];
  const incoming = new Map<number, string[]>();
  for (const r of gapRows) {
    if (!active[r.index]) continue;
    const g = r.gap;
    const length = input.shiftHours[g.shift];
    const loaded = loadedCostByQualification.get(g.qualification);
    const hoursPerPerson = length === undefined ? 0 : Math.min(o.shiftExtensionMaxHours, maxDaily - length);
    if (length !== undefined && length > 0 && loaded !== undefined && hoursPerPerson > 0 && g.available > 0) {
      const headcount = g.available / length;
      const name = `ext_${r.index}`;
      const costPerHour = loaded * (1 + (o.shiftExtensionPremium ?? 0.25));
      variables.push({ name, lb: 0, ub: headcount * hoursPerPerson, cost: costPerHour });
      coverTerms[r.index]?.push([name, 1]);
      extensions.push({ name, gapIndex: r.index, costPerHour, headcount, hoursPerPerson });
    }
    if (r.next !== null && g.gap > 0 && o.backlogMaxShareNextDay > 0 && g.needed > 0) {
      const name = `blg_${r.index}`;
      const maxHours = o.backlogMaxShareNextDay * g.needed;
      variables.push({ name, lb: 0, ub: maxHours, cost: penalties.backlog });
      coverTerms[r.index]?.push([name, 1]);
      const into = incoming.get(r.next);
      if (into) into.push(name);
      else incoming.set(r.next, [name]);
      backlogs.push({ name, gapIndex: r.index, toGapIndex: r.next, maxHours });
    }
    const name = `unc_${r.index}`;
    variables.push({ name, lb: 0, ub: Number.POSITIVE_INFINITY, cost: penalties.uncovered });
    coverTerms[r.index]?.push([name, 1]);
    uncovered.push({ name, gapIndex: r.index });
  }
  for (const r of gapRows) {
    if (!active[r.index]) continue;
    const terms = [
      ...(coverTerms[r.index] ?? []),
      ...(incoming.get(r.index) ?? []).map((n): [string, number] => [n, -1]),
    ];
    rows.push({ name: r.row, terms, sense: '>=', rhs: r.gap.gap });
  }

  // Service level: per day, uncovered plus deferred hours stay within (1 − level) of the needed hours.
  const shortfalls: LeverModelMeta['shortfalls'] = [];
  const backlogOf = new Map<number, (typeof backlogs)[number]>();
  for (const b of backlogs) if (!backlogOf.has(b.gapIndex)) backlogOf.set(b.gapIndex, b);
  const rowsOfDay = new Map<string, GapRow[]>();
  for (const r of gapRows) {
    const list = rowsOfDay.get(r.gap.day);
    if (list) list.push(r);
    else rowsOfDay.set(r.gap.day, [r]);
  }
  for (const [di, day] of days.entries()) {
    const allRows = rowsOfDay.get(day) ?? [];
    const dayRows = allRows.filter((r) => active[r.index]);
    const neededHours = allRows.reduce((s, r) => s + Math.max(r.gap.needed, 0), 0);
    const terms: [string, number][] = [];
    for (const r of dayRows) {
      terms.push([`unc_${r.index}`, 1]);
      const b = backlogOf.get(r.index);
      if (b) terms.push([b.name, 1]);
    }
    if (terms.length === 0) continue;
    const name = `short_${di}`;
    const allowedHours = (1 - o.serviceLevel) * neededHours;
    variables.push({ name, lb: 0, ub: Number.POSITIVE_INFINITY, cost: penalties.shortfall });
    terms.push([name, -1]);
    rows.push({ name: `sl_${di}`, terms, sense: '<=', rhs: allowedHours });
    shortfalls.push({ name, day, allowedHours, neededHours });
  }

  return {
    model: { variables, rows },
    meta: {
      rows: gapRows,
      personDays,
      missions,
      extensions,
      backlogs,
      uncovered,
      shortfalls,
      personLimits,
      beyondQuota,
      earliestTempDay,
      tempCostByQualification,
      loadedCostByQualification,
      missingRates,
      unknownShifts,
      penalties,
    },
  };
}
