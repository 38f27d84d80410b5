// Benchmark: the roster solver on the public Curtois & Qu shift-scheduling instances 1–12, 60 s each with seed 1,
// through the `logipilot roster bench` command, against the baseline of a plain HiGHS MIP given the same time
// (`--method plain-mip`); every roster is judged by the independent referee. The instances stay in ../shared/bench
// beside the repository (their licence forbids copying them in).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchReport } from './bench-report.ts';

const root = new URL('../..', import.meta.url).pathname;
const shared = join(root, '..', 'shared', 'bench');
const instanceFile = (n: number) => join(shared, 'shift-scheduling', 'instances', `Instance${n}.txt`);
const referee = join(shared, 'tools', 'curtois-check.mjs');
const INSTANCES = Array.from({ length: 12 }, (_, i) => i + 1);
const SECONDS = 60;
const SEED = 1;
/** The target: these instances at the published optimum, every instance feasible. */
const AT_OPTIMUM = new Set([1, 2, 3, 4]);

type Method = 'solver' | 'plain-mip';

interface Row {
  instance: number;
  reference: number | null;
  objective: number | null;
  feasible: boolean;
  seconds: number | null;
  note: string;
}

/** The plain MIP's run: the referee's verdict on its roster (none when HiGHS found none) and HiGHS's bound. */
interface MipRow extends Row {
  /** HiGHS's end state (`optimal`, `time-limit`, `too-large`…), null when the command failed. */
  status: string | null;
  lowerBound: number | null;
}

/** best_reported per instance, from reference_results.csv. */
function references(): Map<number, number> {
  const text = readFileSync(join(shared, 'shift-scheduling', 'reference_results.csv'), 'utf8');
  const [header = '', ...lines] = text.trim().split(/\r?\n/);
  const columns = header.split(',');
  const best = columns.indexOf('best_reported');
  const out = new Map<number, number>();
  for (const line of lines) {
    const cells = line.split(',');
    out.set(Number(cells[0]), Number(cells[best]));
  }
  return out;
}

interface Printed {
  objective: number | null;
  feasible: boolean;
  seconds: number;
  assignments: Record<string, string[]> | null;
  mip?: { status: string; lowerBound: number | null };
}

