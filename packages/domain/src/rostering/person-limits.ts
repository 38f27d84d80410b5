// Each person's figures under the rule set: from the rules, the contract and the person's own terms. The evaluator and
// the solver's problem both read them from here, so that they agree.
import { isoWeekday } from '../shared/dates.ts';
import type { IsoDate } from '../shared/units.ts';
import type { Employee } from '../staffing/employee.ts';
import { dayUnavailableReasons } from './cell-availability.ts';
import type { RosterModel } from './model.ts';
import type { RosterRuleSet } from './rule-set.ts';

/** A null figure is a rule that does not apply to the person (disabled, or not their case). */
export interface PersonLimits {
  nightWorker: boolean;
  partTime: boolean;
  /** Contract minutes due over the horizon: weekly minutes × available days / working weekdays. */
  contractMinutes: number;
  maxShiftsOfType: Readonly<Record<string, number | null>>;
  minMinutes: number | null;
  maxMinutes: number | null;
  maxConsecutiveWork: number | null;
  minConsecutiveWork: number | null;
  minConsecutiveOff: number | null;
  maxWeekends: number | null;
  maxMinutesPerCivilDay: number | null;
  maxMinutesPerWeek: number | null;
  maxAverageMinutesPerWeek: number | null;
  maxDaysPerWeek: number | null;
  minWeeklyRestMinutes: number | null;
  /** Weekly minutes must stay strictly below this. */
  partTimeWeeklyCeiling: number | null;
}

/** Weekends (a Saturday and its Sunday) with at least one day in the horizon. */
export function weekendsIn(dates: readonly IsoDate[]): number {
  const weekends = new Set<string>();
  for (const [i, d] of dates.entries()) {
    const w = isoWeekday(d);
    if (w === 6) weekends.add(d);
    if (w === 7) weekends.add(i > 0 ? dates[i - 1]! : `before-${d}`);
  }
  return weekends.size;
}

/** Night-worker status: the person's terms, else whoever accepts night work (the stricter limits then apply). */
export function isNightWorker(model: Pick<RosterModel, 'terms'>, e: Employee): boolean {
  return model.terms.find((t) => t.employeeId === e.id)?.nightWorker ?? e.availability.nightWork;
}

/**
 * Contract minutes due over the horizon: each day the person is available (contract, no absence, a weekday they work,
 * not 1 May nor a closed day) is worth weekly minutes / number of weekdays worked. 35 h Monday–Friday over two weeks
 * with three days of leave: 2,100 × 7 / 5 = 2,940.
 */
export function contractMinutesOver(
  model: Pick<RosterModel, 'absences' | 'calendar'>,
  e: Employee,
  dates: readonly IsoDate[],
): number {
  const available = dates.filter(
    (d) => dayUnavailableReasons(e, d, model.absences, model.calendar).length === 0,
  ).length;
  return Math.round((e.weeklyHours * 60 * available) / e.availability.weekdays.length);
}

/** The figures each rule applies to the person over the horizon. */
export function personLimits(
  model: Pick<RosterModel, 'absences' | 'calendar' | 'terms' | 'templates'>,
  rules: RosterRuleSet,
  e: Employee,
  dates: readonly IsoDate[],
): PersonLimits {
  const terms = model.terms.find((t) => t.employeeId === e.id);
  const nightWorker = isNightWorker(model, e);
  const pt = rules.partTime;
  const weeklyMinutes = Math.round(e.weeklyHours * 60);
  const partTime = weeklyMinutes < pt.params.legalWeeklyMinutes;
  const contractMinutes = contractMinutesOver(model, e, dates);
  const on = <T>(enabled: boolean, value: T): T | null => (enabled ? value : null);
  const daily = rules.dailyMaximum;
  const average = rules.averageMaximum;
  const total = rules.totalMinutes;
  const shiftsOfType = rules.maxShiftsOfType;
  return {
    nightWorker,
    partTime,
    contractMinutes,
    maxShiftsOfType: Object.fromEntries(
      model.templates.map((t) => [
        t.key,
        on(shiftsOfType.enabled, terms?.maxShiftsOfType[t.key] ?? shiftsOfType.params.max[t.key] ?? null),
      ]),
    ),
    minMinutes: on(
      total.enabled,
      terms?.minMinutes ?? Math.round(contractMinutes * total.params.minContractShare),
    ),
    maxMinutes: on(
      total.enabled,
      terms?.maxMinutes ?? Math.round(contractMinutes * total.params.maxContractShare),
    ),
    maxConsecutiveWork: on(rules.consecutiveWork.enabled, rules.consecutiveWork.params.max),
    minConsecutiveWork: on(rules.consecutiveWork.enabled, rules.consecutiveWork.params.min),
    minConsecutiveOff: on(rules.consecutiveOff.enabled, rules.consecutiveOff.params.min),
    maxWeekends: on(
      rules.maxWeekends.enabled,
      terms?.maxWeekends ?? Math.ceil(weekendsIn(dates) * rules.maxWeekends.params.maxShare),
    ),
    maxMinutesPerCivilDay: on(
      daily.enabled,
      nightWorker
        ? Math.min(daily.params.maxMinutes, daily.params.nightWorkerMaxMinutes)
        : daily.params.maxMinutes,
    ),
    maxMinutesPerWeek: on(rules.weeklyMaximum.enabled, rules.weeklyMaximum.params.maxMinutes),
    maxAverageMinutesPerWeek: on(
      average.enabled,
      nightWorker
        ? Math.min(average.params.maxAverageMinutes, average.params.nightWorkerMaxAverageMinutes)
        : average.params.maxAverageMinutes,
    ),
    maxDaysPerWeek: on(rules.daysPerWeek.enabled, rules.daysPerWeek.params.maxDays),
    minWeeklyRestMinutes: on(rules.weeklyRest.enabled, rules.weeklyRest.params.minRestMinutes),
    // "Below 35 h" and "complementary hours within 1/10": 24 h → at most 1,584 min, so the ceiling is 1,585.
    partTimeWeeklyCeiling: on(
      pt.enabled && partTime,
      Math.min(
        pt.params.legalWeeklyMinutes,
        Math.floor(weeklyMinutes * (1 + pt.params.complementaryShare)) + 1,
      ),
    ),
  };
}
