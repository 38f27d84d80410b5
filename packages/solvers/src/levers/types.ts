// Input and output shapes of the levers planner (overtime, temps, shift extension, backlog) and its reasons.
import type {
  HourTier,
  IsoDate,
  OvertimeQuotaBudget,
  OvertimeReason,
  OvertimeSharedLimit,
  OvertimeWeekTiers,
  Rate,
} from '@logipilot/domain';

/**
 * One staffing gap, as `gaps` produces it: gap = needed − available (negative = surplus), in hours or, with
 * `options.gapUnit: 'headcount'`, in people (converted with the shift's length).
 */
export interface LeverGap {
  day: string;
  shift: string;
  /** Job role (`picker`) or licence key (`R489:5`), as in the rate table. */
  qualification: string;
  needed: number;
  available: number;
  gap: number;
}

/** A person who may do extra hours: their per-day capacity and, from `overtimeCapacity`, the shared budgets. */
export interface LeverPerson {
  employeeId: string;
  qualifications: readonly string[];
  /** The rate-table line the person is paid at; default: their first qualification that has a rate. */
  rateQualification?: string;
  /** When given, the person's extra hours only serve this shift. */
  shift?: string;
  capacityByDay: readonly {
    day: string;
    maxExtraHours: number;
    tiers: readonly HourTier[];
    explain?: readonly OvertimeReason[];
  }[];
  sharedLimits?: readonly Pick<OvertimeSharedLimit, 'code' | 'days' | 'maxExtraHours' | 'params'>[];
  weeklyTiers?: readonly Pick<OvertimeWeekTiers, 'weekStart' | 'days' | 'tiers'>[];
  quotas?: readonly OvertimeQuotaBudget[];
}

export interface LeverOptions {
  /** Unit of the gaps' needed/available/gap: hours (default) or people per shift. */
  gapUnit?: 'hours' | 'headcount';
  /** Days between ordering temps and their first day (planStart + lead time is the earliest mission day). */
  tempLeadTimeDays: number;
  /** Efficiency of a temp on days 1..n of a mission; the last value holds afterwards. */
  tempRampUp: readonly number[];
  /** Hours an agency bills at least for a temp day. */
  tempMinHoursPerDay: number;
  /** Hours a shift may be lengthened per person. */
  shiftExtensionMaxHours: number;
  /** Premium paid on shift-extension hours (default 0.25, as the first overtime tier). */
  shiftExtensionPremium?: number;
  /** Share of a gap's needed hours that may move to the next day. */
  backlogMaxShareNextDay: number;
  /** Penalty per backlog hour moved (default 500 cents): service degrades, no money is spent. */
  backlogPenaltyCentsPerHour?: number;
  /** Penalty per uncovered hour (default 1,000,000 cents), far above any lever. */
  uncoveredPenaltyCentsPerHour?: number;
  /** Share of each day's needed hours that must be done that day (uncovered and backlog count against it). */
  serviceLevel: number;
  planStart: IsoDate;
  /** Daily maximum used to bound shift extension (default 10 h). */
  maxDailyHours?: number;
}

export interface PlanLeversInput {
  gaps: readonly LeverGap[];
  people: readonly LeverPerson[];
  rates: readonly Rate[];
  /** Length of each shift in hours (headcount on a shift = available hours / shift length). */
  shiftHours: Readonly<Record<string, number>>;
  options: LeverOptions;
  timeLimitSeconds?: number;
  /** Passed to the solver for its interface; HiGHS's LP path is deterministic anyway. */
  seed?: number;
}

export type LeverKind = 'overtime' | 'temp' | 'shift_extension' | 'backlog' | 'uncovered';

export interface LeverReason {
  code: string;
  params: Record<string, string | number>;
}

export interface LeverLine {
  kind: LeverKind;
  day: IsoDate;
  shift: string;
  qualification: string;
  employeeId?: string;
  hours: number;
  /** Money spent (0 for backlog and uncovered hours, whose penalties are not paid). */
  costCents: number;
  reason: LeverReason;
}

export type LeverStatus = 'optimal' | 'infeasible' | 'time_limit';

export interface PlanLeversResult {
  status: LeverStatus;
  /** Money spent on the levers, Σ lines' costCents. */
  totalCostCents: number;
  /** Objective value: money plus backlog and uncovered penalties. */
  objectiveCents: number;
  lines: LeverLine[];
  explanation: LeverReason[];
}
