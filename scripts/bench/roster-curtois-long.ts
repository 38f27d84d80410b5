// Benchmark: the roster solver on Curtois & Qu instances made larger (curtois-scale.ts: horizon repeated, staff
// copied), 60 s each, seed 1, through `logipilot roster bench`; every roster judged by the independent referee. The
// published instances 13–24 run to a year and 150 people and are not in ../shared/bench: these stand in for them, to
// see that the solver's roster is feasible at such sizes and in its time. There is no reference for a scaled
// instance: its objective divided by the scale factor is shown beside the original's reference, as an indication only
// (people at a repeat's boundary are bound across it, so that ratio is no bound either way).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCurtoisInstance } from '../../packages/solvers/src/rostering/curtois.ts';
import { scaleCurtoisInstance } from '../../packages/solvers/src/rostering/curtois-scale.ts';
import type { BenchReport } from './bench-report.ts';
import { instanceFile, MISSING_FILES, type Row, referencesIfPresent, runOne } from './curtois-run.ts';

const SECONDS = 60;
const SEED = 1;
/** Instance, horizon repeats, staff copies. */
const SCALED: readonly [number, number, number][] = [
  [8, 2, 1],
  [12, 4, 2],
  [10, 13, 2],
  [12, 13, 2],
];

export default async function rosterCurtoisLongBench(): Promise<BenchReport> {
  const title = `Rostering: Curtois & Qu instances scaled up to a year and 120 people, ${SECONDS} s, seed ${SEED}`;
  const refs = referencesIfPresent();
  if (!refs) return { title, markdown: MISSING_FILES, ok: false };
  const dir = mkdtempSync(join(tmpdir(), 'logipilot-bench-roster-long-'));
  const rows: { n: number; times: number; copies: number; days: number; people: number; row: Row }[] = [];
  try {
    for (const [n, times, copies] of SCALED) {
      process.stderr.write(`  Instance${n} × ${times} days × ${copies} staff…\n`);
      const text = scaleCurtoisInstance(readFileSync(instanceFile(n), 'utf8'), times, copies);
      const file = join(dir, `Instance${n}-x${times}-x${copies}.txt`);
      writeFileSync(file, text);
      const scaled = parseCurtoisInstance(text, file);
      const { row } = runOne(n, refs.get(n) ?? null, dir, 'solver', SEED, SECONDS, file);
      rows.push({ n, times, copies, days: scaled.days, people: scaled.employees.length, row });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ok = rows.every(
    ({ row }) => row.feasible && row.note === '' && (row.seconds ?? Infinity) <= SECONDS + 5,
  );
  const markdown = [
    `\`logipilot roster bench --instance FILE --time-limit ${SECONDS} --seed ${SEED} --json\` in a fresh process per`,
    'instance, on instances written by `scaleCurtoisInstance` (the horizon repeated, the staff copied, limits over',
    'the horizon and the cover scaled with them); objective and feasibility are the referee’s',
    '(`../shared/bench/tools/curtois-check.mjs`). Target: every roster feasible, within its time.',
    '',
    `Every roster feasible in time: ${ok ? '✓' : '✗'}.`,
    '',
    '| instance | days × people | objective | feasible | objective ÷ scale | original reference | seconds | note |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(({ n, times, copies, days, people, row }) => {
      const perBlock = row.objective === null ? '–' : Math.round(row.objective / (times * copies)).toString();
      return `| ${n}: horizon × ${times}, staff × ${copies} | ${days} × ${people} | ${row.objective ?? '–'} | ${row.feasible ? '✓' : '✗'} | ${perBlock} | ${row.reference ?? '–'} | ${row.seconds?.toFixed(1) ?? '–'} | ${row.note} |`;
    }),
  ].join('\n');
  return { title, markdown, ok };
}
