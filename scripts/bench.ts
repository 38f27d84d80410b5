// `npm run bench`: runs every scripts/bench/*.ts benchmark in turn and writes their results to BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { cpus, type as osType, release, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchReport } from './bench/bench-report.ts';

const root = new URL('..', import.meta.url).pathname;
const benchDir = join(root, 'scripts', 'bench');

function machine(): string {
  const cores = cpus();
  return [
    `- CPU: ${cores.length} × ${cores[0]?.model.trim() ?? 'unknown'}`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node ${process.version} on ${osType()} ${release()}`,
    `- Date: ${new Date().toISOString()}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = (await readdir(benchDir))
    .filter(
      // A benchmark is a module of its own; bench-report.ts, run-one.ts and *-run.ts (one measured run a benchmark
      // starts in a fresh process) are parts of one.
      (f) =>
        f.endsWith('.ts') &&
        !['bench-report.ts', 'run-one.ts'].includes(f) &&
        !f.endsWith('-run.ts') &&
        !f.endsWith('.test.ts'),
    )
    .filter((f) => !only || f.includes(only))
    .sort();
  const reports: BenchReport[] = [];
  for (const file of files) {
    process.stderr.write(`▶ ${file}\n`);
    // Each benchmark in a fresh process, as a user's command runs: no heap, caches or compiled code left by another.
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(benchDir, 'run-one.ts'), join(benchDir, file)],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
    );
    const last = child.stdout.trim().split('\n').at(-1) ?? '';
    const report: BenchReport =
      child.status === 0 && last.startsWith('{')
        ? (JSON.parse(last) as BenchReport)
        : { title: file, markdown: `The benchmark failed (exit ${child.status}).`, ok: false };
    reports.push(report);
    process.stdout.write(`\n## ${report.title}\n\n${report.markdown}\n`);
  }
  const body = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts runs every scripts/bench/*.ts). Numbers are wall-clock times of one',
    'run on the machine below; they are goals to watch, never test assertions.',
    '',
    '## Machine',
    '',
    machine(),
    ...reports.flatMap((r) => [
      '',
      `## ${r.title}${r.ok ? '' : ' (⚠ check failed or target missed)'}`,
      '',
      r.markdown,
    ]),
    '',
  ].join('\n');
  await writeFile(join(root, 'BENCHMARKS.md'), body);
  process.stderr.write(
    `BENCHMARKS.md written (${reports.length} benchmark${reports.length === 1 ? '' : 's'}).\n`,
  );
  if (reports.some((r) => !r.ok)) process.exitCode = 1;
}

await main();
