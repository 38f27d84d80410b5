// Playwright end-to-end configuration: Debian Chromium against a freshly seeded server on port 3107.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const PORT = 3107;
const AS_OF = '2026-11-02';
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const listOnly = Boolean(process.env.LOGIPILOT_E2E_LIST_ONLY);

// Workers load this file again: the environment carries the main process's directory so that only one is made.
if (!listOnly && !process.env.LOGIPILOT_E2E_DATA_DIR) {
  process.env.LOGIPILOT_E2E_DATA_DIR = mkdtempSync(join(tmpdir(), 'logipilot-e2e-'));
}
const dataDir = process.env.LOGIPILOT_E2E_DATA_DIR ?? '';

export default defineConfig({
  testDir: '.', // this folder, e2e/
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  // The json reporter writes to PLAYWRIGHT_JSON_OUTPUT_NAME, set by scripts/test.mjs.
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-dev-shm-usage',
      ],
    },
  },
  ...(listOnly
    ? {}
    : {
        webServer: {
          command: `node apps/cli/bin/logipilot.mjs start --port ${PORT} --data-dir ${JSON.stringify(dataDir)} --as-of ${AS_OF}`,
          cwd: repoRoot,
          url: `http://127.0.0.1:${PORT}/api/health`,
          timeout: 180_000,
          reuseExistingServer: false,
          stdout: 'pipe',
          stderr: 'pipe',
        },
      }),
});
