// Staff roster journey of a methods technician: compute a roster from an activity plan with live progress, break
// the 11 h daily rest by hand and read the warning in French then English, undo it, publish, download a PDF.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

/** The server's as-of day (see playwright.config.ts) and the Monday after it, inside the forecast's horizon. */
const AS_OF = '2026-11-02';
const FROM = '2026-11-09';
/** Screenshots go where a person can look at them after the run. */
const SHOTS = process.env.LOGIPILOT_E2E_SHOTS ?? tmpdir();

let workDir = '';
test.beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'logipilot-e2e-roster-'));
});
test.afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Cell {
  shift: string;
  qualification: string;
}

async function cellOf(page: Page, employeeId: string, day: string): Promise<Cell> {
  const cell = page.getByTestId(`roster-cell-${employeeId}-${day}`);
  return {
    shift: (await cell.getAttribute('data-shift')) ?? '',
    qualification: (await cell.getAttribute('data-qualification')) ?? '',
  };
}

/** Opens the cell's editor and picks `shift` under `qualification` (any of the person's when null), or off. */
async function setCell(
  page: Page,
  employeeId: string,
  day: string,
  shift: string,
  qualification: string | null,
) {
  await page.getByTestId(`roster-cell-${employeeId}-${day}`).getByRole('button').click();
  const editor = page.getByTestId('roster-cell-editor');
  await expect(editor).toBeVisible();
  const option =
    shift === ''
      ? editor.getByTestId('roster-edit-off')
      : qualification
        ? editor.getByTestId(`roster-edit-${shift}-${qualification}`)
        : editor.locator(`[data-testid^="roster-edit-${shift}-"]`).first();
  await option.click();
  await expect(editor).toBeHidden();
  await expect(page.getByTestId(`roster-cell-${employeeId}-${day}`)).toHaveAttribute('data-shift', shift);
}

