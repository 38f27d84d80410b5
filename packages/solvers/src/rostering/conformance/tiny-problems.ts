// Tiny rostering problems for the conformance suite, written by hand, and the exhaustive search that checks the
// optimum each test states: a few people over a few days, few enough rosters to try them all.
import { evaluateRoster } from '../evaluate.ts';
import { prepare } from '../prepared.ts';
import type {
  Assignment,
  CoverRequirement,
  RosterEmployee,
  RosterProblem,
  RosterRules,
  Score,
  ShiftType,
} from '../problem.ts';
import { HARD_RULES, SAMPLE_SHIFTS, samplePerson, sampleProblem } from '../sample-problem.ts';

/** Morning 06:00–14:00, afternoon 14:00–22:00, night 21:00–05:00 (7 h each), no succession forbidden. */
export const FREE_SHIFTS: readonly ShiftType[] = SAMPLE_SHIFTS.map((s) => ({ ...s, cannotFollow: [] }));
/** The morning alone: a roster is then a worked/off pattern. */
export const MORNING_ONLY: readonly ShiftType[] = [FREE_SHIFTS[0]!];
/** The night alone (night: true). */
export const NIGHT_ONLY: readonly ShiftType[] = [FREE_SHIFTS[2]!];

export const M = 0;
export const A = 1;
export const N = 2;

/** A person with no limit who holds slots 0 … `slots` − 1. */
export function person(id: string, slots: number, extra: Partial<RosterEmployee> = {}): RosterEmployee {
  return samplePerson(id, { slots: Array.from({ length: slots }, (_, s) => s), ...extra });
}

/** `people` over `days` days from a Monday, one slot per shift of `shifts`, the given cover and every rule hard. */
export function tiny(
  shifts: readonly ShiftType[],
  people: RosterEmployee[],
  extra: Partial<Omit<RosterProblem, 'employees' | 'shifts'>> = {},
): RosterProblem {
  return sampleProblem(people, {
    days: 7,
    shifts,
    slots: shifts.map((_, shift) => ({ shift, qualification: 0 })),
    ...extra,
  });
}

/** `requirement` people on `shift` on `day` (qualification 0 unless given). */
export function need(
  day: number,
  shift: number,
  requirement: number,
  underWeight: number,
  overWeight = 0,
  qualification = 0,
): CoverRequirement {
  return { day, shift, qualification, requirement, underWeight, overWeight };
}

/** The same requirement on each of `days`. */
export function needEach(
  days: readonly number[],
  shift: number,
  requirement: number,
  underWeight: number,
  overWeight = 0,
): CoverRequirement[] {
  return days.map((day) => need(day, shift, requirement, underWeight, overWeight));
}

export const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The rule set with one rule made soft at `weight`. */
export function softened(rule: keyof Omit<RosterRules, SwitchKeys>, weight: number): RosterRules {
  return { ...HARD_RULES, [rule]: { hard: false, weight } };
}
type SwitchKeys = 'minConsecutiveAtHorizonEnds' | 'weekendFairness' | 'nightFairness';

/** Rows written one letter per day ('M', 'A', 'N' the shift's id, '-' off), each shift's first slot. */
export function grid(problem: RosterProblem, ...lines: string[]): Assignment {
  return lines.map((line) => {
    if (line.length > problem.days) throw new Error(`line longer than the horizon: ${line}`);
    const row = new Int32Array(problem.days).fill(-1);
    for (const [d, letter] of [...line].entries()) {
      if (letter === '-') continue;
      const shift = problem.shifts.findIndex((s) => s.id === letter);
      const slot = problem.slots.findIndex((s) => s.shift === shift);
      if (shift < 0 || slot < 0) throw new Error(`no slot for ${letter}`);
      row[d] = slot;
    }
    return row;
  });
}

/** Rosters the exhaustive search agrees to try. */
const EXHAUSTIVE_LIMIT = 70_000;

/**
 * The best score over every roster (lexicographic). When unavailability is hard, a cell ranges over off and the
 * slots the person holds and may work that day, as the solvers' own choices do: working a closed cell is never a
 * way out of another rule (a hard unit of absence would otherwise "save" 420 minutes of a minimum).
 */
export function exhaustiveOptimum(
  problem: RosterProblem,
  options: { initial?: Assignment; changeWeight?: number } = {},
): Score {
  const cells: { e: number; d: number; values: number[] }[] = [];
  for (const [e, employee] of problem.employees.entries())
    for (let d = 0; d < problem.days; d++) {
      const closed = (slot: number) =>
        employee.unavailable.some((u) => u.day === d && (u.slot === undefined || u.slot === slot));
      const values = problem.rules.unavailable.hard
        ? [-1, ...employee.slots.filter((s) => !closed(s))]
        : [-1, ...problem.slots.keys()];
      cells.push({ e, d, values });
    }
  const total = cells.reduce((n, c) => n * c.values.length, 1);
  if (total > EXHAUSTIVE_LIMIT) throw new Error(`${total} rosters: too many to try them all`);
  const prepared = prepare(problem);
  const roster: Assignment = problem.employees.map(() => new Int32Array(problem.days).fill(-1));
  const digit = new Int32Array(cells.length);
  let best: Score = { hard: Number.POSITIVE_INFINITY, soft: Number.POSITIVE_INFINITY };
  for (let k = 0; k < total; k++) {
    const { score } = evaluateRoster(problem, roster, options, prepared);
    if (score.hard < best.hard || (score.hard === best.hard && score.soft < best.soft)) best = score;
    // Next roster: an odometer over the cells.
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      digit[i] = (digit[i]! + 1) % c.values.length;
      roster[c.e]![c.d] = c.values[digit[i]!]!;
      if (digit[i] !== 0) break;
    }
  }
  return best;
}
