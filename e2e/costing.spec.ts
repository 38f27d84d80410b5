// Costing journey of a site manager: price the example quote request, change the margin (the mark-up follows and
// the prices move), change a volume, download the English quote (PDF, first page rendered to PNG) and price schedule
// (XLSX read back), then open the budget and the cost model; a client viewer is refused the costing pages.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';

let workDir = '';
test.beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'logipilot-e2e-costing-'));
});
test.afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Screenshots for a person to look at, kept beside the downloads when LOGIPILOT_E2E_SHOTS names a folder. */
async function shot(page: Page, name: string) {
  const folder = process.env.LOGIPILOT_E2E_SHOTS;
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

async function signIn(page: Page, username: string) {
  await page.goto('/');
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Mot de passe').fill('logipilot-demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** The price excl. VAT of a grid line, in cents to a hundredth of a cent, as the page holds it. */
async function priceCents(page: Page, service: string): Promise<number> {
  return Number(await page.getByTestId(`quote-price-${service}`).getAttribute('data-cents'));
}

async function download(page: Page, testId: string, name: string): Promise<string> {
  const event = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId(testId).click();
  const file = await event;
  const path = join(workDir, name);
  await file.saveAs(path);
  return path;
}

test('site manager: quote with a new margin, English PDF and XLSX, budget, cost model', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'manager');

  // Quote builder: the example request, priced on the demo site's cost model at the client's 8 % margin.
  await page.getByRole('link', { name: 'Cotations' }).click();
  await expect(page.getByRole('heading', { name: 'Cotation', level: 1 })).toBeVisible();
  await page.getByTestId('quote-load-example').click();
  await expect(page.getByTestId('quote-client')).toContainText('Biscuiterie & Boissons du Val de Loire SAS');
  await expect(page.getByTestId('quote-volume-order_lines').getByRole('textbox')).toHaveCount(12);
  const pickingLine = page.getByTestId('quote-price-picking_line');
  await expect(pickingLine).toHaveText(/\d,\d{2,4}[\u202f\u00a0]€$/);
  await expect(page.getByTestId('quote-margin')).toHaveValue('8');
  await expect(page.getByTestId('quote-markup')).toHaveValue('8,7');
  const at8 = await priceCents(page, 'picking_line');
  expect(at8).toBeGreaterThan(0);
  const orderFeeAt8 = await priceCents(page, 'order_fee');

  // A 12 % margin on price is a 13.64 % mark-up on cost; the grid is re-priced without any click.
  await page.getByTestId('quote-margin').fill('12');
  await expect(page.getByTestId('quote-markup')).toHaveValue('13,64');
  await expect(page.getByTestId('quote-grid')).toBeVisible();
  await expect(page.getByText(/majoration sur coût 13,64[\u202f\u00a0]%/)).toBeVisible();
  await expect.poll(() => priceCents(page, 'picking_line')).toBeGreaterThan(at8);
  await expect.poll(() => priceCents(page, 'order_fee')).toBeGreaterThan(orderFeeAt8);
  const at12 = await priceCents(page, 'picking_line');
  // Same cost, price = cost / (1 − margin): the ratio of the two prices is 0.92 / 0.88 within the rounding of each
  // to a hundredth of a cent.
  expect(Math.abs(at12 - (at8 * 0.92) / 0.88)).toBeLessThanOrEqual(0.02);

  // A volume changed in the profile: the first month's revenue follows.
  const firstMonthRevenue = page
    .getByTestId('quote-monthly')
    .locator('tbody tr')
    .first()
    .locator('td')
    .first();
  const revenueBefore = await firstMonthRevenue.textContent();
  const januaryLines = page.getByTestId('quote-volume-order_lines').getByRole('textbox').first();
  await januaryLines.fill('80000');
  await expect(firstMonthRevenue).not.toHaveText(revenueBefore ?? '');
  await expect(page.getByTestId('quote-error')).toHaveCount(0);
  await expect(page.getByTestId('quote-chart').locator('svg')).toBeVisible();
  const shownPrice = await priceCents(page, 'picking_line');
  await shot(page, 'costing-quote');

  // The quote in English: PDF (first page rendered) and the price schedule (XLSX, read back).
  await page.getByTestId('quote-doc-lang').selectOption('en');
  const pdfPath = await download(page, 'quote-download-pdf', 'quote.pdf');
  expect(statSync(pdfPath).size).toBeGreaterThan(2000);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, join(workDir, 'quote')]);
  const png = ['quote-1.png', 'quote-01.png', 'quote-001.png'].map((f) => join(workDir, f)).find(existsSync);
  expect(png, 'first page rendered').toBeDefined();
  expect(statSync(png ?? '').size).toBeGreaterThan(10_000);
  if (process.env.LOGIPILOT_E2E_SHOTS)
    copyFileSync(png ?? '', join(process.env.LOGIPILOT_E2E_SHOTS, 'costing-quote-pdf.png'));

  const xlsxPath = await download(page, 'quote-download-xlsx', 'quote.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  const grid = workbook.getWorksheet('Price schedule');
  expect(grid, 'English price schedule sheet').toBeDefined();
  let pickingRow: ExcelJS.Row | undefined;
  grid?.eachRow((row) => {
    if (/picking/i.test(String(row.getCell(1).value)) && /line/i.test(String(row.getCell(2).value)))
      pickingRow = row;
  });
  expect(pickingRow, 'the picking-per-line row').toBeDefined();
  const price = pickingRow?.getCell(3).value;
  expect(typeof price).toBe('number');
  // Euros in the workbook, cents on the page: the same number to a hundredth of a cent.
  expect(Math.round((price as number) * 10_000)).toBe(Math.round(shownPrice * 100));
  // The client's edition holds no cost nor margin; the internal file adds the simulation and sensitivity.
  expect(workbook.worksheets.map((w) => w.name)).not.toContain('Simulation');
  await page.getByTestId('quote-doc-edition').selectOption('internal');
  const internalPath = await download(page, 'quote-download-xlsx', 'quote-internal.xlsx');
  const internal = new ExcelJS.Workbook();
  await internal.xlsx.readFile(internalPath);
  expect(internal.worksheets.map((w) => w.name)).toEqual(
    expect.arrayContaining(['Simulation', 'Sensitivity']),
  );

  // The same page in English: the mark-up keeps its value, written the English way.
  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('heading', { name: 'Quote', level: 1 })).toBeVisible();
  await expect(page.getByTestId('quote-markup')).toHaveValue('13.64');
  await shot(page, 'costing-quote-en');
  await page.getByTestId('lang-fr').click();

  // Budget of the current year: the chart and the twelve months.
  await page.getByRole('link', { name: 'Budget', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Budget prévisionnel', level: 1 })).toBeVisible();
  await expect(page.getByTestId('budget-chart').locator('svg')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('budget-month-row')).toHaveCount(12);
  await expect(page.getByTestId('budget-total')).toHaveText(/€$/);
  await expect(page.getByTestId('budget-cost-centres').locator('tbody tr').first()).toBeVisible();

  // Actuals: a file with a wrong month is refused row by row, nothing imported; the right one brings the variances.
  const year = Number(await page.getByTestId('budget-year').inputValue());
  const report = await page.request.get(`/api/budget?year=${year}`);
  expect(report.status()).toBe(200);
  const csv = actualsCsv((await report.json()) as BudgetAnswer);
  const actualBefore = (await page.getByTestId('budget-actual-total').textContent()) ?? '';
  const actualsFile = page.getByTestId('budget-actuals-file');
  await actualsFile.setInputFiles({
    name: 'realise-faux.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv.replace(`${year}-02;`, `${year}-13;`), 'utf8'),
  });
  await page.getByTestId('budget-actuals').getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByTestId('budget-actuals-error')).toContainText('realise-faux.csv');
  await expect(page.getByTestId('budget-actuals-error')).toContainText(`${year}-13`);
  await shot(page, 'costing-actuals-error');
  await expect(page.getByTestId('budget-actual-total')).toHaveText(actualBefore);
  await actualsFile.setInputFiles({
    name: 'realise.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByTestId('budget-actuals').getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByTestId('budget-actuals')).toContainText('« realise.csv » importé');
  await expect(page.getByTestId('budget-variance-chart').locator('svg')).toBeVisible();
  const january = page.getByTestId('budget-month-row').first();
  await expect(january.locator('td').nth(3)).toHaveText(/€$/);
  await shot(page, 'costing-budget');

  // Today's computation saved as a re-forecast: it becomes the version shown.
  const versionBefore = await page.getByTestId('budget-version').inputValue();
  await page.getByTestId('budget-save-open').click();
  await page.getByLabel('Type de version').selectOption('reforecast');
  await page.getByTestId('budget-save-name').fill(`Re-prévision e2e ${year}`);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('budget-basis')).toContainText(
    `Version « Re-prévision e2e ${year} » (re-prévision)`,
  );
  await expect(page.getByTestId('budget-version')).not.toHaveValue(versionBefore);
  await expect(page.getByTestId('budget-month-row')).toHaveCount(12);

  // Cost model: unit costs traced to their resources; a change is saved and the unit costs follow.
  await page.getByRole('link', { name: 'Modèle de coûts' }).click();
  await expect(page.getByRole('heading', { name: 'Modèle de coûts', level: 1 })).toBeVisible();
  const unitRows = page.getByTestId('unit-cost-row');
  await expect(unitRows.first()).toBeVisible();
  expect(await unitRows.count()).toBeGreaterThan(5);
  await expect(page.getByTestId('storage-cost-row').first()).toContainText('€');
  await shot(page, 'costing-cost-model');
  const firstCost = unitRows.first().locator('td.num');
  const costBefore = await firstCost.textContent();
  const gross = page
    .getByTestId('cost-model-labour')
    .getByRole('textbox', { name: /^Brut horaire/ })
    .first();
  await gross.fill('14,5');
  await page.getByTestId('cost-model-save').click();
  await expect(page.getByTestId('cost-model-saved')).toBeVisible();
  await expect(firstCost).not.toHaveText(costBefore ?? '');
  await expect(page.getByTestId('cost-model-error')).toHaveCount(0);
});

