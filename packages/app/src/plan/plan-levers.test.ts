// A plan week's LP on the small demo's people: the overtime read from the solution is the one its lines give, and
// the solver thread answers exactly as this thread's HiGHS does.
import { generateDemoSite } from '@logipilot/demo';
import {
  addDays,
  availabilityRulesSchema,
  DEFAULT_SHIFTS,
  eachDay,
  type IsoDate,
  workedHoursOfShift,
} from '@logipilot/domain';
import {
  loadHighs,
  readAnswer,
  type SolverThread,
  solveMatrix,
  solverThread,
} from '@logipilot/solvers/levers/index';
import { afterAll, describe, expect, it } from 'vitest';
import {
  finishWeekLevers,
  overtimeByEmployee,
  prepareWeekLevers,
  WorkedHoursLedger,
  weekOvertime,
} from './plan-levers.ts';

const FROM = '2026-11-02' as IsoDate;
const demo = generateDemoSite({ size: 'small', seed: 1, asOf: FROM });
const bundle = demo.bundle;
const shiftHours = Object.fromEntries(DEFAULT_SHIFTS.map((s) => [s.key, workedHoursOfShift(s)]));
const availabilityRules = availabilityRulesSchema.parse({});

/** Every job role of the site short by 20 h on each morning and afternoon of the week: overtime is needed. */
function shortWeek(days: readonly IsoDate[]) {
  const roles = [...new Set(bundle.employees.map((e) => e.jobRole))].sort();
  return days.flatMap((day) =>
    ['morning', 'afternoon'].flatMap((shift) =>
      roles.map((qualification) => ({ day, shift, qualification, needed: 60, available: 40, gap: 20 })),
    ),
  );
}

function prepareWeek(ledger: WorkedHoursLedger, days: IsoDate[]) {
  return prepareWeekLevers(
    {
      weekDays: days,
      gaps: shortWeek(days),
      employees: bundle.employees,
      absences: bundle.absences,
      rates: bundle.rates,
      calendar: bundle.site.calendar,
      shiftHours,
      availabilityRules,
      planStart: FROM,
      timeLimitSeconds: 10,
    },
    ledger,
  );
}

let thread: SolverThread | undefined;
afterAll(async () => {
  await thread?.terminate();
});

describe('a plan week on the solver thread', () => {
  it('reads each person’s overtime from the solution exactly as the explained lines give it', async () => {
    const highs = await loadHighs();
    const days = eachDay(FROM, '2026-11-08') as IsoDate[];
    const ledger = new WorkedHoursLedger(FROM, bundle.site.calendar, bundle.absences, 14);
    const week = prepareWeek(ledger, days);
    const levers = week.levers!;
    expect(levers.matrix).not.toBeNull();
    // Several people share a class: their hours are split, which the reading must do the same way.
    expect([...week.members.values()].some((ids) => ids.length > 1)).toBe(true);
    const outcome = readAnswer(levers, solveMatrix(highs, levers.matrix!, levers.options));
    const fromLines = overtimeByEmployee(finishWeekLevers(week, outcome).lines);
    const fromSolution = weekOvertime(week, outcome);
    expect(fromSolution.size).toBeGreaterThan(1);
    expect(fromSolution).toEqual(fromLines);
  });

  it('gives the same answer on the solver thread as on this thread, week after week', async () => {
    const highs = await loadHighs();
    thread = solverThread();
    const ledgers = [0, 1].map(() => new WorkedHoursLedger(FROM, bundle.site.calendar, bundle.absences, 14));
    for (const start of ['2026-11-02', '2026-11-09'] as IsoDate[]) {
      const days = eachDay(start, addDays(start, 6)) as IsoDate[];
      const hereWeek = prepareWeek(ledgers[0]!, days);
      const here = hereWeek.levers!;
      const there = prepareWeek(ledgers[1]!, days).levers!;
      const local = solveMatrix(highs, here.matrix!, here.options);
      const remote = await thread.solve(there.matrix!, there.options);
      expect(remote.solverStatus).toBe('Optimal');
      expect(remote.objective).toBe(local.objective);
      expect([...(remote.colValue ?? [])]).toEqual([...(local.colValue ?? [])]);
      for (const e of bundle.employees) {
        const overtime = weekOvertime(hereWeek, readAnswer(here, local)).get(e.id);
        for (const ledger of ledgers) ledger.close(e, start, ledger.plannedWeek(e, days), days, overtime);
      }
    }
  });

  it('rejects what is pending when the thread ends, and a new one starts on next use', async () => {
    const own = solverThread();
    const days = eachDay(FROM, '2026-11-08') as IsoDate[];
    const week = () =>
      prepareWeek(new WorkedHoursLedger(FROM, bundle.site.calendar, bundle.absences, 14), days).levers!;
    const first = week();
    const pending = expect(own.solve(first.matrix!, first.options)).rejects.toThrow(/terminated/);
    // The arrays moved to the thread: this thread's copies are empty now.
    expect(first.matrix!.colCost.length).toBe(0);
    await own.terminate();
    await pending;
    expect(own.broken).toBe(true);
    thread = solverThread();
    expect(thread).not.toBe(own);
    const again = week();
    expect((await thread.solve(again.matrix!, again.options)).solverStatus).toBe('Optimal');
  });
});
