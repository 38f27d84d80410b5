// Property over 200 seeded random plans and histories: the levers LP's overtime never breaks a working-time limit.
import {
  addDays,
  employeeSchema,
  type IsoDate,
  isoWeekday,
  overtimeCapacity,
  type SiteCalendar,
  siteCalendarSchema,
} from '@logipilot/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { violations } from './linear-model.ts';
import { buildLeverModel } from './model.ts';
import { planLeversWith } from './plan-levers.ts';
import { sampleRate } from './sample-plan.ts';
import { type Highs, loadHighs, solveWithHighs } from './solve-highs.ts';
import type { LeverGap, LeverLine, LeverPerson, PlanLeversInput } from './types.ts';

const CASES = 200;
const TOL = 1e-5;

/** Mulberry32: small, seeded, the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface World {
  id: string;
  temp: boolean;
  contractHours: number;
  complementaryMaxShare: number;
  hardQuota: boolean;
  historyFrom: IsoDate;
  history: Map<string, number>;
  planned: Map<string, number>;
  overtimeBefore: number;
}

interface Case {
  input: PlanLeversInput;
  worlds: World[];
  horizon: IsoDate[];
  calendar: SiteCalendar;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function randomCase(seed: number): Case {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const labourDayWeek = seed % 10 === 0;
  const monday = labourDayWeek ? ('2025-04-28' as IsoDate) : addDays('2025-01-13', 7 * Math.floor(r() * 40));
  const start = addDays(monday, labourDayWeek ? 0 : Math.floor(r() * 3));
  const horizon = Array.from({ length: 5 + Math.floor(r() * 11) }, (_, i) => addDays(start, i));
  const calendar = siteCalendarSchema.parse({ continuousOperation: r() < 0.3 });
  const lastSunday = addDays(horizon[horizon.length - 1]!, 7 - isoWeekday(horizon[horizon.length - 1]!));

  const worlds: World[] = [];
  const people: LeverPerson[] = [];
  const count = 1 + Math.floor(r() * 4);
  for (let p = 0; p < count; p++) {
    const id = `e${p}`;
    const temp = r() < 0.15;
    const contractHours = pick([35, 35, 35, 39, 24, 28, 30]);
    const complementaryMaxShare = r() < 0.5 ? 0.1 : 1 / 3;
    const hardQuota = r() < 0.8;
    const weeks = 4 + Math.floor(r() * 13);
    const historyFrom = addDays(start, -7 * weeks - Math.floor(r() * 3));
    const intensity = 0.8 + r() * 0.55;
    const history = new Map<string, number>();
    for (let d = historyFrom; d < start; d = addDays(d, 1)) {
      if (isoWeekday(d) > 5 || r() < 0.05) continue;
      history.set(d, round2(Math.min(10, (contractHours / 5) * intensity * (0.85 + r() * 0.3))));
    }
    const planned = new Map<string, number>();
    for (let d = start; d <= lastSunday; d = addDays(d, 1)) {
      if (isoWeekday(d) > 5 || r() < 0.08) continue;
      if (d.endsWith('-05-01') && !calendar.continuousOperation) continue;
      planned.set(d, round2(Math.min(10, (contractHours / 5) * (0.8 + r() * 0.45))));
    }
    const overtimeBefore = round2(r() * 230);
    const employee = employeeSchema.parse({
      id,
      siteId: 's1',
      number: `M${p}`,
      firstName: 'Test',
      lastName: `Person ${p}`,
      contract: temp
        ? { kind: 'temp', start: '2024-01-01', end: '2026-12-31', agency: 'A' }
        : { kind: 'cdi', start: '2020-01-01' },
      weeklyHours: contractHours,
      jobRole: 'picker',
      availability: { weekdays: r() < 0.8 ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6] },
    });
    const cap = overtimeCapacity({
      employee,
      contractHours,
      history: [...history].map(([day, hoursWorked]) => ({ day, hoursWorked })),
      historyFrom,
      overtimeBeforePlanHours: overtimeBefore,
      plannedHours: [...planned].map(([day, hours]) => ({ day, hours })),
      calendar,
      horizon,
      limits: { complementaryMaxShare, allowBeyondQuota: !hardQuota },
    });
    const qualifications = r() < 0.3 ? ['picker', 'R489:5'] : [pick(['picker', 'R489:5'])];
    people.push({ ...cap, qualifications, ...(r() < 0.3 ? { shift: 'morning' } : {}) });
    worlds.push({
      id,
      temp,
      contractHours,
      complementaryMaxShare,
      hardQuota,
      historyFrom,
      history,
      planned,
      overtimeBefore,
    });
  }

  const gaps: LeverGap[] = [];
  for (const day of horizon) {
    if (isoWeekday(day) > 5) continue;
    for (const shift of ['morning', 'evening']) {
      for (const qualification of ['picker', 'R489:5']) {
        const needed = 40 + Math.floor(r() * 40);
        const gap = round2(r() * 20 - 3);
        gaps.push({ day, shift, qualification, needed, available: needed - gap, gap });
      }
    }
  }
  // Dear temps push overtime to its limits, which is where the property bites.
  const coefficient = round2(1.7 + r() * 1.3);
  const input: PlanLeversInput = {
    gaps,
    people,
    rates: [
      sampleRate({ tempAgencyCoefficient: coefficient }),
      sampleRate({
        id: 'r-reach',
        qualification: 'R489:5',
        loadedHourlyCostCents: 2000,
        grossHourlyWageCents: 1400,
        tempAgencyCoefficient: coefficient,
      }),
    ],
    shiftHours: { morning: 7, evening: 7 },
    options: {
      tempLeadTimeDays: Math.floor(r() * 6),
      tempRampUp: [0.6, 0.8, 1],
      tempMinHoursPerDay: r() < 0.5 ? 0 : 4,
      shiftExtensionMaxHours: r() < 0.5 ? 0 : 1,
      backlogMaxShareNextDay: round2(r() * 0.1),
      serviceLevel: round2(0.95 + r() * 0.05),
      planStart: start,
    },
    timeLimitSeconds: 30,
    seed,
  };
  return { input, worlds, horizon, calendar };
}

/** Monday of the week. */
const weekOf = (d: string): IsoDate => addDays(d, 1 - isoWeekday(d));

