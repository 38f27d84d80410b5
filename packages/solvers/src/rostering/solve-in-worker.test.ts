// The solver on its own thread: the same roster as in-process for a seed and a move budget, progress as messages,
// and a cancellation that still hands back the best roster.
import { describe, expect, it } from 'vitest';
import type { RosterProblem, SolveProgress } from './problem.ts';
import { samplePerson, sampleProblem } from './sample-problem.ts';
import { solveRoster } from './solve.ts';
import { solveRosterInWorker } from './solve-in-worker.ts';

function fourPeople(): RosterProblem {
  const people = ['P', 'Q', 'R', 'S'].map((id) =>
    samplePerson(id, { minMinutes: 5 * 420, maxConsecutiveWork: 4, minConsecutiveOff: 2, maxWeekends: 1 }),
  );
  const cover = Array.from({ length: 14 }, (_, day) => ({
    day,
    shift: day % 3,
    qualification: 0,
    requirement: 2,
    underWeight: 50,
    overWeight: 2,
  }));
  return sampleProblem(people, { cover });
}

describe('solveRosterInWorker', () => {
  it('returns the in-process roster for the same seed and move budget, with progress messages', async () => {
    const problem = fourPeople();
    const options = { seed: 3, timeLimitSeconds: 60, maxIterations: 20_000, exact: false };
    const progress: SolveProgress[] = [];
    const threaded = await solveRosterInWorker(problem, { ...options, onProgress: (p) => progress.push(p) });
    const inProcess = await solveRoster(problem, options);
    expect(threaded.assignment).toEqual(inProcess.assignment);
    expect(threaded.score).toEqual(inProcess.score);
    expect(threaded.cancelled).toBe(false);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)?.best).toEqual(threaded.score);
  }, 30_000);

  it('stops when the signal is aborted and hands back its best roster, marked cancelled', async () => {
    const problem = fourPeople();
    const controller = new AbortController();
    const result = await solveRosterInWorker(problem, {
      seed: 1,
      timeLimitSeconds: 600,
      exact: false,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result.cancelled).toBe(true);
    expect(result.assignment).toHaveLength(4);
    expect(result.assignment[0]).toBeInstanceOf(Int32Array);
  }, 30_000);

  it('runs a roster HiGHS can model on two threads that both stop on abort, handing back the better roster', async () => {
    const problem = fourPeople();
    const controller = new AbortController();
    const result = await solveRosterInWorker(problem, {
      seed: 1,
      timeLimitSeconds: 600,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result.cancelled).toBe(true);
    expect(result.assignment).toHaveLength(4);
    expect(result.score.hard).toBeGreaterThanOrEqual(0);
  }, 30_000);
});
