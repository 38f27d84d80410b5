#!/usr/bin/env node
// Runs every test tier (lint, types, vitest, Playwright) and prints one closing line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, env = {}) => {
  process.stderr.write(`\n▶ ${[cmd, ...args].join(' ')}\n`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
};

let passed = 0;
let failed = 0;
let skipped = 0;
const step = (name, status) => {
  if (status === 0) passed += 1;
  else {
    failed += 1;
    process.stderr.write(`✗ step failed: ${name}\n`);
  }
};

step('lint (biome)', run(bin('biome'), ['check', '.']));
step('typecheck (tsc)', run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));

const vitestJson = join(reports, 'vitest.json');
const vitestStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTests ?? 0);
  skipped += r.numPendingTests + r.numTodoTests;
  if (vitestStatus !== 0 && r.numFailedTests === 0) failed += 1; // suite-level error (import failure, unhandled error)
} else {
  failed += 1;
  process.stderr.write('✗ vitest wrote no report\n');
}

const e2eJson = join(reports, 'e2e.json');
const chromium = '/usr/bin/chromium';
const countE2e = (report) => {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const status = t.status ?? (t.results?.length ? 'unexpected' : 'skipped');
        if (status === 'expected' || status === 'flaky') counts.passed += 1;
        else if (status === 'skipped') counts.skipped += 1;
        else counts.failed += 1;
      }
    }
    for (const s of suite.suites ?? []) walk(s);
  };
  for (const s of report.suites ?? []) walk(s);
  return counts;
};
if (existsSync(chromium)) {
  step(
    'web build (vite)',
    run(bin('vite'), ['build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']),
  );
  const status = run(bin('playwright'), ['test', '--config', 'e2e/playwright.config.ts'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
  });
  if (existsSync(e2eJson)) {
    const c = countE2e(JSON.parse(readFileSync(e2eJson, 'utf8')));
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
    if (status !== 0 && c.failed === 0) failed += 1;
  } else failed += 1;
} else {
  // No browser: list the end-to-end tests so they are counted as skipped, never silently dropped.
  const listed = spawnSync(
    bin('playwright'),
    ['test', '--config', 'e2e/playwright.config.ts', '--list', '--reporter=json'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LOGIPILOT_E2E_LIST_ONLY: '1' },
    },
  );
  try {
    const c = countE2e(JSON.parse(listed.stdout));
    const n = c.passed + c.failed + c.skipped;
    skipped += n;
    process.stderr.write(`\n${chromium} not found: ${n} end-to-end test(s) skipped\n`);
  } catch {
    failed += 1;
    process.stderr.write('✗ could not list end-to-end tests\n');
  }
}

process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed === 0 ? 0 : 1);
