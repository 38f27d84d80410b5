// Benchmark: a 52-week activity plan of the large demo from stored statistical forecasts (target < 2 s).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@logipilot/app/config';
import { openAppContext } from '@logipilot/app/context';
import { runStatisticalForecast } from '@logipilot/app/forecast/run-statistical-forecast';
import type { PlanPhase } from '@logipilot/app/plan/plan-types';
import type { BenchReport } from './bench-report.ts';

const root = new URL('../..', import.meta.url).pathname;
const TARGET_MS = 2000;
const AS_OF = '2026-11-02';
/** Measured runs, each in a fresh process (the first 52-week plan of a process is the cold one held to the target). */
const RUNS = 3;

interface RunFigures {
  ms: number;
  cpuMs: number;
  timings: Partial<Record<PlanPhase, number>>;
  warmMs: number;
  warmCpuMs: number;
  warmTimings: Partial<Record<PlanPhase, number>>;
  consistent: boolean;
  employees: number;
  hours: number;
  overtimeHours: number;
  tempHours: number;
  leverLines: number;
  leversStatus: string;
}

function measuredRun(dataDir: string): RunFigures | { error: string } {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts/bench/plan-large-run.ts'), dataDir, AS_OF],
    { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' }, maxBuffer: 16 * 1024 * 1024 },
  );
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !last.startsWith('{'))
    return { error: `exit ${run.status}: ${run.stderr.slice(0, 300)}` };
  return JSON.parse(last) as RunFigures;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

export default async function planLargeBench(): Promise<BenchReport> {
  const dataDir = mkdtempSync(join(tmpdir(), 'logipilot-bench-plan-'));
  const load = loadavg().map((l) => l.toFixed(2));
  try {
    const seedStart = performance.now();
    const seed = spawnSync(
      process.execPath,
      [
        join(root, 'apps/cli/bin/logipilot.mjs'),
        'demo',
        '--size',
        'large',
        '--as-of',
        AS_OF,
        '--data-dir',
        dataDir,
        '--json',
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' }, maxBuffer: 64 * 1024 * 1024 },
    );
    const seedMs = performance.now() - seedStart;
    if (seed.status !== 0)
      return { title: 'Plan: 52 weeks, large demo', markdown: `Seeding failed: ${seed.stderr}`, ok: false };

    const ctx = await openAppContext(loadConfig({ dataDir }, {}));
    let forecastMs: number;
    let seriesCount: number;
    try {
      const site = (await ctx.db.repos.sites.first())!;
      const admin = (await ctx.db.repos.users.all(site.id)).find((u) => u.role === 'admin')!;
      const actor = {
        userId: admin.id,
        username: admin.username,
        role: admin.role,
        clientId: null,
        siteId: site.id,
      };
      const forecastStart = performance.now();
      const forecast = await runStatisticalForecast(ctx, actor, { horizonDays: 364, asOf: AS_OF });
      forecastMs = performance.now() - forecastStart;
      seriesCount = forecast.series.length;
    } finally {
      await ctx.close();
    }

    const loadBefore = loadavg()[0]?.toFixed(2) ?? '?';
    const runs: RunFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      const figures = measuredRun(dataDir);
      if ('error' in figures)
        return {
          title: 'Plan: 52 weeks, large demo',
          markdown: `Run ${i + 1} failed: ${figures.error}`,
          ok: false,
        };
      runs.push(figures);
    }
    const sorted = [...runs].sort((x, y) => x.ms - y.ms);
    const median = sorted[Math.floor(RUNS / 2)] as RunFigures;
    const consistent = runs.every((r) => r.consistent);
    const ok = consistent && median.ms < TARGET_MS;

    // Reported only: the whole `plan` command, start-up included, in a fresh process.
    const cliStart = performance.now();
    const cli = spawnSync(
      process.execPath,
      [
        join(root, 'apps/cli/bin/logipilot.mjs'),
        'plan',
        '--from',
        AS_OF,
        '--weeks',
        '52',
        '--data-dir',
        dataDir,
        '--json',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '' },
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const cliMs = performance.now() - cliStart;

    const markdown = [
      `Large demo (seed 1, as-of ${AS_OF}) seeded through the CLI into a fresh embedded store and a statistical forecast`,
      `of every series over 364 days stored; then ${RUNS} runs, each in a fresh process: a 1-week warm-up plan (HiGHS and`,
      'the catalogues loaded, as a running server has them), then `computePlan` for 52 weeks with its code still cold',
      '(the time held to the target), then the same plan again warm (reported only). Target: median < 2 s.',
      `Load average at start: ${load.join(' / ')}; before the runs: ${loadBefore} (the machine has ${cpus().length} cores).`,
      "CPU time is the process's (user + system, all threads: the levers thread, garbage collection and compilation).",
      '',
      `Plan, median of ${RUNS}: **${seconds(median.ms)} s** ${ok ? '✓' : '✗'} (runs: ${runs.map((r) => `${seconds(r.ms)} s`).join(', ')}; CPU ${seconds(median.cpuMs)} s); totals.hours = Σ days ${consistent ? '✓' : '✗'}.`,
      `Warm second plan of the same process (reported only): ${seconds(median.warmMs)} s (CPU ${seconds(median.warmCpuMs)} s).`,
      `The whole command in a fresh process, start-up included (reported only): \`logipilot plan --weeks 52 --json\` ${cli.status === 0 ? `${seconds(cliMs)} s` : `failed: ${cli.stderr.slice(0, 200)}`}.`,
      '',
      '| phase (median run) | ms | warm ms |',
      '|---|---|---|',
      ...Object.entries(median.timings).map(
        ([phase, ms]) =>
          `| ${phase} | ${Math.round(ms ?? 0)} | ${Math.round(median.warmTimings[phase as PlanPhase] ?? 0)} |`,
      ),
      '',
      '| reported | value |',
      '|---|---|',
      `| seed (CLI, s) | ${(seedMs / 1000).toFixed(1)} |`,
      `| forecast series | ${seriesCount} |`,
      `| forecast (s) | ${(forecastMs / 1000).toFixed(1)} |`,
      `| employees | ${median.employees} |`,
      `| workload hours | ${Math.round(median.hours)} |`,
      `| overtime hours | ${Math.round(median.overtimeHours)} |`,
      `| temp hours | ${Math.round(median.tempHours)} |`,
      `| lever lines | ${median.leverLines} |`,
      `| levers status | ${median.leversStatus} |`,
    ].join('\n');
    return { title: 'Plan: 52 weeks, large demo', markdown, ok };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
