// `logipilot roster bench` through the real launcher on the public Instance1 (read from ../shared/bench beside the
// repository): one JSON document that the independent referee scores the same way, and a malformed file named by
// file, line and field.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyJsonDocument, runCliProcess } from './spawn-cli.ts';

const bench = new URL('../../../../shared/bench/', import.meta.url).pathname;
const instance1 = join(bench, 'shift-scheduling/instances/Instance1.txt');
const referee = join(bench, 'tools/curtois-check.mjs');

function refereeVerdict(instance: string, solution: string): { feasible: boolean; objective: number } {
  try {
    return JSON.parse(execFileSync(process.execPath, [referee, instance, solution], { encoding: 'utf8' }));
  } catch (error) {
    // Exit 1 = infeasible: the verdict is on stdout all the same.
    return JSON.parse(String((error as { stdout?: string }).stdout ?? ''));
  }
}

describe('logipilot roster bench', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'logipilot-roster-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one JSON document whose objective and feasibility the referee confirms', async () => {
    const run = await runCliProcess([
      'roster',
      'bench',
      '--instance',
      instance1,
      '--time-limit',
      '1',
      '--seed',
      '3',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const doc = onlyJsonDocument(run) as {
      instance: string;
      objective: number;
      feasible: boolean;
      seconds: number;
      lowerBound?: number;
      assignments: Record<string, string[]>;
    };
    // `lowerBound` comes only when the solver proved one (instance 1 is often proven within the second).
    expect(
      Object.keys(doc)
        .filter((k) => k !== 'lowerBound')
        .sort(),
    ).toEqual(['assignments', 'feasible', 'instance', 'objective', 'seconds']);
    if (doc.lowerBound !== undefined) expect(doc.lowerBound).toBeLessThanOrEqual(doc.objective);
    expect(doc.instance).toBe(instance1);
    expect(Object.keys(doc.assignments)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    const solution = join(dir, 'solution.json');
    await writeFile(solution, JSON.stringify({ assignments: doc.assignments }));
    const verdict = refereeVerdict(instance1, solution);
    expect(verdict.objective).toBe(doc.objective);
    expect(verdict.feasible).toBe(doc.feasible);
  }, 60_000);

  it('prints a short summary without --json', async () => {
    const run = await runCliProcess([
      'roster',
      'bench',
      '--instance',
      instance1,
      '--time-limit',
      '0.5',
      '--lang',
      'en',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /Instance1\.txt: objective \d+, feasible, [\d.]+ s \(seed 1, [\d,]+ moves\)\./,
    );
  }, 60_000);

  it('names the file, the line and the field of a malformed instance (exit 1)', async () => {
    const text = (await readFile(instance1, 'utf8')).replace('B,D=14,4320,3360', 'B,D=14,4320,33z0');
    const broken = join(dir, 'Broken.txt');
    await writeFile(broken, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('B,D=14')) + 1;
    const run = await runCliProcess(['roster', 'bench', '--instance', broken, '--time-limit', '1', '--json']);
    expect(run.code).toBe(1);
    const doc = onlyJsonDocument(run) as { error: { code: string; params: Record<string, unknown> } };
    expect(doc.error.code).toBe('ROSTER_INSTANCE_NOT_INTEGER');
    expect(doc.error.params).toMatchObject({ file: broken, line, field: 'MinTotalMinutes', value: '33z0' });
    const human = await runCliProcess([
      'roster',
      'bench',
      '--instance',
      broken,
      '--time-limit',
      '1',
      '--lang',
      'en',
    ]);
    expect(human.stderr).toContain(
      `${broken}, line ${line}: MinTotalMinutes must be a whole number, not “33z0”.`,
    );
  }, 60_000);

  it('rejects an unknown action and a missing time limit as usage errors (exit 2)', async () => {
    const action = await runCliProcess(['roster', 'solve', '--instance', instance1, '--time-limit', '1']);
    expect(action.code).toBe(2);
    const limit = await runCliProcess(['roster', 'bench', '--instance', instance1, '--json']);
    expect(limit.code).toBe(2);
    expect(onlyJsonDocument(limit)).toMatchObject({ error: { code: 'CLI_MISSING_OPTION' } });
  }, 60_000);
});
