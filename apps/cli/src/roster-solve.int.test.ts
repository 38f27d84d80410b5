// `logipilot roster solve` through the real launcher on a small demo: usage errors (exit 2), an unknown plan named in
// the user's language (exit 1), then a stored draft as one JSON document whose cells obey every hard rule.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyJsonDocument, runCliProcess } from './spawn-cli.ts';

interface RosterJson {
  id: string;
  status: string;
  from: string;
  to: string;
  people: { id: string }[];
  assignments: { employeeId: string; day: string; shift: string; qualification: string }[];
  score: { hard: number; soft: number };
  violations: { hard: boolean; message: string }[];
  solve: { seed: number; timeLimitSeconds: number } | null;
}

describe('logipilot roster solve', () => {
  let root = '';
  let dataDir = '';
  const cli = (...args: string[]) => runCliProcess([...args, '--data-dir', dataDir]);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'logipilot-roster-solve-'));
    dataDir = join(root, 'data');
    const demo = await cli('demo', '--size', 'small', '--as-of', '2026-11-02', '--json');
    expect(demo.code, demo.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('asks for --from and refuses more than 6 weeks (exit 2)', async () => {
    const missing = await cli('roster', 'solve', '--lang', 'en');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--from/);
    const long = await cli('roster', 'solve', '--from', '2026-11-02', '--weeks', '9', '--lang', 'en');
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/--weeks/);
  }, 60_000);

  it('names an unknown plan in French (exit 1)', async () => {
    const run = await cli('roster', 'solve', '--from', '2026-11-02', '--plan', 'nope', '--time-limit', '1');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/plan d.activité « nope »|« nope »/);
  }, 60_000);

  it('stores a draft and prints it as one JSON document, without a hard violation', async () => {
    const run = await cli(
      'roster',
      'solve',
      '--from',
      '2026-11-02',
      '--weeks',
      '1',
      '--time-limit',
      '2',
      '--seed',
      '3',
      '--json',
      '--lang',
      'en',
    );
    expect(run.code, run.stderr).toBe(0);
    const roster = onlyJsonDocument(run) as unknown as RosterJson;
    expect(roster.status).toBe('draft');
    expect([roster.from, roster.to]).toEqual(['2026-11-02', '2026-11-08']);
    expect(roster.solve).toMatchObject({ seed: 3, timeLimitSeconds: 2 });
    expect(roster.people.length).toBeGreaterThan(5);
    const people = new Set(roster.people.map((p) => p.id));
    for (const a of roster.assignments) {
      expect(people.has(a.employeeId)).toBe(true);
      expect(a.day >= roster.from && a.day <= roster.to).toBe(true);
    }
    expect(roster.score.hard).toBe(0);
    expect(roster.violations.filter((v) => v.hard)).toEqual([]);
  }, 120_000);
});
