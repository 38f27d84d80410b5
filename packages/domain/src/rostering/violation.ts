// Roster violations: stable codes shared with the solver, units and penalty, the person, the days and the params.
import type { IsoDate } from '../shared/units.ts';
import { penaltyOf, type RosterRule } from './rule-set.ts';

/** The codes the solver's evaluator also reports (packages/solvers rostering), in the evaluator's order. */
export const SOLVER_VIOLATION_CODES = [
  'ROSTER_UNAVAILABLE',
  'ROSTER_SHIFT_SUCCESSION',
  'ROSTER_MAX_SHIFTS_OF_TYPE',
  'ROSTER_TOTAL_MINUTES',
  'ROSTER_MAX_CONSECUTIVE_WORK',
  'ROSTER_MIN_CONSECUTIVE_WORK',
  'ROSTER_MIN_CONSECUTIVE_OFF',
  'ROSTER_MAX_WEEKENDS',
  'ROSTER_DAILY_MAXIMUM',
  'ROSTER_WEEKLY_MAXIMUM',
  'ROSTER_AVERAGE_MAXIMUM',
  'ROSTER_DAYS_PER_WEEK',
  'ROSTER_WEEKLY_REST',
  'ROSTER_PART_TIME',
  'ROSTER_REQUEST_ON',
  'ROSTER_REQUEST_OFF',
  'ROSTER_COVER_UNDER',
  'ROSTER_COVER_OVER',
  'ROSTER_WEEKEND_FAIRNESS',
  'ROSTER_NIGHT_FAIRNESS',
  'ROSTER_CHANGED',
] as const;

/**
 * Codes of the domain alone. ROSTER_DAILY_REST becomes `cannotFollow` in the solver's problem, whose evaluator reports
 * it as ROSTER_SHIFT_SUCCESSION; ROSTER_BREAK (a template property) and ROSTER_COLD_ROTATION have no place there.
 */
export const DOMAIN_ONLY_VIOLATION_CODES = [
  'ROSTER_DAILY_REST',
  'ROSTER_BREAK',
  'ROSTER_COLD_ROTATION',
] as const;

export const ROSTER_VIOLATION_CODES = [...SOLVER_VIOLATION_CODES, ...DOMAIN_ONLY_VIOLATION_CODES] as const;
export type RosterViolationCode = (typeof ROSTER_VIOLATION_CODES)[number];

export interface RosterViolation {
  code: RosterViolationCode;
  hard: boolean;
  /** Violation units in the rule's own measure (minutes, days, persons, weekends…). */
  units: number;
  /** Units for a hard rule, units × weight for a soft one (the solver's `Violation.penalty`). */
  penalty: number;
  /** The person, when the rule is about one. */
  employeeId?: string;
  days: IsoDate[];
  /** Sentence params (roster.violation.<code> in the catalogues): names, ISO days, hours. */
  params: Record<string, string | number>;
}

/** A violation of `rule` worth `units`. */
export function violation(
  code: RosterViolationCode,
  rule: Pick<RosterRule, 'hard' | 'weight'>,
  units: number,
  where: { employeeId?: string; days: IsoDate[] },
  params: Record<string, string | number>,
): RosterViolation {
  return {
    code,
    hard: rule.hard,
    units,
    penalty: penaltyOf(rule, units),
    ...(where.employeeId === undefined ? {} : { employeeId: where.employeeId }),
    days: where.days,
    params,
  };
}
