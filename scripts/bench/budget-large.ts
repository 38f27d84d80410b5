// Benchmark: the full-year forecast budget of the large demo, with ten months of actuals and their variance (target < 1 s).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@logipilot/app/config';
import { openAppContext } from '@logipilot/app/context';
import { getBudgetReport, saveBudgetVersion } from '@logipilot/app/costing/budget-report';
import { importBudgetActuals } from '@logipilot/app/costing/import-actuals';
import { runStatisticalForecast } from '@logipilot/app/forecast/run-statistical-forecast';
import type { Actor } from '@logipilot/domain';
import type { BenchReport } from './bench-report.ts';

const root = new URL('../..', import.meta.url).pathname;
const TARGET_MS = 1000;
const AS_OF = '2026-11-02';
const YEAR = 2027;
const RUNS = 5;
const TITLE = 'Budget: full year, large demo';

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${Math.round(x)} ms`;

export default async function budgetLargeBench(): Promise<BenchReport> {
  const dataDir = mkdtempSync(join(tmpdir(), 'logipilot-bench-budget-'));
  const load = loadavg().map((l) => l.toFixed(2));
  try {
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
    if (seed.status !== 0) return { title: TITLE, markdown: `Seeding failed: ${seed.stderr}`, ok: false };
    const ctx = await openAppContext(loadConfig({ dataDir }, {}));
    try {
      const site = (await ctx.db.repos.sites.first())!;
      const admin = (await ctx.db.repos.users.all(site.id)).find((u) => u.role === 'admin')!;
      const actor: Actor = {
        userId: admin.id,
        username: admin.username,
        role: admin.role,
        clientId: null,
        siteId: site.id,
      };
      await runStatisticalForecast(ctx, actor, { horizonDays: 364, asOf: AS_OF });

      // Live: volumes read from the forecast (and last year's history for the month it leaves), standards, rates.
      const live: number[] = [];
      let report = await getBudgetReport(ctx, actor, { year: YEAR, versionId: 'live' });
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        report = await getBudgetReport(ctx, actor, { year: YEAR, versionId: 'live' });
        live.push(performance.now() - t);
      }
      const sumsOk =
        report.budget.totalCents === report.months.reduce((a, m) => a + m.budget, 0) &&
        report.budget.months.every((m) => m.totalCents === m.lines.reduce((a, l) => a + l.cents, 0));
      const lineMonths = report.budget.months.reduce((a, m) => a + m.lines.length, 0);

      // A saved version with ten months of actuals (each line 3 % over its budget): budget + variance.
      await saveBudgetVersion(ctx, actor, { year: YEAR, name: 'Budget initial', kind: 'initial' });
      const rows = ['Mois;Centre de coût;Ligne;Volume;Heures;Coût €'];
      for (const m of report.budget.months.slice(0, 10))
        for (const l of m.lines)
          rows.push(
            l.kind === 'fixed'
              ? `${m.month};${l.costCentre};${l.key};;;${((l.cents * 1.03) / 100).toFixed(2)}`
              : `${m.month};${l.costCentre};${l.key};${Math.round((l.volume ?? 0) * 1.02)};${((l.hours ?? 0) * 1.04).toFixed(2)};${((l.cents * 1.03) / 100).toFixed(2)}`,
          );
      await importBudgetActuals(ctx, actor, {
        year: YEAR,
        fileName: 'actuals.csv',
        bytes: new TextEncoder().encode(rows.join('\n')),
      });
      const withActuals: number[] = [];
      let variance = await getBudgetReport(ctx, actor, { year: YEAR });
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        variance = await getBudgetReport(ctx, actor, { year: YEAR });
        withActuals.push(performance.now() - t);
      }
      const addsUp = variance.months
        .filter((m) => m.variance)
        .every((m) => {
          const v = m.variance!;
          return (
            v.volume + v.efficiency + v.rate + v.mix === v.total && v.total === (m.actual ?? 0) - m.budget
          );
        });
      const liveMs = median(live);
      const actualsMs = median(withActuals);
      const ok = sumsOk && addsUp && liveMs < TARGET_MS && actualsMs < TARGET_MS;
      const sources = report.basis.months.map((m) => `${m.month.slice(5)} ${m.source}`).join(', ');
      const markdown = [
        `Large demo (seed 1, as-of ${AS_OF}) seeded through the CLI into a fresh embedded store, a statistical forecast of`,
        `every series over 364 days stored; then the ${YEAR} budget report (use case \`getBudgetReport\`, reads included) ${RUNS} times`,
        'after one warm-up, computed live from the stores, then from a saved version with ten months of actuals imported',
        `(${rows.length - 1} actual lines) and their variance. Target: median < 1 s each.`,
        `Load average at start: ${load.join(' / ')} (${cpus().length} cores).`,
        '',
        `Live budget, median of ${RUNS}: **${ms(liveMs)}** ${liveMs < TARGET_MS ? '✓' : '✗'} (runs: ${live.map(ms).join(', ')}); every total a sum of its lines ${sumsOk ? '✓' : '✗'}.`,
        `Saved version + actuals + variance, median of ${RUNS}: **${ms(actualsMs)}** ${actualsMs < TARGET_MS ? '✓' : '✗'} (runs: ${withActuals.map(ms).join(', ')}); volume + efficiency + rate + mix = total = actual − budget every month ${addsUp ? '✓' : '✗'}.`,
        '',
        '| reported | value |',
        '|---|---|',
        `| cost centres | ${report.budget.byCostCentre.length} |`,
        `| driver lines | ${report.input.drivers.length} |`,
        `| fixed lines | ${report.input.fixed.length} |`,
        `| line-months | ${lineMonths} |`,
        `| year budget (€) | ${(report.budget.totalCents / 100).toFixed(2)} |`,
        `| volume source by month | ${sources} |`,
      ].join('\n');
      return { title: TITLE, markdown, ok };
    } finally {
      await ctx.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
