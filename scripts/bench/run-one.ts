// Runs one benchmark module in this (fresh) process and writes its report as JSON on stdout, for scripts/bench.ts.
import { pathToFileURL } from 'node:url';
import type { BenchReport } from './bench-report.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: run-one.ts BENCH_FILE');
const mod = (await import(pathToFileURL(file).href)) as { default?: () => Promise<BenchReport> };
if (typeof mod.default !== 'function') throw new Error(`${file} exports no default benchmark`);
const report = await mod.default();
process.stdout.write(`${JSON.stringify(report)}\n`);
