// `npm run bench`: runs every scripts/bench/*.ts benchmark in turn and writes their results to BENCHMARKS.md.
import { readdir, writeFile } from 'node:fs/promises';
import { cpus, type as osType, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
    .filter((f) => f.endsWith('.ts') && f !== 'bench-report.ts' && !f.endsWith('.test.ts'))
    .filter((f) => !only || f.includes(only))
    .sort();
  const reports: BenchReport[] = [];
  for (const file of files) {
    process.stderr.write(`▶ ${file}\n`);
    const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as {
      default?: () => Promise<BenchReport>;
    };
    if (typeof mod.default !== 'function') continue;
    const report = await mod.default();
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
