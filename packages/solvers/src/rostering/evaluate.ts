// Full evaluation of a roster against a RosterProblem: the lexicographic score (hard units, soft penalty) and one
// Violation per broken rule, for explanations and as the reference the solver's incremental score must match.
import { DomainError } from '@logipilot/domain/errors';
import { PersonRules } from './person-rules.ts';
import { coverAssigned, type Prepared, prepare } from './prepared.ts';
import type { Assignment, RosterProblem, Score, Violation } from './problem.ts';

export interface EvaluateOptions {
  /** The published roster a re-plan starts from: each cell that differs costs `changeWeight` (soft). */
  initial?: Assignment;
  changeWeight?: number;
}

export interface Evaluation {
  score: Score;
  violations: Violation[];
}

/** Throws ROSTER_ASSIGNMENT_SHAPE when the roster does not have the problem's people, days or slots. */
export function checkAssignmentShape(problem: RosterProblem, assignment: Assignment): void {
  const bad = (params: Record<string, number>) => {
    throw new DomainError('ROSTER_ASSIGNMENT_SHAPE', { params });
  };
  if (assignment.length !== problem.employees.length) {
    bad({ employees: assignment.length, expected: problem.employees.length });
  }
  for (const [e, row] of assignment.entries()) {
    if (row.length !== problem.days) bad({ employee: e, days: row.length, expected: problem.days });
    for (let d = 0; d < row.length; d++) {
      const v = row[d]!;
      if (!Number.isInteger(v) || v < -1 || v >= problem.slots.length) bad({ employee: e, day: d, slot: v });
    }
  }
}

/** Σ max(0, x_p − mean) × weight over the people: the fairness terms. */
export function fairnessPenalty(values: ArrayLike<number>, weight: number): number {
  if (weight === 0 || values.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let penalty = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > mean) penalty += values[i]! - mean;
  return penalty * weight;
}

function cellRules(
  p: Prepared,
  assignment: Assignment,
  options: EvaluateOptions,
  out: Violation[],
  score: Score,
): void {
  const { problem } = p;
  const unavailable = problem.rules.unavailable;
  const push = (v: Violation) => {
    out.push(v);
    if (v.hard) score.hard += v.penalty;
    else score.soft += v.penalty;
  };
  for (const [e, pp] of p.people.entries()) {
    const row = assignment[e]!;
    for (let d = 0; d < p.days; d++) {
      const slot = row[d]!;
      if (slot < 0) continue;
      const reason = pp.unavailableCell[d * p.slots + slot]!;
      if (reason > 0 || pp.slotAllowed[slot] === 0) {
        push({
          code: 'ROSTER_UNAVAILABLE',
          hard: unavailable.hard,
          penalty: unavailable.hard ? 1 : unavailable.weight,
          employee: e,
          days: [d],
          params: { units: 1, reason: reason > 0 ? pp.reasons[reason - 1]! : 'slot', slot },
        });
      }
    }
    for (const q of problem.employees[e]!.requests) {
      if (q.day < 0 || q.day >= p.days || q.weight === 0) continue;
      const slot = row[q.day]!;
      const works = slot >= 0 && p.slotShift[slot] === q.shift;
      if (works !== q.on) {
        push({
          code: q.on ? 'ROSTER_REQUEST_ON' : 'ROSTER_REQUEST_OFF',
          hard: false,
          penalty: q.weight,
          employee: e,
          days: [q.day],
          params: { shift: problem.shifts[q.shift]?.id ?? String(q.shift), weight: q.weight },
        });
      }
    }
    const before = options.initial?.[e];
    const weight = options.changeWeight ?? 0;
    if (before && weight !== 0) {
      for (let d = 0; d < p.days; d++) {
        if (row[d] !== (before[d] ?? -1)) {
          push({
            code: 'ROSTER_CHANGED',
            hard: false,
            penalty: weight,
            employee: e,
            days: [d],
            params: { from: before[d] ?? -1, to: row[d]! },
          });
        }
      }
    }
  }
}

function coverRules(p: Prepared, assignment: Assignment, out: Violation[], score: Score): void {
  const { problem } = p;
  const assigned = coverAssigned(p, assignment);
  for (const [r, c] of problem.cover.entries()) {
    const n = assigned[r]!;
    const under = c.requirement - n;
    const penalty = under > 0 ? under * c.underWeight : -under * c.overWeight;
    if (under === 0 || penalty === 0) continue;
    score.soft += penalty;
    out.push({
      code: under > 0 ? 'ROSTER_COVER_UNDER' : 'ROSTER_COVER_OVER',
      hard: false,
      penalty,
      days: [c.day],
      params: {
        shift: problem.shifts[c.shift]?.id ?? String(c.shift),
        qualification: problem.qualifications[c.qualification] ?? String(c.qualification),
        requirement: c.requirement,
        assigned: n,
      },
    });
  }
}

function fairnessRules(
  p: Prepared,
  weekends: Float64Array,
  nights: Float64Array,
  out: Violation[],
  score: Score,
): void {
  const { rules } = p.problem;
  for (const [code, values, weight] of [
    ['ROSTER_WEEKEND_FAIRNESS', weekends, rules.weekendFairness],
    ['ROSTER_NIGHT_FAIRNESS', nights, rules.nightFairness],
  ] as const) {
    if (weight === 0 || values.length === 0) continue;
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    for (let e = 0; e < values.length; e++) {
      const above = values[e]! - mean;
      if (above <= 0) continue;
      score.soft += above * weight;
      out.push({
        code,
        hard: false,
        penalty: above * weight,
        employee: e,
        days: [],
        params: { count: values[e]!, mean: Math.round(mean * 100) / 100 },
      });
    }
  }
}

/** Scores `assignment` and explains every broken rule; `prepared` may be passed to skip the flattening. */
export function evaluateRoster(
  problem: RosterProblem,
  assignment: Assignment,
  options: EvaluateOptions = {},
  prepared: Prepared = prepare(problem),
): Evaluation {
  checkAssignmentShape(problem, assignment);
  const p = prepared;
  const score: Score = { hard: 0, soft: 0 };
  const violations: Violation[] = [];
  cellRules(p, assignment, options, violations, score);
  const rules = new PersonRules(p);
  const weekends = new Float64Array(p.employees);
  const nights = new Float64Array(p.employees);
  for (let e = 0; e < p.employees; e++) {
    rules.run(e, assignment[e]!, violations);
    score.hard += rules.hard;
    score.soft += rules.soft;
    weekends[e] = rules.weekends;
    nights[e] = rules.nights;
  }
  coverRules(p, assignment, violations, score);
  fairnessRules(p, weekends, nights, violations, score);
  return { score, violations };
}

/** Lexicographic comparison: fewer hard units first, then the lower soft penalty. Negative when a is better. */
export function compareScores(a: Score, b: Score): number {
  if (a.hard !== b.hard) return a.hard - b.hard;
  return a.soft - b.soft;
}