interface BudgetAnswer {
  budget: {
    months: {
      month: string;
      lines: {
        costCentre: string;
        kind: 'labour' | 'fixed';
        key: string;
        volume?: number;
        hours?: number;
        cents: number;
      }[];
    }[];
  };
}

/** Actuals of the first three months: labour 8 % more volume in 12 % more hours at a 3 % dearer rate; fixed at +2 %. */
function actualsCsv(report: BudgetAnswer): string {
  const fr = (n: number) => n.toFixed(2).replace('.', ',');
  const rows = ['Mois;Centre de coût;Ligne;Volume;Heures;Coût €'];
  for (const month of report.budget.months.slice(0, 3)) {
    for (const line of month.lines) {
      if (line.kind === 'fixed') {
        rows.push([month.month, line.costCentre, line.key, '', '', fr((line.cents * 1.02) / 100)].join(';'));
      } else if (line.volume && line.hours) {
        rows.push(
          [
            month.month,
            line.costCentre,
            line.key,
            fr(line.volume * 1.08),
            fr(line.hours * 1.12),
            fr((line.cents * 1.12 * 1.03) / 100),
          ].join(';'),
        );
      }
    }
  }
  return `${rows.join('\n')}\n`;
}

async function asClient(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'client-epicea');
  return page;
}

test('client viewer: no costing in the menu, and a clear refusal on the page', async ({ browser }) => {
  const page = await asClient(browser);
  await expect(page.getByRole('link', { name: 'Cotations' })).toHaveCount(0);
  await page.goto('/#/quotes');
  await expect(page.getByTestId('costing-forbidden')).toBeVisible();
  await page.goto('/#/budget');
  await expect(page.getByTestId('costing-forbidden')).toBeVisible();
  await page.context().close();
});