function runOne(
  n: number,
  reference: number | null,
  dir: string,
  method: Method,
): { row: Row; printed: Printed | null } {
  const row: Row = { instance: n, reference, objective: null, feasible: false, seconds: null, note: '' };
  const cli = spawnSync(
    process.execPath,
    [
      join(root, 'apps/cli/bin/logipilot.mjs'),
      'roster',
      'bench',
      '--instance',
      instanceFile(n),
      '--time-limit',
      String(SECONDS),
      '--seed',
      String(SEED),
      '--method',
      method,
      '--json',
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (cli.status !== 0) {
    row.note = `command failed (exit ${cli.status}): ${cli.stdout.slice(0, 200)}${cli.stderr.slice(0, 200)}`;
    return { row, printed: null };
  }
  const printed = JSON.parse(cli.stdout) as Printed;
  row.seconds = printed.seconds;
  // Only the plain MIP may end without a roster (HiGHS found no integer solution in time): nothing to judge.
  if (printed.assignments === null) {
    row.note = method === 'plain-mip' ? 'no roster' : 'the command printed no roster';
    return { row, printed };
  }
  const solution = join(dir, `Instance${n}-${method}.json`);
  writeFileSync(solution, JSON.stringify({ assignments: printed.assignments }));
  const check = spawnSync(process.execPath, [referee, instanceFile(n), solution], { encoding: 'utf8' });
  if (check.status !== 0 && check.status !== 1) {
    row.note = `referee rejected the roster: ${check.stdout.slice(0, 200)}`;
    return { row, printed };
  }
  const verdict = JSON.parse(check.stdout) as { feasible: boolean; objective: number };
  row.objective = verdict.objective;
  row.feasible = verdict.feasible;
  if (verdict.objective !== printed.objective || verdict.feasible !== printed.feasible) {
    row.note = `the command printed ${printed.objective} (${printed.feasible ? 'feasible' : 'infeasible'})`;
  }
  return { row, printed };
}

/** Whether the solver's roster is feasible and at most the MIP's objective (an MIP without a feasible roster loses). */
function beats(solver: Row, mip: MipRow): boolean {
  if (!solver.feasible || solver.objective === null || solver.note !== '') return false;
  if (!mip.feasible || mip.objective === null) return true;
  return solver.objective <= mip.objective;
}

function mipCell(m: MipRow): string {
  const bound = m.lowerBound === null ? '' : `, bound ${m.lowerBound}`;
  const status = m.status === null ? '' : ` (${m.status}${bound})`;
  if (m.objective === null) return `no roster${status}`;
  return `${m.objective}${m.feasible ? '' : ' infeasible'}${status}`;
}

export default async function rosterCurtoisBench(): Promise<BenchReport> {
  const title = `Rostering: Curtois & Qu instances 1–12, ${SECONDS} s each, seed ${SEED}, against a plain HiGHS MIP`;
  let refs: Map<number, number>;
  try {
    refs = references();
    readFileSync(referee);
  } catch {
    return {
      title,
      markdown:
        'Benchmark files `../shared/bench/shift-scheduling` or `../shared/bench/tools` not found: not run.',
      ok: false,
    };
  }
  const load = loadavg().map((l) => l.toFixed(2));
  const dir = mkdtempSync(join(tmpdir(), 'logipilot-bench-roster-'));
  const rows: Row[] = [];
  const mips: MipRow[] = [];
  try {
    for (const n of INSTANCES) {
      process.stderr.write(`  Instance${n}…\n`);
      rows.push(runOne(n, refs.get(n) ?? null, dir, 'solver').row);
    }
    // Second pass, one instance at a time as the first: the baseline.
    for (const n of INSTANCES) {
      process.stderr.write(`  Instance${n} (plain HiGHS MIP)…\n`);
      const { row, printed } = runOne(n, refs.get(n) ?? null, dir, 'plain-mip');
      mips.push({
        ...row,
        status: printed?.mip?.status ?? null,
        lowerBound: printed?.mip?.lowerBound ?? null,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const gap = (r: Row) =>
    r.objective === null || r.reference === null
      ? '–'
      : `${((100 * (r.objective - r.reference)) / r.reference).toFixed(1)} %`;
  const feasibleAll = rows.every((r) => r.feasible && r.note === '');
  const optimal = rows.filter((r) => AT_OPTIMUM.has(r.instance)).every((r) => r.objective === r.reference);
  const beaten = rows.map((r, i) => {
    const m = mips[i];
    return m !== undefined && beats(r, m);
  });
  const beatsAll = beaten.every(Boolean);
  const loadEnd = loadavg().map((l) => l.toFixed(2));
  const markdown = [
    `\`logipilot roster bench --instance InstanceN.txt --time-limit ${SECONDS} --seed ${SEED} --json\` in a fresh process per`,
    'instance; objective and feasibility are the referee’s (`../shared/bench/tools/curtois-check.mjs`), the reference is',
    '`best_reported` of `reference_results.csv`. Target: every roster feasible, instances 1–4 at the reference optimum,',
    'and the solver at or below the baseline on every instance. The baseline is the same command with',
    '`--method plain-mip`: the full MIP of the solver’s exact phase given to HiGHS alone (no warm start, no local',
    `search; HiGHS's own time limit, ${SECONDS} s less the model's construction, and seed ${SEED}), its roster judged by the`,
    'same referee; the status is HiGHS’s end state and the bound its dual bound. An MIP without a feasible roster counts',
    'as beaten.',
    `Load average at start: ${load.join(' / ')}, at the end: ${loadEnd.join(' / ')} (the machine has ${cpus().length} cores).`,
    '',
    `Every roster feasible: ${feasibleAll ? '✓' : '✗'}; instances 1–4 at the optimum: ${optimal ? '✓' : '✗'}; solver ≤ plain HiGHS MIP on every instance: ${beatsAll ? '✓' : '✗'}.`,
    '',
    `| instance | reference | objective | gap | feasible | seconds | plain HiGHS MIP (${SECONDS} s) | solver beats MIP | note |`,
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r, i) => {
      const m = mips[i];
      const notes = [r.note, m && m.note !== '' && m.note !== 'no roster' ? `MIP: ${m.note}` : '']
        .filter((x) => x !== '')
        .join('; ');
      return `| ${r.instance} | ${r.reference ?? '–'} | ${r.objective ?? '–'} | ${gap(r)} | ${r.feasible ? '✓' : '✗'} | ${
        r.seconds === null ? '–' : r.seconds.toFixed(1)
      } | ${m ? mipCell(m) : '–'} | ${beaten[i] ? '✓' : '✗'} | ${notes} |`;
    }),
  ].join('\n');
  return { title, markdown, ok: feasibleAll && optimal && beatsAll };
}
