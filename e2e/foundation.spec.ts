// Foundation journey of a methods technician: sign in, switch to English, import SKUs with one bad row, see the site.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';

const screenshotsDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const takeScreenshots = process.env.LOGIPILOT_SCREENSHOTS === '1';

async function screenshot(page: Page, name: string, fullPage = false) {
  if (takeScreenshots) await page.screenshot({ path: join(screenshotsDir, name), fullPage });
}

let csvDir = '';
test.beforeAll(() => {
  csvDir = mkdtempSync(join(tmpdir(), 'logipilot-e2e-csv-'));
});
test.afterAll(() => rmSync(csvDir, { recursive: true, force: true }));

/** A French Excel CSV: BOM, ";" separator, decimal comma, CRLF; the third data row (Excel row 4) has a bad weight. */
function skuCsv(clientId: string): string {
  const header =
    'code;description;clientId;family;lengthMm;widthMm;heightMm;weightKg;unitsPerCase;casesPerLayer;layersPerPallet;temperatureClass';
  const rows = [
    `E2E-0001;Café moulu 250 g;${clientId};Épicerie;300;200;150;2,75;12;8;5;ambient`,
    `E2E-0002;Yaourt nature 4 x 125 g;${clientId};Frais;250;180;120;1,2;6;10;6;positive_cold`,
    `E2E-0003;Glace vanille 1 L;${clientId};Surgelés;300;200;180;lourd;6;8;5;negative_cold`,
    `E2E-0004;Farine de blé T55 1 kg;${clientId};Épicerie;400;300;200;12,5;10;6;6;ambient`,
  ];
  return `\ufeff${[header, ...rows].join('\r\n')}\r\n`;
}

test('methods technician: sign in, English, SKU import errors, site overview', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await screenshot(page, 'login.png');

  await page.getByLabel('Identifiant').fill('methods');
  await page.getByLabel('Mot de passe').fill('logipilot-demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();

  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('navigation').getByText('Master data')).toBeVisible();

  // Import: a real client id of the demo site keeps the three good rows valid.
  const clients = await page.request.get('/api/clients?limit=1');
  expect(clients.ok()).toBe(true);
  const clientId = ((await clients.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
  expect(clientId).not.toBe('');
  const csvPath = join(csvDir, 'articles.csv');
  writeFileSync(csvPath, skuCsv(clientId), 'utf8');

  await page.getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: 'Import a file' })).toBeVisible();
  await page.getByTestId('import-entity').selectOption('skus');
  await page.getByTestId('import-file').setInputFiles(csvPath);
  await page.getByTestId('import-submit').click();

  const errors = page.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  const errorRows = errors.locator('tbody tr');
  await expect(errorRows).toHaveCount(1);
  const cells = errorRows.first().locator('td');
  await expect(cells.nth(0)).toHaveText('articles.csv');
  await expect(cells.nth(1)).toHaveText('4');
  await expect(cells.nth(2)).toHaveText('weightKg');
  await expect(cells.nth(3)).toHaveText('lourd');
  await expect(cells.nth(4)).not.toBeEmpty();
  await screenshot(page, 'import-errors.png');

  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { name: /Site overview/ })).toBeVisible();
  const zones = page.getByTestId('zones-table').locator('tbody tr');
  await expect(zones.first()).toBeVisible();
  expect(await zones.count()).toBeGreaterThan(0);
  const plan = page.getByTestId('site-plan');
  await expect(plan).toBeVisible();
  expect(await plan.locator('path.plan-loc').count()).toBeGreaterThan(0);
  await screenshot(page, 'overview.png', true);
});