/**
 * The independent checker: rebuilds every person's hours (history, plan, the LP's overtime lines) and tests the
 * handbook's limits directly, without the capacity function. A limit already broken by the plan itself only
 * forbids adding to it.
 */
function breaches(c: Case, lines: readonly LeverLine[]): string[] {
  const out: string[] = [];
  const start = c.horizon[0]!;
  for (const w of c.worlds) {
    const extra = new Map<string, number>();
    for (const l of lines) {
      if (l.kind === 'overtime' && l.employeeId === w.id) extra.set(l.day, (extra.get(l.day) ?? 0) + l.hours);
    }
    const added = (d: string) => extra.get(d) ?? 0;
    const base = (d: string): number => {
      if (d >= start) return w.planned.get(d) ?? 0;
      if (d >= w.historyFrom) return w.history.get(d) ?? 0;
      return w.contractHours / 7;
    };
    const sumDays = (from: string, n: number, f: (d: string) => number) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += f(addDays(from, i));
      return s;
    };
    const within = (label: string, before: number, after: number, limit: number) => {
      if (after > Math.max(limit, before) + TOL) out.push(`${w.id} ${label}: ${after} > ${limit}`);
    };
    for (const [day, h] of extra) {
      if (h <= 0) continue;
      if (w.temp) out.push(`${w.id} is a temp and got ${h} h on ${day}`);
      if (day.endsWith('-05-01') && !c.calendar.continuousOperation) out.push(`${w.id} works 1 May`);
      if (!c.horizon.includes(day as IsoDate)) out.push(`${w.id} overtime outside the horizon on ${day}`);
      within(`day ${day}`, base(day), base(day) + h, 10);
    }
    const partTime = w.contractHours < 35;
    const weekCeiling = partTime ? Math.min(w.contractHours * (1 + w.complementaryMaxShare), 34.75) : 48;
    const weeks = [...new Set(c.horizon.map(weekOf))].sort();
    const total = (f: (d: string) => number) => (d: string) => f(d);
    const withExtra = (d: string) => base(d) + added(d);
    for (const week of weeks) {
      within(`week ${week}`, sumDays(week, 7, base), sumDays(week, 7, withExtra), weekCeiling);
      const from = addDays(week, -77);
      within(`12 weeks to ${week}`, sumDays(from, 84, total(base)), sumDays(from, 84, withExtra), 44 * 12);
    }
    if (w.hardQuota && !partTime) {
      const periodOf = (week: string) => addDays(week, 3).slice(0, 4);
      const periods = [...new Set(weeks.map(periodOf))].sort();
      for (const [i, period] of periods.entries()) {
        const inPeriod = weeks.filter((wk) => periodOf(wk) === period);
        const used = (f: (d: string) => number) =>
          (i === 0 ? w.overtimeBefore : 0) +
          inPeriod.reduce((s, wk) => s + Math.max(sumDays(wk, 7, f) - 35, 0), 0);
        within(`quota ${period}`, used(base), used(withExtra), 220);
      }
    }
  }
  return out;
}

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

