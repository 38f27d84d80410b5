// Benchmark baseline: a plain HiGHS MIP of the roster on the Curtois & Qu instances 1–12 (`logipilot roster bench
// --method plain-mip`: the compact model given to HiGHS alone, no warm start, no local search), 60 s each, seed 1,
// every roster judged by the independent referee: the yardstick the solver's table (roster-curtois.ts) is read
// against.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchReport } from './bench-report.ts';
import { gapPercent, INSTANCES, MISSING_FILES, referencesIfPresent, runOne } from './curtois-run.ts';

const SECONDS = 60;
const SEED = 1;

export default async function rosterCurtoisBaselineBench(): Promise<BenchReport> {
  const title = `Rostering baseline: a plain HiGHS MIP on Curtois & Qu instances 1–12, ${SECONDS} s each, seed ${SEED}`;
  const refs = referencesIfPresent();
  if (!refs) return { title, markdown: MISSING_FILES, ok: false };
  const load = loadavg().map((l) => l.toFixed(2));
  const dir = mkdtempSync(join(tmpdir(), 'logipilot-bench-roster-mip-'));
  const lines: string[] = [];
  let ran = 0;
  try {
    for (const n of INSTANCES) {
      process.stderr.write(`  Instance${n} (plain HiGHS MIP)…\n`);
      const { row, printed } = runOne(n, refs.get(n) ?? null, dir, 'plain-mip', SEED, SECONDS);
      if (printed) ran++;
      const status = printed?.mip?.status ?? '–';
      const bound = printed?.mip?.lowerBound ?? null;
      const gap = gapPercent(row);
      const objective =
        row.objective === null ? 'no roster' : `${row.objective}${row.feasible ? '' : ' infeasible'}`;
      lines.push(
        `| ${n} | ${row.reference ?? '–'} | ${objective} | ${gap === null ? '–' : `${gap.toFixed(1)} %`} | ${status} | ${
          bound === null ? '–' : bound
        } | ${row.seconds === null ? '–' : row.seconds.toFixed(1)} | ${row.note === 'no roster' ? '' : row.note} |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const loadEnd = loadavg().map((l) => l.toFixed(2));
  const markdown = [
    `\`logipilot roster bench --instance InstanceN.txt --time-limit ${SECONDS} --seed ${SEED} --method plain-mip --json\`:`,
    'the full MIP of the solver’s exact phase given to HiGHS alone (HiGHS’s own time limit, the seconds less the',
    'model’s construction), its roster judged by the referee. Status: HiGHS’s end state; bound: its dual bound.',
    `Load average at start: ${load.join(' / ')}, at the end: ${loadEnd.join(' / ')} (the machine has ${cpus().length} cores).`,
    '',
    '| instance | reference | objective | gap | status | HiGHS bound | seconds | note |',
    '|---|---|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
  return { title, markdown, ok: ran === INSTANCES.length };
}
