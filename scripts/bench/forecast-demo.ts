// Benchmark: the small demo site's 24 client × flow series forecast with an 8-week holdout, chosen method vs naive.
import { generateDemoSite } from '@logipilot/demo';
import { type ForecastSeriesResult, forecastSeries, type HistoryPoint } from '@logipilot/solvers';
import type { BenchReport } from './bench-report.ts';

const HOLDOUT_DAYS = 56;
const HORIZON_DAYS = 28;

const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)} %`;

export default async function forecastDemoBench(): Promise<BenchReport> {
  const site = generateDemoSite({ size: 'small', seed: 1, asOf: '2026-11-02' });
  const series = new Map<string, HistoryPoint[]>();
  for (const f of site.flowDays) {
    const key = `${f.clientId} · ${f.flow}`;
    const list = series.get(key) ?? [];
    list.push({ day: f.day, quantity: f.quantity });
    series.set(key, list);
  }
  const started = performance.now();
  const results = new Map<string, ForecastSeriesResult>();
  for (const [key, history] of series) {
    results.set(
      key,
      forecastSeries({
        history,
        calendar: site.bundle.site.calendar,
        horizonDays: HORIZON_DAYS,
        holdoutDays: HOLDOUT_DAYS,
        coverage: 0.8,
      }),
    );
  }
  const ms = performance.now() - started;
  let wins = 0;
  let scored = 0;
  let covered = 0;
  let coveredN = 0;
  const rows: string[] = [];
  for (const [key, r] of results) {
    const naive = r.candidates.find((c) => c.method === 'seasonal_naive')?.wape ?? null;
    const chosen = r.accuracy?.wape ?? null;
    const points = r.accuracy?.points ?? 0;
    if (chosen !== null && naive !== null) {
      scored++;
      if (chosen < naive) wins++;
    }
    if (r.intervalCoverageOnHoldout !== null && chosen !== null) {
      covered += r.intervalCoverageOnHoldout * points;
      coveredN += points;
    }
    const note = chosen === null ? r.reasons.map((x) => x.code).join(', ') : '';
    rows.push(
      `| ${key} | ${r.method} | ${pct(chosen)} | ${pct(naive)} | ${pct(r.accuracy?.bias)} | ${pct(r.intervalCoverageOnHoldout)} | ${note} |`,
    );
  }
  const share = scored > 0 ? wins / scored : 0;
  const ok = wins / series.size > 0.5;
  const markdown = [
    `Small demo (seed 1, as-of 2026-11-02): ${series.size} series, two years of daily history, the last ${HOLDOUT_DAYS}`,
    'days held out; every method fitted on the rest, the best WAPE chosen. Target: the chosen method beats seasonal',
    'naive in WAPE on more than half of the series.',
    '',
    `Chosen beats seasonal naive on **${wins} of ${series.size}** series (${wins} of ${scored} with a non-zero holdout, ` +
      `${pct(share)}) ${ok ? '✓' : '✗'}. Pooled 80 % interval coverage on the holdout: **${pct(coveredN ? covered / coveredN : null)}**. ` +
      `Time for all series (selection, refit, ${HORIZON_DAYS}-day forecast): **${(ms / 1000).toFixed(2)} s**.`,
    '',
    '| series | chosen | WAPE chosen | WAPE naive | bias chosen | 80 % coverage | note |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  return { title: 'Forecast: small demo, 8-week holdout, chosen vs seasonal naive', markdown, ok };
}
