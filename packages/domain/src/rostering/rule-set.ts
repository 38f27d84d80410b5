// The roster rule set: each rule enabled or not, hard or soft, its weight and parameters; French legal defaults.
import { z } from 'zod';

/**
 * One rule. A hard rule must hold: its violations count in units (minutes, days, persons…) and make a roster
 * infeasible. A soft rule costs `weight` per unit. Parameters are the figures an agreement may move (labour.md §1).
 */
function ruleSchema<P extends z.ZodType>(
  defaults: { enabled: boolean; hard: boolean; weight: number },
  params: P,
) {
  return (
    z
      .strictObject({
        enabled: z.boolean().default(defaults.enabled),
        hard: z.boolean().default(defaults.hard),
        weight: z.number().min(0).max(1_000_000).default(defaults.weight),
        params: params,
      })
      // Every field has its default, so `{}` is a valid input; TypeScript cannot see it through the generic P.
      .prefault({} as never)
  );
}

/**
 * A rule that is a cost by nature (cover, requests, fairness, changes): the solver weighs it against the others and
 * explains what it left (why-uncovered), so a site may weight it but not make it hard.
 */
function softRuleSchema<P extends z.ZodType>(defaults: { enabled: boolean; weight: number }, params: P) {
  return z
    .strictObject({
      enabled: z.boolean().default(defaults.enabled),
      hard: z.literal(false, { message: 'ROSTER_RULE_ALWAYS_SOFT' }).default(false),
      weight: z.number().min(0).max(1_000_000).default(defaults.weight),
      params: params,
    })
    .prefault({} as never);
}

const minutes = (max: number) => z.number().int().min(0).max(max);
const HARD = { enabled: true, hard: true, weight: 1 };