describe(`levers over ${CASES} random plans and histories`, () => {
  const seeds = Array.from({ length: CASES }, (_, i) => 7_000 + i);

  it('overtime never exceeds any daily, weekly, 12-week or annual limit', () => {
    let overtimeHours = 0;
    for (const seed of seeds) {
      const c = randomCase(seed);
      const result = planLeversWith(highs, c.input);
      expect({ seed, status: result.status }).not.toEqual({ seed, status: 'time_limit' });
      expect({ seed, breaches: breaches(c, result.lines) }).toEqual({ seed, breaches: [] });
      overtimeHours += result.lines.filter((l) => l.kind === 'overtime').reduce((s, l) => s + l.hours, 0);
    }
    // The property means something only if the plans do use overtime.
    expect(overtimeHours).toBeGreaterThan(100);
  });

  it('temps never start before the lead time; the service level holds or is reported', () => {
    for (const seed of seeds.slice(0, 60)) {
      const c = randomCase(seed);
      const o = c.input.options;
      const result = planLeversWith(highs, c.input);
      const earliest = addDays(o.planStart, o.tempLeadTimeDays);
      expect(result.lines.filter((l) => l.kind === 'temp' && l.day < earliest)).toEqual([]);
      const days = [...new Set(c.input.gaps.map((g) => g.day))];
      for (const day of days) {
        const needed = c.input.gaps.filter((g) => g.day === day).reduce((s, g) => s + g.needed, 0);
        const slipped = result.lines
          .filter((l) => l.day === day && (l.kind === 'uncovered' || l.kind === 'backlog'))
          .reduce((s, l) => s + l.hours, 0);
        if (slipped > (1 - o.serviceLevel) * needed + TOL) {
          expect(result.status).toBe('infeasible');
          expect(
            result.explanation.some((e) => e.code === 'SERVICE_LEVEL_NOT_MET' && e.params.day === day),
          ).toBe(true);
        }
      }
    }
  });

  it('HiGHS answers satisfy the solver-agnostic model, and the same seed gives the same plan', () => {
    for (const seed of seeds.filter((_, i) => i % 20 === 0)) {
      const c = randomCase(seed);
      const { model } = buildLeverModel(c.input);
      expect(violations(model, solveWithHighs(highs, model).values)).toEqual([]);
      expect(planLeversWith(highs, randomCase(seed).input)).toEqual(planLeversWith(highs, c.input));
    }
  });
});
