// Benchmark: the UCI daily-demand series (60 working days, real orders) forecast with its last 10 days as holdout.
//
// The file has no dates, only week-of-month and weekday (2 = Monday … 6 = Friday). Rows are laid on consecutive
// Mondays–Fridays from a fixed Wednesday in a stretch without French public holidays (2026-01-07 → end of March);
// a weekday the file skips (e.g. Thursday followed by Tuesday) becomes a closed day of the site calendar. The weekly
// period is then the weekday itself (5 open weekdays): a period of 5 on the row index would slide Monday's effect
// onto Tuesday after each skipped day, which the file has.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, daysBetween, isoWeekday, type SiteCalendar } from '@logipilot/domain';
import { type CandidateScore, forecastSeries, type HistoryPoint } from '@logipilot/solvers';
import type { BenchReport } from './bench-report.ts';

const root = new URL('../..', import.meta.url).pathname;
const CSV = join(root, '..', 'shared', 'bench', 'demand', 'Daily_Demand_Forecasting_Orders.csv');
const FIRST_DAY = '2026-01-07';
const HOLDOUT_ROWS = 10;

interface Laid {
  history: HistoryPoint[];
  closed: string[];
}

/** Parses the `;` file and lays each row on the next date with its weekday. */
export function layOut(text: string): Laid {
  const rows = text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(';'));
  const history: HistoryPoint[] = [];
  const closed: string[] = [];
  let day: string | null = null;
  for (const cells of rows) {
    const weekday = Number(cells[1]) - 1;
    const quantity = Number(cells[cells.length - 1]);
    let next: string = day === null ? FIRST_DAY : addDays(day, 1);
    while (isoWeekday(next) !== weekday) {
      if (day !== null && isoWeekday(next) <= 5) closed.push(next);
      next = addDays(next, 1);
    }
    history.push({ day: next, quantity });
    day = next;
  }
  return { history, closed };
}

const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)} %`;

export default async function forecastDemandBench(): Promise<BenchReport> {
  const title = 'Forecast: real daily demand (UCI 409), last 10 days held out';
  let text: string;
  try {
    text = await readFile(CSV, 'utf8');
  } catch {
    return {
      title,
      markdown: 'Data file `../shared/bench/demand/Daily_Demand_Forecasting_Orders.csv` not found: not run.',
      ok: false,
    };
  }
  const { history, closed } = layOut(text);
  const calendar: SiteCalendar = {
    region: 'metropolitan',
    solidarityDay: { kind: 'spread' },
    closedDays: closed.map((date) => ({ date, reason: 'absent from the file' })),
    workingWeekdays: [1, 2, 3, 4, 5],
    continuousOperation: false,
  };
  const holdoutStart = history[history.length - HOLDOUT_ROWS]!.day;
  const last = history[history.length - 1]!.day;
  const holdoutDays = daysBetween(holdoutStart, last) + 1;
  const started = performance.now();
  const result = forecastSeries({ history, calendar, horizonDays: 10, holdoutDays, coverage: 0.8 });
  const ms = performance.now() - started;
  const naive = result.candidates.find((c) => c.method === 'seasonal_naive');
  const row = (c: CandidateScore) =>
    `| ${c.method}${c.method === result.method ? ' (chosen)' : ''} | ${pct(c.wape)} | ${pct(c.mape)} | ${pct(c.bias)} | ${pct(c.coverage)} |`;
  const chosenWape = result.accuracy?.wape ?? null;
  const beats = chosenWape !== null && naive?.wape != null && chosenWape <= naive.wape;
  const markdown = [
    `${history.length} working days laid on ${history[0]!.day} → ${last} (Mon–Fri, ${closed.length} weekday(s) absent from the file`,
    'treated as closed days), target = total orders. The weekly season is keyed by weekday (5 open weekdays), not',
    `by row index. Holdout: the last ${HOLDOUT_ROWS} rows (${holdoutStart} → ${last}, ${holdoutDays} calendar days); 80 % intervals.`,
    '',
    '| method | WAPE | MAPE | bias | 80 % interval coverage |',
    '|---|---|---|---|---|',
    ...result.candidates.map(row),
    '',
    `Chosen: **${result.method}**, WAPE ${pct(chosenWape)} vs seasonal naive ${pct(naive?.wape)} ` +
      `(${beats ? 'not worse ✓' : 'worse ✗'}); time ${ms.toFixed(0)} ms. ` +
      `Reasons: ${result.reasons.map((r) => r.code).join(', ') || 'none'}.`,
    '',
    'Small sample (50 training days): a smoke test on real data, not a ranking.',
  ].join('\n');
  return { title, markdown, ok: result.candidates.length > 0 };
}
