// The lines the search passed through on its way to its best roster: per person, the last few distinct lines of the
// rosters it kept as best while they broke no hard rule. Column generation starts from them instead of the best
// roster's lines alone: a master holding one line a person is degenerate, its duals swing between extremes and its LP
// stays at the roster's cost for many rounds (instance 12: twelve rounds of pricing without the LP moving, no
// convergence in the minute; instance 10: 17 rounds, 9.5–12.6 s, against 9 rounds, 5.1 s, with these lines).
import type { Assignment } from './problem.ts';

export class RecentLines {
  private readonly perPerson: number;
  /** Per person: the kept lines, oldest first, and their keys. */
  private readonly lines: Int32Array[][];
  private readonly keys: Set<string>[];

  constructor(people: number, perPerson: number) {
    this.perPerson = perPerson;
    this.lines = Array.from({ length: people }, () => []);
    this.keys = Array.from({ length: people }, () => new Set());
  }

  /** Records each person's line of a roster that breaks no hard rule. */
  record(assignment: Assignment): void {
    for (const [e, line] of assignment.entries()) {
      const kept = this.lines[e]!;
      const last = kept[kept.length - 1];
      if (last && sameLine(last, line)) continue;
      const key = line.join(',');
      const keys = this.keys[e]!;
      if (keys.has(key)) continue;
      keys.add(key);
      kept.push(Int32Array.from(line));
      if (kept.length > this.perPerson) keys.delete(kept.shift()!.join(','));
    }
  }

  /** Every kept line, person by person, oldest first. */
  *all(): Generator<[number, Int32Array]> {
    for (const [e, kept] of this.lines.entries()) for (const line of kept) yield [e, line];
  }
}

function sameLine(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let d = 0; d < a.length; d++) if (a[d] !== b[d]) return false;
  return true;
}
