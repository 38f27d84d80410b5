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

/**
 * A French WMS export as Excel saves it: BOM, ";" separator, decimal comma, CRLF, French headers with units, the
 * client by its code. The third data row (Excel row 4) has a weight that is not a number.
 */
function skuCsv(clientCode: string): string {
  const header =
    'Code article;Désignation;Client;Famille;Longueur (mm);Largeur (mm);Hauteur (mm);Poids unitaire (kg);PCB;Colis par couche;Couches par palette;Température';
  const rows = [
    `E2E-0001;Café moulu 250 g;${clientCode};Épicerie;300;200;150;2,75;12;8;5;Ambiant`,
    `E2E-0002;Yaourt nature 4 x 125 g;${clientCode};Frais;250;180;120;1,2;6;10;6;Froid positif`,
    `E2E-0003;Glace vanille 1 L;${clientCode};Surgelés;300;200;180;lourd;6;8;5;Froid négatif`,
    `E2E-0004;Farine de blé T55 1 kg;${clientCode};Épicerie;400;300;200;12,5;10;6;6;Ambiant`,
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

  // Import: a real client code of the demo site keeps the three good rows valid.
  const clients = await page.request.get('/api/clients?limit=1');
  expect(clients.ok()).toBe(true);
  const clientCode = ((await clients.json()) as { items: { code: string }[] }).items[0]?.code ?? '';
  expect(clientCode).not.toBe('');
  const csvPath = join(csvDir, 'articles.csv');
  writeFileSync(csvPath, skuCsv(clientCode), 'utf8');

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
  await expect(cells.nth(2)).toHaveText('Poids unitaire (kg)');
  await expect(cells.nth(3)).toHaveText('lourd');
  await expect(cells.nth(4)).toContainText('Row 4');
  await screenshot(page, 'import-errors.png');
  // All-or-nothing: the three good rows were not imported either.
  const imported = await page.request.get('/api/skus?q=E2E-');
  expect(((await imported.json()) as { total: number }).total).toBe(0);

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
