// Activity plan journey of a methods technician: forecast, plan, raise volumes 20 %, see workload, headcount and gaps
// rise, save the version, export it as XLSX (read back) and PDF (rendered to PNG).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';

/** The server's as-of day (see playwright.config.ts) and the Monday after it, inside the forecast's horizon. */
const AS_OF = '2026-11-02';
const PLAN_FROM = '2026-11-09';
const PLAN_WEEKS = '2';

// Sheet and row names of the export, read from the catalogue the server writes them with.
const planCatalogue = JSON.parse(
  readFileSync(fileURLToPath(new URL('../packages/i18n/src/locales/fr/plan.json', import.meta.url)), 'utf8'),
) as { export: { summary: string; totalHours: string } };

let workDir = '';
test.beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'logipilot-e2e-plan-'));
});
test.afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function numberOf(locator: Locator): Promise<number> {
  const value = await locator.getAttribute('data-value');
  expect(value, 'data-value').not.toBeNull();
  return Number(value);
}

async function settled(page: Page) {
  await expect(page.getByTestId('plan-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
}

async function figures(page: Page) {
  return {
    hours: await numberOf(page.getByTestId('plan-total-hours')),
    needed: await numberOf(page.getByTestId('plan-total-needed')),
    gap: await numberOf(page.getByTestId('plan-total-gap')),
  };
}

test('methods technician: plan, what-if +20 % volumes, save, export XLSX and PDF', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByLabel('Identifiant').fill('methods');
  await page.getByLabel('Mot de passe').fill('logipilot-demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();

  // A forecast from the server's as-of day, so that the plan's weeks are covered whatever the wall clock says; the
  // page has no forecast button, the API makes one.
  const run = await page.request.post('/api/forecasts/run', {
    data: { horizonDays: 35, asOf: AS_OF },
    timeout: 120_000,
  });
  expect(run.status(), await run.text()).toBe(201);
  const forecastId = ((await run.json()) as { version: { id: string } }).version.id;

  await page.getByRole('link', { name: "Plan d'activité" }).click();
  await expect(page.getByRole('heading', { name: "Plan d'activité" })).toBeVisible();
  await page.getByTestId('plan-from').fill(PLAN_FROM);
  await page.getByTestId('plan-weeks').fill(PLAN_WEEKS);
  await page.getByTestId('plan-forecast').selectOption(forecastId);
  await settled(page);
  await expect(page.getByTestId('plan-heatmap')).toBeVisible();
  await expect(page.getByText('lun. 9 nov.').first()).toBeVisible();
  const before = await figures(page);
  expect(before.hours).toBeGreaterThan(0);
  expect(before.needed).toBeGreaterThan(0);

  await page.getByTestId('plan-volume').fill('20');
  await settled(page);
  const after = await figures(page);
  expect(after.hours).toBeGreaterThan(before.hours);
  // 20 % more work takes 20 % more hours whatever the staffing (rounding aside).
  expect(after.hours / before.hours).toBeCloseTo(1.2, 1);
  expect(after.needed).toBeGreaterThan(before.needed);
  expect(after.gap).toBeGreaterThan(before.gap);

  // Save the what-if as a version; it appears in the list with its exports.
  await page.getByTestId('plan-tab-versions').click();
  const name = `E2E volumes +20 % ${Date.now()}`;
  await page.getByTestId('plan-version-name').fill(name);
  await page.getByTestId('plan-version-kind').selectOption('replan');
  await page.getByTestId('plan-version-save').click();
  await expect(page.getByTestId('plan-version-saved')).toBeVisible();
  const row = page.getByTestId('plan-versions').locator('tbody tr', { hasText: name });
  await expect(row).toHaveCount(1);

  // XLSX: the summary sheet holds the plan's total hours.
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    row.getByTestId('plan-export-xlsx').click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const xlsxPath = join(workDir, 'plan.xlsx');
  await xlsx.saveAs(xlsxPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  const summary = workbook.getWorksheet(planCatalogue.export.summary);
  expect(summary, `sheet ${planCatalogue.export.summary}`).toBeDefined();
  let totalHours: number | null = null;
  summary?.eachRow((r) => {
    if (r.getCell(1).text === planCatalogue.export.totalHours) totalHours = Number(r.getCell(2).value);
  });
  expect(totalHours).not.toBeNull();
  expect(totalHours ?? 0).toBeCloseTo(after.hours, 0);

  // PDF: the first page renders to a PNG with something on it.
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    row.getByTestId('plan-export-pdf').click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = join(workDir, 'plan.pdf');
  await pdf.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    join(workDir, 'page1'),
  ]);
  const png = join(workDir, 'page1.png');
  expect(statSync(png).size).toBeGreaterThan(5_000);
});
