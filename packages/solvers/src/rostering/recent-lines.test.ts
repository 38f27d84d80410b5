// The recent lines: distinct per person, the oldest dropped beyond the limit; and, on benchmark instance 3 (read from
// ../shared/bench beside the repository), a master that starts from them converges in fewer rounds to the same LP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHighs } from '../levers/solve-highs.ts';
import { LineMaster } from './column-generation.ts';
import { parseCurtoisInstance } from './curtois.ts';
import { buildMipModel } from './mip-model.ts';
import { prepare } from './prepared.ts';
import { RecentLines } from './recent-lines.ts';
import { solveRoster } from './solve.ts';

const bench = new URL('../../../../../shared/bench/', import.meta.url).pathname;
const roster = (...lines: number[][]) => lines.map((l) => Int32Array.from(l));

describe('RecentLines', () => {
  it('keeps each person’s last distinct lines, oldest first, up to the limit', () => {
    const recent = new RecentLines(2, 2);
    recent.record(roster([0, -1, 1], [1, 1, -1]));
    recent.record(roster([0, -1, 1], [1, -1, -1]));
    recent.record(roster([1, -1, 1], [1, 1, -1]));
    recent.record(roster([0, 0, 0], [1, 1, -1]));
    const kept = [...recent.all()].map(([e, line]) => `${e}:${line.join(',')}`);
    // Person 0: three distinct lines, the first dropped; person 1: two distinct lines, the repeat not kept twice.
    expect(kept).toEqual(['0:1,-1,1', '0:0,0,0', '1:1,1,-1', '1:1,-1,-1']);
  });

  it('starts column generation closer to the LP: fewer rounds to the same value on instance 3', async () => {
    const file = join(bench, 'shift-scheduling/instances', 'Instance3.txt');
    const problem = parseCurtoisInstance(readFileSync(file, 'utf8'), file);
    const p = prepare(problem);
    const model = buildMipModel(p);
    // Rosters without hard violation of short local searches bounded by moves (reproducible), the last as the start.
    const recent = new RecentLines(p.employees, 20);
    let start = null;
    let rosters = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const result = await solveRoster(problem, {
        seed,
        timeLimitSeconds: 60,
        maxIterations: 200_000,
        exact: false,
      });
      if (result.score.hard > 0) continue;
      recent.record(result.assignment);
      start = result.assignment;
      rosters++;
    }
    expect(rosters).toBeGreaterThanOrEqual(3);
    const highs = await loadHighs();
    const generate = (withRecent: boolean) =>
      highs.withModel((native) => {
        const master = new LineMaster(highs, native, p, model);
        master.addRoster(start!);
        if (withRecent) for (const [e, line] of recent.all()) master.addLine(e, line);
        return master.generate({ deadline: performance.now() + 60_000, shouldStop: () => false, seed: 1 });
      });
    const alone = generate(false);
    const seeded = generate(true);
    expect(alone.converged).toBe(true);
    expect(seeded.converged).toBe(true);
    expect(seeded.lpValue).toBeCloseTo(alone.lpValue, 6);
    expect(seeded.rounds).toBeLessThan(alone.rounds);
  });
});
