// KPI dashboard journey of a site manager: load a year of order lines and timesheets through the API, open the
// dashboard, drill down site → client → activity → operator, switch to English, take a drift alert over, and export
// the monthly PDF report (its first page rendered to PNG).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

/** The small demo site's ids (seed 1): its two clients and the first ten people as pickers. */
const SITE = 'LP-SARAN';
const CLIENTS = [`${SITE}-client-EPICEA`, `${SITE}-client-FRAICHEUR`];
const PICKERS = Array.from({ length: 10 }, (_, i) => `${SITE}-emp-${String(i + 1).padStart(4, '0')}`);
/** The server's as-of day (see playwright.config.ts): the demo's history ends there. */
const AS_OF = '2026-11-02';
/** The browser's "today": the dashboard opens on October 2026, a whole month of history. */
const BROWSER_NOW = new Date('2026-10-20T09:00:00');
/** Days of history when the demo has none: a year of baseline for the control charts, and the month shown. */
const HISTORY_DAYS = 420;
/** The last days of the history, when Épicéa's orders start leaving late and one picker's errors rise. */
const DRIFT_DAYS = 15;

let workDir = '';
test.beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'logipilot-e2e-kpi-'));
});
test.afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Deterministic order lines and picking hours, weekdays only, up to the day before AS_OF (WMS export columns). */
function history(): { orderLines: string; timesheets: string } {
  let seed = 11;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  const lines = [
    'order_id;line_no;client_id;sku;quantity_ordered;quantity_shipped;released_at;due_at;picked_at;shipped_at;picker_id;error',
  ];
  const hours = ['day;employee_id;activity;hours'];
  const now = new Date(`${AS_OF}T12:00:00`);
  let order = 0;
  for (let back = HISTORY_DAYS; back >= 1; back--) {
    const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back);
    if (date.getDay() === 0 || date.getDay() === 6) continue;
    const day = isoDay(date);
    const drift = back <= DRIFT_DAYS;
    const picked = new Map<string, number>();
    for (let o = 0; o < 24; o++) {
      order += 1;
      const client = CLIENTS[o % 2] ?? '';
      const late = rnd() < (drift && o % 2 === 0 ? 0.2 : 0.02);
      const count = 1 + Math.floor(rnd() * 5);
      for (let l = 1; l <= count; l++) {
        const picker = PICKERS[Math.floor(rnd() * PICKERS.length)] ?? '';
        picked.set(picker, (picked.get(picker) ?? 0) + 1);
        const qty = 1 + Math.floor(rnd() * 10);
        const error = rnd() < (drift && picker === PICKERS[2] ? 0.08 : 0.004);
        lines.push(
          [
            `E${order}`,
            l,
            client,
            `SKU${Math.floor(rnd() * 800)}`,
            qty,
            rnd() < 0.01 ? qty - 1 : qty,
            `${day} 07:00:00`,
            `${day} ${late ? '12' : '17'}:00:00`,
            `${day} ${pad(8 + (o % 6))}:${pad(l * 7)}:00`,
            `${day} 15:30:00`,
            picker,
            error ? 'true' : 'false',
          ].join(';'),
        );
      }
    }
    for (const [picker, n] of picked) {
      const performance = 0.8 + (PICKERS.indexOf(picker) % 5) * 0.06 + rnd() * 0.05;
      hours.push([day, picker, 'picking', ((n * 0.65) / 60 / performance).toFixed(3)].join(';'));
    }
  }
  return { orderLines: `${lines.join('\n')}\n`, timesheets: `${hours.join('\n')}\n` };
}

