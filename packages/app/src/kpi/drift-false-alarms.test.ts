// The product's drift charts on simulated in-control daily series: false alarms no more often than the rules' theory.
import {
  addDays,
  combinedFalseAlarmRate,
  evaluateChartRules,
  isoWeekday,
  kpiById,
  seededNormal,
  seededUniform,
} from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { chartOf, DEFAULT_RULES, type SeriesPoint } from './drift-detection.ts';

const SEEDS = 120;
const BASELINE_DAYS = 365;
const MONITORED_DAYS = 365;
const START = '2024-01-01';
const FROM = addDays(START, BASELINE_DAYS);

/** Binomial draw by inverting the CDF from 0 (cheap when n·p is a few dozen). */
function binomial(rnd: () => number, n: number, p: number): number {
  const u = rnd();
  let k = 0;
  let prob = (1 - p) ** n;
  let cumulative = prob;
  while (cumulative < u && k < n) {
    prob *= ((n - k) / (k + 1)) * (p / (1 - p));
    k += 1;
    cumulative += prob;
  }
  return k;
}

/** Alarmed points of the monitored year, over the points monitored. */
function alarmRate(series: (seed: number) => SeriesPoint[], kpiId: string): { rate: number; se: number } {
  const def = kpiById(kpiId)!;
  const perSeries: number[] = [];
  let points = 0;
  let alarms = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const s = series(seed);
    const { chart } = chartOf(def, s, FROM)!;
    const first = s.findIndex((p) => p.date >= FROM);
    const fired = new Set(
      evaluateChartRules(chart.points, { rules: DEFAULT_RULES, from: first }).map((x) => x.firedAt),
    );
    const monitored = s.length - first;
    points += monitored;
    alarms += fired.size;
    perSeries.push(fired.size / monitored);
  }
  // Alarms cluster within a series (run rules): the standard error comes from the spread between series.
  const mean = alarms / points;
  const variance = perSeries.reduce((a, r) => a + (r - mean) ** 2, 0) / (perSeries.length - 1);
  return { rate: mean, se: Math.sqrt(variance / perSeries.length) };
}

/** Closed on Sundays; Monday volumes are higher, Saturday ones lower: the weekday pattern the charts adjust for. */
const VOLUME = [0, 1.3, 1, 1, 1, 1.1, 0.5, 0];

describe('false alarms of the drift charts on in-control series', () => {
  const theory = combinedFalseAlarmRate(DEFAULT_RULES);

  it('p chart (on-time shipments, a steady 98 % with weekday volumes): at most the theoretical rate', () => {
    const { rate, se } = alarmRate((seed) => {
      const rnd = seededUniform(seed);
      const out: SeriesPoint[] = [];
      for (let d = 0; d < BASELINE_DAYS + MONITORED_DAYS; d++) {
        const date = addDays(START, d);
        const n = Math.round(2500 * VOLUME[isoWeekday(date)]!);
        if (n === 0) continue;
        const late = binomial(rnd, n, 0.02);
        out.push({ date, numerator: n - late, denominator: n, value: (100 * (n - late)) / n });
      }
      return out;
    }, 'on_time_shipments');
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThanOrEqual(theory + 3 * se);
  });

  it('XmR chart (dock-to-stock hours with a weekday profile, lognormal noise): at most the theoretical rate', () => {
    const { rate, se } = alarmRate((seed) => {
      const normal = seededNormal(seed);
      const out: SeriesPoint[] = [];
      for (let d = 0; d < BASELINE_DAYS + MONITORED_DAYS; d++) {
        const date = addDays(START, d);
        const volume = VOLUME[isoWeekday(date)]!;
        if (volume === 0) continue;
        const hours = 3 * (0.8 + 0.2 * volume) * Math.exp(0.08 * normal());
        out.push({ date, numerator: hours * 40, denominator: 40, value: hours });
      }
      return out;
    }, 'dock_to_stock_time');
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThanOrEqual(theory + 3 * se);
  });
});