export const rosterRuleSetSchema = z.strictObject({
  /**
   * Leave, absence, contract or mission dates, weekday and time-window availability, night work not accepted, 1 May,
   * closed days, and the licence, driving authorisation and medical fitness valid on the day (ROSTER_UNAVAILABLE).
   */
  availability: ruleSchema(HARD, z.strictObject({}).prefault({})),
  /** 11 h consecutive rest between two working days (C. trav. L3131-1); 9 h by agreement (ROSTER_DAILY_REST). */
  dailyRest: ruleSchema(HARD, z.strictObject({ minRestMinutes: minutes(1440).default(660) }).prefault({})),
  /** Successions the site forbids on top of the daily rest, by template key (ROSTER_SHIFT_SUCCESSION). */
  shiftSuccession: ruleSchema(
    HARD,
    z
      .strictObject({
        forbidden: z.array(z.strictObject({ from: z.string().min(1), to: z.string().min(1) })).default([]),
      })
      .prefault({}),
  ),
  /**
   * 10 h of effective work per civil day (L3121-18; 12 h by agreement), 8 h for night workers (L3122-6)
   * (ROSTER_DAILY_MAXIMUM, unit: minutes beyond).
   */
  dailyMaximum: ruleSchema(
    HARD,
    z
      .strictObject({
        maxMinutes: minutes(1440).default(600),
        nightWorkerMaxMinutes: minutes(1440).default(480),
      })
      .prefault({}),
  ),
  /** 48 h in any calendar week (L3121-20) (ROSTER_WEEKLY_MAXIMUM, unit: minutes beyond). */
  weeklyMaximum: ruleSchema(HARD, z.strictObject({ maxMinutes: minutes(10_080).default(2880) }).prefault({})),
  /**
   * 44 h average over any 12 consecutive calendar weeks (L3121-22; 46 h by agreement), 40 h for night workers
   * (L3122-7), history included (ROSTER_AVERAGE_MAXIMUM, unit: minutes beyond 12 × the average over the window).
   */
  averageMaximum: ruleSchema(
    HARD,
    z
      .strictObject({
        maxAverageMinutes: minutes(10_080).default(2640),
        nightWorkerMaxAverageMinutes: minutes(10_080).default(2400),
      })
      .prefault({}),
  ),
  /** At most 6 worked days per calendar week (L3132-1) (ROSTER_DAYS_PER_WEEK, unit: days beyond). */
  daysPerWeek: ruleSchema(
    HARD,
    z.strictObject({ maxDays: z.number().int().min(1).max(7).default(6) }).prefault({}),
  ),
  /** 24 h + 11 h = 35 h consecutive rest each calendar week (L3132-2) (ROSTER_WEEKLY_REST, unit: minutes missing). */
  weeklyRest: ruleSchema(
    HARD,
    z.strictObject({ minRestMinutes: minutes(10_080).default(2100) }).prefault({}),
  ),
  /**
   * 20 consecutive minutes of break before 6 h of work in a row (L3121-16): a property of the templates, reported once
   * per template worked that breaks it (ROSTER_BREAK, unit: one per template; not in the solver's problem).
   */
  break: ruleSchema(
    HARD,
    z
      .strictObject({
        thresholdMinutes: minutes(1440).default(360),
        minBreakMinutes: minutes(180).default(20),
      })
      .prefault({}),
  ),
  /**
   * Part-timers (contract below 35 h): each calendar week stays below 35 h, and complementary hours stay within 1/10 of
   * the contract (L3123-20, 1/3 by agreement) (ROSTER_PART_TIME, unit: minutes beyond the largest allowed).
   */
  partTime: ruleSchema(
    HARD,
    z
      .strictObject({
        legalWeeklyMinutes: minutes(10_080).default(2100),
        complementaryShare: z.number().min(0).max(1).default(0.1),
      })
      .prefault({}),
  ),
  /** Consecutive working days: at most `max`, at least `min` (ROSTER_MAX/MIN_CONSECUTIVE_WORK, unit: days). */
  consecutiveWork: ruleSchema(
    { enabled: true, hard: false, weight: 100 },
    z
      .strictObject({
        min: z.number().int().min(1).max(28).nullable().default(null),
        max: z.number().int().min(1).max(28).nullable().default(6),
      })
      .prefault({}),
  ),
  /** Consecutive days off: at least `min`, two days for the weekly rest (ROSTER_MIN_CONSECUTIVE_OFF, unit: days). */
  consecutiveOff: ruleSchema(
    { enabled: true, hard: false, weight: 50 },
    z.strictObject({ min: z.number().int().min(1).max(28).default(2) }).prefault({}),
  ),
  /**
   * Weekends worked (Saturday or Sunday, counted once) at most this share of the horizon's weekends, rounded up
   * (ROSTER_MAX_WEEKENDS, unit: weekends beyond).
   */
  maxWeekends: ruleSchema(
    { enabled: true, hard: false, weight: 100 },
    z.strictObject({ maxShare: z.number().min(0).max(1).default(0.5) }).prefault({}),
  ),
  /**
   * Effective minutes over the horizon within [minShare, maxShare] × the contract's minutes on the days the person is
   * available (ROSTER_TOTAL_MINUTES, unit: minutes outside); 1.1 is also the part-timer's complementary ceiling.
   */
  totalMinutes: ruleSchema(
    { enabled: true, hard: false, weight: 1 },
    z
      .strictObject({
        minContractShare: z.number().min(0).max(2).default(0.9),
        maxContractShare: z.number().min(0).max(3).default(1.1),
      })
      .prefault({}),
  ),
  /** Shifts of each template over the horizon, by template key; absent keys are unlimited (ROSTER_MAX_SHIFTS_OF_TYPE). */
  maxShiftsOfType: ruleSchema(
    HARD,
    z.strictObject({ max: z.record(z.string(), z.number().int().min(0)).default({}) }).prefault({}),
  ),
  /** Shift on/off requests: each unmet request costs its own weight × this rule's weight (ROSTER_REQUEST_ON/OFF). */
  requests: softRuleSchema({ enabled: true, weight: 1 }, z.strictObject({}).prefault({})),
  /** Cover of the demand: weights of a demand row that gives none (ROSTER_COVER_UNDER/OVER, unit: persons). */
  cover: softRuleSchema(
    { enabled: true, weight: 1 },
    z
      .strictObject({
        underWeight: z.number().min(0).default(1000),
        overWeight: z.number().min(0).default(100),
      })
      .prefault({}),
  ),
  /** Weekends worked above the team's mean, per person (ROSTER_WEEKEND_FAIRNESS, unit: weekends above the mean). */
  weekendFairness: softRuleSchema({ enabled: true, weight: 50 }, z.strictObject({}).prefault({})),
  /** Night shifts above the team's mean, per person (ROSTER_NIGHT_FAIRNESS, unit: night shifts above the mean). */
  nightFairness: softRuleSchema({ enabled: true, weight: 20 }, z.strictObject({}).prefault({})),
  /**
   * Consecutive days on a cold-room qualification. The handbook gives exposure limits within a shift (DIN 33403-5,
   * already in the staffing needs) but no figure across days: this is the site's own rotation, off by default, and
   * known to the domain only (ROSTER_COLD_ROTATION, unit: days beyond).
   */
  coldRotation: ruleSchema(
    { enabled: false, hard: false, weight: 50 },
    z
      .strictObject({
        qualifications: z.array(z.string().min(1)).default(['cold_room_operator']),
        maxConsecutiveDays: z.number().int().min(1).max(28).default(3),
      })
      .prefault({}),
  ),
  /** Each cell that differs from the published roster (ROSTER_CHANGED, unit: cells); the solver's `changeWeight`. */
  changes: softRuleSchema({ enabled: true, weight: 10 }, z.strictObject({}).prefault({})),
});
/** The average's window is fixed by law (L3121-22: any 12 consecutive weeks); agreements move the hours only. */
export const AVERAGE_WINDOW_WEEKS = 12;

export type RosterRuleSet = z.infer<typeof rosterRuleSetSchema>;
export type RosterRuleKey = keyof RosterRuleSet;
export type RosterRule = RosterRuleSet[RosterRuleKey];

/** The legal defaults of the Code du travail, as a site starts with them. */
export const FRENCH_LEGAL_RULES: RosterRuleSet = rosterRuleSetSchema.parse({});

/** Penalty of `units` of violation: units for a hard rule, units × weight for a soft one. */
export function penaltyOf(rule: Pick<RosterRule, 'hard' | 'weight'>, units: number): number {
  return rule.hard ? units : units * rule.weight;
}
