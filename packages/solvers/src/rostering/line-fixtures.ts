// Test fixtures for one person's lines: random small people in the benchmark's format (rules at the horizon's ends or
// not, a history or not, weekends anywhere) and every line they may work, found by trying them all.
import { parseCurtoisInstance } from './curtois.ts';
import { evaluateRoster } from './evaluate.ts';
import { prepare } from './prepared.ts';
import type { Rng } from './prng.ts';
import type { RosterProblem } from './problem.ts';

export function randomPersonProblem(rng: Rng): RosterProblem {
  const days = 6 + rng.int(4);
  const shiftCount = 1 + rng.int(3);
  const ids = ['E', 'L', 'N'].slice(0, shiftCount);
  const shifts = ids.map((id, i) => {
    const forbidden = ids.filter((_, j) => j < i && rng.float() < 0.6);
    return `${id},${[480, 450, 600][i]},${forbidden.join('|')}`;
  });
  const max = ids.map((id) => `${id}=${rng.float() < 0.2 ? 0 : 1 + rng.int(days)}`).join('|');
  const maxMinutes = 480 * (2 + rng.int(days - 1));
  const minMinutes = rng.float() < 0.5 ? 0 : 480 * rng.int(3);
  const maxConsecutive = 2 + rng.int(4);
  const minConsecutive = 1 + rng.int(3);
  const minOff = 1 + rng.int(3);
  const maxWeekends = rng.int(3);
  const off = rng.float() < 0.5 ? `X,${rng.int(days)}` : 'X,';
  const text = [
    'SECTION_HORIZON',
    String(days),
    '',
    'SECTION_SHIFTS',
    ...shifts,
    '',
    'SECTION_STAFF',
    `X,${max},${maxMinutes},${minMinutes},${maxConsecutive},${minConsecutive},${minOff},${maxWeekends}`,
    '',
    'SECTION_DAYS_OFF',
    off,
    '',
    'SECTION_COVER',
    `0,E,1,100,1`,
    '',
  ].join('\n');
  const parsed = parseCurtoisInstance(text, 'random.txt');
  const atEnds = rng.float() < 0.5;
  const history =
    !atEnds && rng.float() < 0.5
      ? Array.from({ length: 1 + rng.int(4) }, () => (rng.float() < 0.6 ? rng.int(shiftCount) : -1))
      : [];
  return {
    ...parsed,
    firstWeekday: 1 + rng.int(7),
    rules: { ...parsed.rules, minConsecutiveAtHorizonEnds: atEnds },
    cover: [],
    employees: parsed.employees.map((e) => ({
      ...e,
      history: { shifts: history, minutesByDay: history.map((s) => (s >= 0 ? 480 : 0)) },
    })),
  };
}

/** Every feasible line (by the evaluator) with its cost, found by trying every line. */
export function everyFeasibleLine(
  problem: RosterProblem,
  cost: Float64Array,
): { line: Int32Array; cost: number }[] {
  const H = problem.days;
  const S = problem.slots.length;
  const p = prepare(problem);
  const line = new Int32Array(H).fill(-1);
  const found: { line: Int32Array; cost: number }[] = [];
  const visit = (d: number, sum: number) => {
    if (d === H) {
      if (evaluateRoster(problem, [line], {}, p).score.hard === 0)
        found.push({ line: Int32Array.from(line), cost: sum });
      return;
    }
    line[d] = -1;
    visit(d + 1, sum);
    for (let s = 0; s < S; s++) {
      const c = cost[d * S + s]!;
      if (!Number.isFinite(c)) continue;
      line[d] = s;
      visit(d + 1, sum + c);
    }
    line[d] = -1;
  };
  visit(0, 0);
  return found;
}
