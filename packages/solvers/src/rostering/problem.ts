// The rostering problem as the solver sees it: people × days, each cell off or one slot (a shift worked under one
// qualification), hard rules and weighted soft rules as numbers. Built from the site's model (compile.ts) or from a
// public benchmark instance (curtois.ts); one solver for both.

/** A rule's weight: hard rules must hold (their violations count in `Score.hard`), soft ones cost `weight` per unit. */
export interface RuleWeight {
  hard: boolean;
  /** Penalty per unit of violation (per missing person, per minute, per day…, as each rule states). */
  weight: number;
}

export interface ShiftType {
  /** Key of the shift template (`morning`, `night`…) or of the benchmark's shift (`D`, `E`…). */
  id: string;
  /** Minutes of effective work (breaks excluded): what counts toward daily, weekly and period limits. */
  minutes: number;
  /**
   * Effective minutes on the civil day the shift starts and on the next civil day: a 21:00–05:00 night shift is
   * [180, 300]. The daily maximum reads civil days (a test covers the March daylight-saving night).
   */
  minutesByCivilDay: readonly [number, number];
  /** Minutes from the start day's midnight in the site's time zone; `end` may exceed 1,440 (ends the next day). */
  start: number;
  end: number;
  /** Whether the shift counts as night work (≥ the night threshold inside the night period). */
  night: boolean;
  /** Indices of the shifts that may not be worked the next day after this one (rest between them, or the instance's list). */
  cannotFollow: readonly number[];
}

/** What a person does in a cell: a shift, worked under one qualification. */
export interface Slot {
  shift: number;
  qualification: number;
}

/** Per person; a null limit is a rule that does not apply to that person. */
export interface RosterEmployee {
  id: string;
  /** Slot indices the person may ever take (their qualifications × the shifts). */
  slots: readonly number[];
  /**
   * Cells the person may not work, with why: leave, absence, outside availability or mission dates, licence or
   * medical fitness not valid that day, a day off of the benchmark. `slot` undefined = the whole day.
   */
  unavailable: readonly { day: number; slot?: number; reason: string }[];
  /** Max number of shifts of each type over the horizon (index = shift), null = unlimited. */
  maxShiftsOfType: readonly (number | null)[];
  /** Total effective minutes over the horizon. */
  minMinutes: number | null;
  maxMinutes: number | null;
  maxConsecutiveWork: number | null;
  minConsecutiveWork: number | null;
  minConsecutiveOff: number | null;
  /** Weekends (Saturday or Sunday worked, counted once) over the horizon. */
  maxWeekends: number | null;
  /** Effective minutes per civil day (10 h = 600; 8 h for night workers). */
  maxMinutesPerCivilDay: number | null;
  /** Effective minutes per calendar week (Monday–Sunday), history included for a week cut by day 0 (48 h = 2,880). */
  maxMinutesPerWeek: number | null;
  /** Average effective minutes per week over any 12 consecutive weeks, history included (44 h = 2,640). */
  maxAverageMinutesPerWeek: number | null;
  /** Worked days per calendar week (6). */
  maxDaysPerWeek: number | null;
  /** Consecutive minutes of rest to find in each calendar week (35 h = 2,100). */
  minWeeklyRestMinutes: number | null;
  /** Part-time: effective minutes per calendar week must stay below this (35 h = 2,100, strictly less). */
  partTimeWeeklyCeiling: number | null;
  /** Shift on/off requests: `on` is met when the person works exactly that slot's shift; `off` when they do not. */
  requests: readonly { day: number; shift: number; on: boolean; weight: number }[];
  /**
   * What happened before day 0, most recent last: the shift index worked on each of the last days (-1 = off) and
   * the effective minutes of each of the last 84 days. Empty for a benchmark instance (nothing is assumed).
   */
  history: { shifts: readonly number[]; minutesByDay: readonly number[] };
}

/** People needed on a day's shift under one qualification, and what each missing or extra person costs. */
export interface CoverRequirement {
  day: number;
  shift: number;
  qualification: number;
  requirement: number;
  underWeight: number;
  overWeight: number;
}

export interface RosterRules {
  /** Hard unless a site says otherwise; each rule's violations are counted in the unit its field states. */
  shiftSuccession: RuleWeight;
  unavailable: RuleWeight;
  maxShiftsOfType: RuleWeight;
  /** Unit: minutes outside [min, max]. */
  totalMinutes: RuleWeight;
  /** Unit: days beyond the maximum / missing to the minimum. */
  consecutiveWork: RuleWeight;
  consecutiveOff: RuleWeight;
  maxWeekends: RuleWeight;
  /** Unit: minutes beyond. */
  minutesPerCivilDay: RuleWeight;
  minutesPerWeek: RuleWeight;
  averageMinutesPerWeek: RuleWeight;
  daysPerWeek: RuleWeight;
  /** Unit: minutes of rest missing to the longest rest of the week. */
  weeklyRest: RuleWeight;
  partTime: RuleWeight;
  /**
   * Whether min-consecutive rules also apply to blocks that touch day 0 or the last day. The benchmark exempts
   * them (its referee's definition); a site with history checks a block touching day 0 against the history.
   */
  minConsecutiveAtHorizonEnds: boolean;
  /** Soft: weekends worked above the team's mean, per person, × weight; same for night shifts. Weight 0 = off. */
  weekendFairness: number;
  nightFairness: number;
}

export interface RosterProblem {
  /** Horizon length in days; day 0 is `firstDay`. */
  days: number;
  /** ISO date of day 0, or null for a benchmark instance (whose day 0 is a Monday). */
  firstDay: string | null;
  /** ISO weekday of day 0 (1 = Monday … 7 = Sunday): weekends and calendar weeks derive from it. */
  firstWeekday: number;
  shifts: readonly ShiftType[];
  qualifications: readonly string[];
  slots: readonly Slot[];
  employees: readonly RosterEmployee[];
  cover: readonly CoverRequirement[];
  rules: RosterRules;
}

/** A roster: per person (problem order), per day, a slot index or -1 for a day off. */
export type Assignment = Int32Array[];

export interface Score {
  /** Σ hard violation units: 0 for a feasible roster. */
  hard: number;
  /** Σ weighted soft penalties (cover, requests, soft rules, fairness, changes to a published roster). */
  soft: number;
}

/** One violated rule on one person (or one cover requirement), for explanations. */
export interface Violation {
  /** Stable code, e.g. `ROSTER_DAILY_REST`, `ROSTER_COVER_UNDER`; the sentence comes from the catalogues. */
  code: string;
  hard: boolean;
  /** Units × weight for a soft rule; units for a hard one. */
  penalty: number;
  /** Index of the person, when the rule is about one person. */
  employee?: number;
  days: readonly number[];
  params: Record<string, string | number>;
}

export interface SolveProgress {
  elapsedMs: number;
  iterations: number;
  best: Score;
}

export interface SolveOptions {
  seed: number;
  timeLimitSeconds: number;
  /** Checked between moves: the best roster so far is returned, with `cancelled: true`. */
  signal?: AbortSignal;
  /** Called when the best score improves, and at most every 250 ms otherwise. */
  onProgress?: (progress: SolveProgress) => void;
  /** Warm start: the current roster. */
  initial?: Assignment;
  /** Minimal-change re-plan: each cell that differs from `initial` costs this much (soft). */
  changeWeight?: number;
}

export interface SolveResult {
  assignment: Assignment;
  score: Score;
  violations: Violation[];
  iterations: number;
  elapsedMs: number;
  cancelled: boolean;
  /** Proven lower bound of the soft score, when the method gives one. */
  lowerBound?: number;
}
