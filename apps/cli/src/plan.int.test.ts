// `logipilot plan` through the real launcher on a small demo: no forecast (exit 1, hint), then one JSON document.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyJsonDocument, runCliProcess } from './spawn-cli.ts';

interface PlanJson {
  days: {
    date: string;
    activities: { activity: string; hours: number }[];
    shifts: { shift: string; qualification: string; needed: number; available: number; gap: number }[];
  }[];
  totals: { hours: number; overtimeHours: number; tempHours: number; cost: number };
}

describe('logipilot plan', () => {
  let root = '';
  let dataDir = '';
  const cli = (...args: string[]) => runCliProcess([...args, '--data-dir', dataDir]);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'logipilot-plan-'));
    dataDir = join(root, 'data');
    const demo = await cli('demo', '--size', 'small', '--as-of', '2026-11-02', '--json');
    expect(demo.code, demo.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('says that no forecast is stored and suggests logipilot forecast (exit 1)', async () => {
    const run = await cli('plan', '--from', '2026-11-02', '--weeks', '1', '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No stored forecast/);
    expect(run.stderr).toMatch(/logipilot forecast/);
  }, 60_000);

  it('prints one JSON document of the contract shape, totals.hours = Σ day activity hours', async () => {
    const forecast = await cli(
      'forecast',
      '--flow',
      'order_lines',
      '--horizon',
      '7',
      '--as-of',
      '2026-11-02',
      '--json',
    );
    expect(forecast.code, forecast.stderr).toBe(0);
    const run = await cli('plan', '--from', '2026-11-02', '--weeks', '1', '--json');
    expect(run.code, run.stderr).toBe(0);
    const plan = onlyJsonDocument(run) as unknown as PlanJson;
    expect(plan.days).toHaveLength(7);
    for (const d of plan.days) {
      expect(Object.keys(d)).toEqual(expect.arrayContaining(['date', 'activities', 'shifts']));
      for (const s of d.shifts)
        expect(Object.keys(s).sort()).toEqual(['available', 'gap', 'needed', 'qualification', 'shift']);
    }
    expect(Object.keys(plan.totals)).toEqual(
      expect.arrayContaining(['hours', 'overtimeHours', 'tempHours', 'cost']),
    );
    const sum = plan.days.reduce((s, d) => s + d.activities.reduce((t, a) => t + a.hours, 0), 0);
    expect(plan.totals.hours).toBeGreaterThan(0);
    expect(plan.totals.hours).toBeCloseTo(sum, 6);

    const text = await cli('plan', '--from', '2026-11-02', '--weeks', '1', '--lang', 'fr');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Semaine du 2 nov\. 2026 : .* h de charge/m);
    expect(text.stdout).toMatch(/€/);
  }, 120_000);
});