async function importHistory(page: Page, kind: string, csv: string) {
  const res = await page.request.post(`/api/kpi/import/${kind}`, {
    multipart: { file: { name: `${kind}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') } },
    timeout: 120_000,
  });
  expect(res.status(), await res.text()).toBe(200);
}

test('site manager: dashboard, drill-down to an operator, English, take over a drift, monthly PDF', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(BROWSER_NOW);
  await page.goto('/');
  await page.getByLabel('Identifiant').fill('manager');
  await page.getByLabel('Mot de passe').fill('logipilot-demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();

  // `start` seeds the demo's event history and KPI facts; a store without them gets a year of WMS exports through
  // the API, then its facts rebuilt.
  const seeded = await page.request.get(
    '/api/kpi/board?from=2026-10-01&to=2026-10-31&kpiIds=on_time_shipments',
  );
  expect(seeded.status()).toBe(200);
  const onTimeSeeded =
    ((await seeded.json()) as { tiles: { value: number | null }[] }).tiles[0]?.value ?? null;
  if (onTimeSeeded === null) {
    const { orderLines, timesheets } = history();
    await importHistory(page, 'order_lines', orderLines);
    await importHistory(page, 'timesheets', timesheets);
    const recompute = await page.request.post('/api/kpi/recompute', { data: {}, timeout: 120_000 });
    expect(recompute.status(), await recompute.text()).toBe(200);
  }

  await page.getByRole('link', { name: 'Tableau de bord' }).click();
  await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible();
  await expect(page.getByTestId('kpi-month')).toHaveValue('2026-10');
  const onTime = page.getByTestId('kpi-tile-on_time_shipments');
  await expect(onTime).toBeVisible();
  // French figures: decimal comma and a (narrow) no-break space before the percent sign.
  await expect(onTime.getByTestId('kpi-value')).toHaveText(/^\d{1,3},\d[\u202f\u00a0]%$/);
  await expect(onTime.getByText('Objectif', { exact: true })).toBeVisible();
  await expect(onTime.getByText("Même période l'an dernier")).toBeVisible();

  // Drill down: site → Épicéa → picking → one operator, with the breadcrumb growing at each step.
  const crumbs = page.getByTestId('kpi-crumbs');
  await page.getByTestId('kpi-breakdown').getByRole('button', { name: 'Épicéa Distribution' }).click();
  await expect(crumbs).toContainText('Client : Épicéa Distribution');
  await expect(page.getByTestId('kpi-breakdown').getByRole('columnheader').first()).toHaveText('Activité');
  await page.getByTestId('kpi-breakdown').getByRole('button', { name: 'Préparation' }).click();
  await expect(crumbs).toContainText('Activité : Préparation');
  await expect(page.getByTestId('kpi-breakdown').getByRole('columnheader').first()).toHaveText('Opérateur');
  const operator = page.getByTestId('kpi-breakdown').getByRole('button').first();
  const operatorName = (await operator.textContent()) ?? '';
  expect(operatorName.length).toBeGreaterThan(3);
  await operator.click();
  await expect(crumbs).toContainText(`Opérateur : ${operatorName}`);
  await expect(page.getByTestId('kpi-tile-performance_vs_standard')).toBeVisible();
  await expect(page.getByTestId('kpi-breakdown')).toHaveCount(0);
  // Back to the site through the breadcrumb.
  await crumbs.getByRole('button', { name: 'Site' }).click();
  await expect(page.getByTestId('kpi-tile-on_time_shipments')).toBeVisible();

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByTestId('kpi-tile-on_time_shipments').getByTestId('kpi-value')).toHaveText(
    /^\d{1,3}\.\d%$/,
  );

  // The injected drift shows as an alert with its control chart; taking it over makes a drift record.
  await page.getByTestId('kpi-tab-drifts').click();
  await expect(page.getByTestId('kpi-alert-list')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('kpi-control-chart')).toBeVisible();
  await page.getByTestId('kpi-take-over').first().click();
  await expect(page.getByTestId('kpi-alert-list').getByText('Taken over').first()).toBeVisible();

  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByTestId('kpi-report-pdf').click();
  const pdfPath = join(workDir, 'kpi-report.pdf');
  await (await download).saveAs(pdfPath);
  expect(statSync(pdfPath).size).toBeGreaterThan(1000);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfPath, join(workDir, 'page')]);
  const png = ['page-1.png', 'page-01.png', 'page-001.png'].map((f) => join(workDir, f)).find(existsSync);
  expect(png, 'first page rendered').toBeDefined();
  expect(statSync(png ?? '').size).toBeGreaterThan(5000);
});