test('methods technician: solve a roster, break and mend the daily rest, publish, export a PDF', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await page.getByLabel('Identifiant').fill('methods');
  await page.getByLabel('Mot de passe').fill('logipilot-demo');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();

  // The demand comes from an activity plan; the page has no forecast button, the API makes one and the plan.
  const run = await page.request.post('/api/forecasts/run', {
    data: { horizonDays: 35, asOf: AS_OF },
    timeout: 120_000,
  });
  expect(run.status(), await run.text()).toBe(201);
  const forecastId = ((await run.json()) as { version: { id: string } }).version.id;
  const planName = `E2E plan roster ${Date.now()}`;
  const plan = await page.request.post('/api/plans', {
    data: {
      from: FROM,
      weeks: 2,
      forecastVersionId: forecastId,
      scenario: { volumePct: 0, productivityPct: 0 },
      name: planName,
      kind: 'baseline',
    },
    timeout: 120_000,
  });
  expect(plan.status(), await plan.text()).toBe(201);
  const planId = ((await plan.json()) as { id: string }).id;

  await page.getByRole('link', { name: 'Planning des équipes' }).click();
  await expect(page.getByRole('heading', { name: 'Planning des équipes' })).toBeVisible();
  await page.getByTestId('roster-from').fill(FROM);
  await page.getByTestId('roster-weeks').fill('2');
  await page.getByTestId('roster-plan').selectOption(planId);
  await page.getByTestId('roster-time-limit').fill('5');
  await page.getByTestId('roster-solve').click();

  // Live progress while the solver runs, then the grid of the stored draft.
  const bar = page.getByRole('progressbar', { name: 'Avancement du calcul' });
  await expect(bar).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'roster-1-solving.png') });
  await expect(page.getByTestId('roster-grid')).toBeVisible({ timeout: 60_000 });
  await expect(bar).toBeHidden();
  await expect(page.getByTestId('roster-status')).toHaveText('Brouillon');
  await expect(page.getByTestId(`roster-day-${FROM}`)).toHaveText('lun.9');
  await page.screenshot({ path: join(SHOTS, 'roster-2-grid-fr.png') });
  // The cover of the plan's needs closes the grid.
  const cover = page.getByTestId('roster-coverage');
  await cover.scrollIntoViewIfNeeded();
  await expect(cover.locator('td.cover').first()).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'roster-2b-coverage-fr.png') });
  // The small demo has fewer people than the plan asks for: a short cover cell explains itself.
  const short = cover.locator('td.cover[data-short="true"]').first();
  await short.click();
  const why = page.getByTestId('roster-why');
  await expect(why.getByTestId('roster-why-summary')).toContainText(' pour ');
  await expect(why.locator('.why-candidate').first()).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'roster-2c-why-fr.png') });
  await why.getByRole('button', { name: 'Fermer' }).click();
  await expect(why).toBeHidden();
  await page.getByTestId('roster-grid').evaluate((grid) => {
    grid.parentElement?.scrollTo(0, 0);
    window.scrollTo(0, 0);
  });

  // A night (or else an evening) followed by a worked day: that next day becomes a morning shift, which leaves
  // less than the 11 h of daily rest after the shift before (both days are ones the person is available).
  const pick = await page.evaluate(() => {
    const cells = [...document.querySelectorAll<HTMLElement>('td[data-testid^="roster-cell-"]')];
    const byKey = new Map(cells.map((c) => [c.dataset.testid ?? '', c]));
    const next = (day: string) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    for (const before of ['night', 'afternoon']) {
      for (const cell of cells) {
        if (cell.dataset.shift !== before) continue;
        const match = /^roster-cell-(.+)-(\d{4}-\d{2}-\d{2})$/.exec(cell.dataset.testid ?? '');
        if (!match) continue;
        const [, employeeId = '', day = ''] = match;
        const after = byKey.get(`roster-cell-${employeeId}-${next(day)}`);
        if (after?.dataset.shift && after.dataset.shift !== 'morning')
          return { employeeId, first: day, second: next(day) };
      }
    }
    return null;
  });
  expect(pick, 'a night or evening followed by a worked day').not.toBeNull();
  const { employeeId: id, first, second } = pick ?? { employeeId: '', first: '', second: '' };
  const before = await cellOf(page, id, second);
  const name = (await page.getByTestId(`roster-row-${id}`).locator('.name').textContent()) ?? '';

  await page.getByTestId(`roster-cell-${id}-${second}`).getByRole('button').click();
  await expect(page.getByTestId('roster-cell-editor')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'roster-3-editor.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('roster-cell-editor')).toBeHidden();
  await setCell(page, id, second, 'morning', before.qualification);

  // The warning at once, in French, among the blocking ones, and both cells outlined.
  const rest = page
    .getByTestId('roster-violations-hard')
    .locator(
      `li[data-code="ROSTER_DAILY_REST"][data-employee="${id}"][data-days*="${first}"][data-days*="${second}"]`,
    );
  await expect(rest).toHaveCount(1);
  await expect(rest).toContainText(`${name} : `);
  await expect(rest).toContainText(' h de repos entre ');
  await expect(rest).toContainText(', 11 h exigées.');
  await expect(page.getByTestId(`roster-cell-${id}-${first}`)).toHaveAttribute('data-mark', 'hard');
  await expect(page.getByTestId(`roster-cell-${id}-${second}`)).toHaveAttribute('data-mark', 'hard');
  await page.screenshot({ path: join(SHOTS, 'roster-4-violation-fr.png') });

  // The same warning in English once the language changes.
  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('heading', { name: 'Staff roster' })).toBeVisible();
  await expect(rest).toContainText(`${name}: `);
  await expect(rest).toContainText(' h rest between ');
  await expect(rest).toContainText(', 11 h required.');
  await page.screenshot({ path: join(SHOTS, 'roster-5-violation-en.png') });

  // A roster with a blocking violation cannot be published: the sentence says why.
  await page.getByTestId('roster-publish').click();
  await expect(page.getByTestId('roster-publish-error')).toBeVisible();
  await expect(page.getByTestId('roster-publish-error')).toHaveAttribute(
    'data-code',
    'ROSTER_HARD_VIOLATIONS',
  );

  // Mend: the cell back as the solver left it; no blocking violation remains, and it publishes.
  await setCell(page, id, second, before.shift, before.qualification);
  await expect(rest).toHaveCount(0);
  await expect(page.getByTestId('roster-score')).toHaveAttribute('data-hard', '0');
  await page.getByTestId('roster-publish').click();
  await expect(page.getByTestId('roster-status')).toHaveText('Published');
  await page.screenshot({ path: join(SHOTS, 'roster-6-published-en.png') });
  const publishedHref = (await page.getByTestId('roster-export-teams-pdf').getAttribute('href')) ?? '';
  const publishedId = /\/api\/rosters\/([^/]+)\/export/.exec(publishedHref)?.[1] ?? '';
  expect(publishedId).not.toBe('');

  // Change the published roster: Edit makes a draft; a day off given inside the notice period needs a reason.
  await page.getByTestId('roster-edit').click();
  await expect(page.getByTestId('roster-status')).toHaveText('Draft');
  await setCell(page, id, first, '', null);
  await page.getByTestId('roster-publish').click();
  await expect(page.getByTestId('roster-reason-form')).toBeVisible();
  await expect(page.getByTestId('roster-publish-error')).toHaveAttribute('data-code', 'ROSTER_NOTICE_PERIOD');
  await page.screenshot({ path: join(SHOTS, 'roster-6b-reason-en.png') });
  await page.getByTestId('roster-reason').fill('Unplanned absence');
  await page.getByTestId('roster-reason-submit').click();
  await expect(page.getByTestId('roster-status')).toHaveText('Published');
  await page.getByTestId('roster-versions-toggle').click();
  await expect(page.getByTestId(`roster-version-${publishedId}`)).toHaveAttribute(
    'data-status',
    'superseded',
  );
  await page.screenshot({ path: join(SHOTS, 'roster-6c-versions-en.png') });

  // PDF of the roster by team, in English.
  await page.getByTestId('roster-exports').click();
  const link = page.getByTestId('roster-export-teams-pdf');
  await expect(link).toHaveAttribute('href', /lang=en/);
  await page.screenshot({ path: join(SHOTS, 'roster-7-exports.png') });
  const [pdf] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = join(workDir, 'roster.pdf');
  await pdf.saveAs(pdfPath);
  const bytes = readFileSync(pdfPath);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(2_000);
  if (process.env.LOGIPILOT_E2E_SHOTS) await pdf.saveAs(join(SHOTS, 'roster-teams.pdf'));
});
