// The domain's roster referee: runs every rule on a roster and sums hard and soft penalties. Readable, not fast: the
// solver has its own evaluator, and a conformance test checks that both agree.
import type { Roster, RosterModel } from './model.ts';
import { buildRosterContext, type RosterContext } from './roster-context.ts';
import type { RosterRuleKey, RosterRuleSet } from './rule-set.ts';
import { unavailableRule } from './rules/availability-rule.ts';
import { changedRule } from './rules/change-rules.ts';
import { coverOverRule, coverUnderRule, requestOffRule, requestOnRule } from './rules/demand-rules.ts';
import { nightFairnessRule, weekendFairnessRule } from './rules/fairness-rules.ts';
import {
  coldRotationRule,
  maxConsecutiveWorkRule,
  maxShiftsOfTypeRule,
  maxWeekendsRule,
  minConsecutiveOffRule,
  minConsecutiveWorkRule,
} from './rules/pattern-rules.ts';
import { dailyRestRule, shiftSuccessionRule, weeklyRestRule } from './rules/rest-rules.ts';
import { breakRule } from './rules/template-rules.ts';
import {
  averageMaximumRule,
  dailyMaximumRule,
  daysPerWeekRule,
  partTimeRule,
  totalMinutesRule,
  weeklyMaximumRule,
} from './rules/working-time-rules.ts';
import type { RosterViolation, RosterViolationCode } from './violation.ts';

export interface RosterRuleCheck {
  /** The rule of the rule set that configures it. */
  rule: RosterRuleKey;
  code: RosterViolationCode;
  check: (ctx: RosterContext) => RosterViolation[];
}

/** Every rule, one function each, in the order violations are listed. */
export const ROSTER_RULES: readonly RosterRuleCheck[] = [
  { rule: 'availability', code: 'ROSTER_UNAVAILABLE', check: unavailableRule },
  { rule: 'dailyRest', code: 'ROSTER_DAILY_REST', check: dailyRestRule },
  { rule: 'shiftSuccession', code: 'ROSTER_SHIFT_SUCCESSION', check: shiftSuccessionRule },
  { rule: 'maxShiftsOfType', code: 'ROSTER_MAX_SHIFTS_OF_TYPE', check: maxShiftsOfTypeRule },
  { rule: 'totalMinutes', code: 'ROSTER_TOTAL_MINUTES', check: totalMinutesRule },
  { rule: 'consecutiveWork', code: 'ROSTER_MAX_CONSECUTIVE_WORK', check: maxConsecutiveWorkRule },
  { rule: 'consecutiveWork', code: 'ROSTER_MIN_CONSECUTIVE_WORK', check: minConsecutiveWorkRule },
  { rule: 'consecutiveOff', code: 'ROSTER_MIN_CONSECUTIVE_OFF', check: minConsecutiveOffRule },
  { rule: 'maxWeekends', code: 'ROSTER_MAX_WEEKENDS', check: maxWeekendsRule },
  { rule: 'dailyMaximum', code: 'ROSTER_DAILY_MAXIMUM', check: dailyMaximumRule },
  { rule: 'weeklyMaximum', code: 'ROSTER_WEEKLY_MAXIMUM', check: weeklyMaximumRule },
  { rule: 'averageMaximum', code: 'ROSTER_AVERAGE_MAXIMUM', check: averageMaximumRule },
  { rule: 'daysPerWeek', code: 'ROSTER_DAYS_PER_WEEK', check: daysPerWeekRule },
  { rule: 'weeklyRest', code: 'ROSTER_WEEKLY_REST', check: weeklyRestRule },
  { rule: 'partTime', code: 'ROSTER_PART_TIME', check: partTimeRule },
  { rule: 'break', code: 'ROSTER_BREAK', check: breakRule },
  { rule: 'coldRotation', code: 'ROSTER_COLD_ROTATION', check: coldRotationRule },
  { rule: 'requests', code: 'ROSTER_REQUEST_ON', check: requestOnRule },
  { rule: 'requests', code: 'ROSTER_REQUEST_OFF', check: requestOffRule },
  { rule: 'cover', code: 'ROSTER_COVER_UNDER', check: coverUnderRule },
  { rule: 'cover', code: 'ROSTER_COVER_OVER', check: coverOverRule },
  { rule: 'weekendFairness', code: 'ROSTER_WEEKEND_FAIRNESS', check: weekendFairnessRule },
  { rule: 'nightFairness', code: 'ROSTER_NIGHT_FAIRNESS', check: nightFairnessRule },
  { rule: 'changes', code: 'ROSTER_CHANGED', check: changedRule },
];

export interface RosterEvaluation {
  violations: RosterViolation[];
  /** Σ penalties of hard violations (0 = feasible) and of soft ones: the solver's `Score`. */
  hard: number;
  soft: number;
}

/** Every violation of the roster under the model's rules (or `rules`), and the score they add up to. */
export function evaluateRoster(
  model: RosterModel,
  roster: Roster,
  rules: RosterRuleSet = model.rules,
): RosterEvaluation {
  const ctx = buildRosterContext(model, roster, rules);
  const violations = ROSTER_RULES.flatMap((r) => r.check(ctx));
  let hard = 0;
  let soft = 0;
  for (const v of violations) {
    if (v.hard) hard += v.penalty;
    else soft += v.penalty;
  }
  return { violations, hard, soft };
}
