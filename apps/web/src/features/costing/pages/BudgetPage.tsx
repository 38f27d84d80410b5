// "Budget": the year's forecast budget (a saved version or today's computation) against the imported actuals, with
// the monthly variance split into volume, productivity, rate and mix effects, by cost centre and by activity; saving
// versions, importing actuals and exporting the report.
import { formatDate } from '@logipilot/i18n';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../../api/client.ts';
import { useApi } from '../../../api/useApi.ts';
import { useLang } from '../../../app/i18n.ts';
import { type ChartOption, CostingChart } from '../components/CostingChart.tsx';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { Forbidden } from '../components/Forbidden.tsx';
import { costingJson, isForbidden } from '../costingApi.ts';
import { money, moneyWhole, shortMonth } from '../costingFormat.ts';
import type { ActualsImportResult, BudgetReport, BudgetVersion } from '../costingTypes.ts';
import '../costing.css';

const EFFECTS = ['volume', 'efficiency', 'rate', 'mix'] as const;
const EFFECT_COLOURS: Record<(typeof EFFECTS)[number], string> = {
  volume: '#2f6fed',
  efficiency: '#c47f12',
  rate: '#b42318',
  mix: '#13857f',
};

const euros = (lang: 'fr' | 'en') => (v: unknown) =>
  typeof v === 'number' ? moneyWhole(lang, v * 100) : '–';

export function BudgetPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  /** undefined: the server's choice (newest saved version, else today's computation). */
  const [version, setVersion] = useState<string | undefined>(undefined);
  const report = useApi<BudgetReport>('/api/budget', { year, version });
  const data = report.data?.year === year ? report.data : null;

  if (isForbidden(report.error)) return <Forbidden />;

  const shown = data?.version?.id ?? 'live';
  const exportHref = (format: 'pdf' | 'xlsx') =>
    withQuery('/api/budget/export', { year, version: data?.version?.id ?? 'live', format, lang });

  return (
    <div className="page costing" data-testid="budget-page">
      <div className="costing-titlebar">
        <h1>{t('web-costing.budget.title')}</h1>
        <span className="spacer" />
        {data && (
          <span className="costing-exports">
            <a className="costing-export" href={exportHref('pdf')} download data-testid="budget-export-pdf">
              {t('web-costing.budget.export.pdf')}
            </a>
            <a className="costing-export" href={exportHref('xlsx')} download data-testid="budget-export-xlsx">
              {t('web-costing.budget.export.xlsx')}
            </a>
          </span>
        )}
      </div>
      <div className="costing-toolbar">
        <label className="inline">
          {t('web-costing.budget.year')}
          <select
            data-testid="budget-year"
            value={year}
            onChange={(e) => {
              setYear(Number(e.target.value));
              setVersion(undefined);
            }}
          >
            {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          {t('web-costing.budget.version')}
          <select
            data-testid="budget-version"
            value={shown}
            onChange={(e) => setVersion(e.target.value)}
            disabled={!data}
          >
            <option value="live">{t('web-costing.budget.live')}</option>
            {(data?.versions ?? []).map((v) => (
              <option key={v.id} value={v.id}>
                {t('web-costing.budget.versionLabel', {
                  name: v.name,
                  kind: t(`web-costing.budget.kind.${v.kind}`),
                  date: formatDate(lang, v.createdAt.slice(0, 10), 'short'),
                })}
              </option>
            ))}
          </select>
        </label>
        <SaveVersion
          year={year}
          onSaved={(v) => {
            setVersion(v.id);
            report.reload();
          }}
        />
      </div>
      {report.error && <ErrorBox error={report.error} />}
      {!data ? (
        <p className="empty panel">{t('web-costing.loading')}</p>
      ) : (
        <BudgetBody report={data} onImported={report.reload} />
      )}
    </div>
  );
}

function SaveVersion({ year, onSaved }: { year: number; onSaved: (v: BudgetVersion) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'initial' | 'reforecast'>('initial');
  const [error, setError] = useState<Error | null>(null);
  const [saving, setSaving] = useState(false);

  if (!open)
    return (
      <button type="button" data-testid="budget-save-open" onClick={() => setOpen(true)}>
        {t('web-costing.budget.save.open')}
      </button>
    );
  const save = async () => {
    setSaving(true);
    try {
      const saved = await costingJson<BudgetVersion>({
        method: 'POST',
        path: '/api/budget/versions',
        lang,
        body: { year, name, kind },
      });
      setOpen(false);
      setName('');
      setError(null);
      onSaved(saved);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className="costing-save"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <select
        aria-label={t('web-costing.budget.save.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value === 'reforecast' ? 'reforecast' : 'initial')}
      >
        <option value="initial">{t('web-costing.budget.save.asInitial')}</option>
        <option value="reforecast">{t('web-costing.budget.save.asReforecast')}</option>
      </select>
      <input
        type="text"
        aria-label={t('web-costing.budget.save.name')}
        placeholder={t('web-costing.budget.save.namePlaceholder', { year })}
        value={name}
        onChange={(e) => setName(e.target.value)}
        data-testid="budget-save-name"
      />
      <button type="submit" className="primary" disabled={saving || name.trim() === ''}>
        {t('web-costing.budget.save.submit')}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('web-costing.cancel')}
      </button>
      <ErrorBox error={error} />
    </form>
  );
}

function BudgetBody({ report, onImported }: { report: BudgetReport; onImported: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const months = report.variance.map((v) => shortMonth(lang, v.month));
  const centreName = new Map(report.costCentres.map((c) => [c.code, c.name]));
  const actualTotal = report.variance.reduce((a, v) => a + (v.actual ?? 0), 0);
  const withActuals = report.variance.filter((v) => v.actual !== null);
  const budgetOfActualMonths = withActuals.reduce((a, v) => a + v.budget, 0);

  const budgetChart: ChartOption = useMemo(
    () => ({
      grid: { left: 80, right: 16, top: 36, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: euros(lang) },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => euros(lang)(v) } },
      series: [
        {
          name: t('web-costing.budget.series.budget'),
          type: 'bar',
          data: report.variance.map((v) => v.budget / 100),
          itemStyle: { color: '#9aa5b8' },
        },
        {
          name: t('web-costing.budget.series.actual'),
          type: 'bar',
          data: report.variance.map((v) => (v.actual === null ? null : v.actual / 100)),
          itemStyle: { color: '#2f6fed' },
        },
      ],
    }),
    [report, lang, t, months],
  );

  const varianceChart: ChartOption = useMemo(
    () => ({
      // Five legend entries wrap onto two lines on a half-width panel: room for both above the plot.
      grid: { left: 80, right: 16, top: 60, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: euros(lang) },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => euros(lang)(v) } },
      series: [
        ...EFFECTS.map((effect) => ({
          name: t(`web-costing.budget.effect.${effect}`),
          type: 'bar',
          stack: 'effects',
          data: report.variance.map((v) => (v.variance ? v.variance[effect] / 100 : null)),
          itemStyle: { color: EFFECT_COLOURS[effect] },
        })),
        {
          name: t('web-costing.budget.effect.total'),
          type: 'line',
          data: report.variance.map((v) => (v.variance ? v.variance.total / 100 : null)),
          itemStyle: { color: '#1d2433' },
          lineStyle: { width: 2 },
          symbolSize: 6,
        },
      ],
    }),
    [report, lang, t, months],
  );

  // Months taken from history, grouped by the year they come from (last year, else the year before).
  const historyByYear = new Map<number, string[]>();
  for (const m of report.basis.months.filter((x) => x.source === 'history')) {
    const year = m.historyYear ?? report.year - 1;
    historyByYear.set(year, [...(historyByYear.get(year) ?? []), shortMonth(lang, m.month)]);
  }
  const fromHistory = [...historyByYear].map(([year, ms]) => ({ year, months: ms }));
  const noVolume = report.basis.months
    .filter((m) => m.source === 'none')
    .map((m) => shortMonth(lang, m.month));
  const mixed = report.basis.months.filter((m) => m.source === 'mixed').map((m) => shortMonth(lang, m.month));
  const cell = (cents: number | null | undefined) =>
    cents === null || cents === undefined ? '–' : moneyWhole(lang, cents);
  // A cost above budget is unfavourable: positive variances in red, negative ones in green.
  const signedCell = (cents: number | null | undefined, key?: string) => (
    <td key={key} className={`num${(cents ?? 0) > 0 ? ' negative' : (cents ?? 0) < 0 ? ' positive' : ''}`}>
      {cell(cents)}
    </td>
  );

  return (
    <>
      <section className="cards costing-cards" data-testid="budget-totals">
        <div className="card">
          <span className="card-value" data-testid="budget-total">
            {moneyWhole(lang, report.budget.totalCents)}
          </span>
          <span className="card-label">{t('web-costing.budget.total')}</span>
        </div>
        <div className="card">
          <span className="card-value">
            {moneyWhole(
              lang,
              report.budget.months.reduce((a, m) => a + m.labourCents, 0),
            )}
          </span>
          <span className="card-label">{t('web-costing.budget.labour')}</span>
        </div>
        <div className="card">
          <span className="card-value">
            {moneyWhole(
              lang,
              report.budget.months.reduce((a, m) => a + m.fixedCents, 0),
            )}
          </span>
          <span className="card-label">{t('web-costing.budget.fixed')}</span>
        </div>
        <div className="card">
          <span className="card-value" data-testid="budget-actual-total">
            {withActuals.length === 0 ? '–' : moneyWhole(lang, actualTotal)}
          </span>
          <span className="card-label">
            {t('web-costing.budget.actualToDate', { count: withActuals.length })}
          </span>
        </div>
        <div className="card">
          <span className="card-value">
            {withActuals.length === 0 ? '–' : moneyWhole(lang, actualTotal - budgetOfActualMonths)}
          </span>
          <span className="card-label">{t('web-costing.budget.varianceToDate')}</span>
        </div>
        <div className="card">
          <span className="card-value" data-testid="budget-landing">
            {report.landing.closedMonths === 0 ? '–' : moneyWhole(lang, report.landing.totalCents)}
          </span>
          <span className="card-label">{t('web-costing.budget.landing')}</span>
        </div>
      </section>

      {(fromHistory.length > 0 ||
        noVolume.length > 0 ||
        mixed.length > 0 ||
        report.basis.issues.length > 0 ||
        report.version) && (
        <section className="panel costing-notes" data-testid="budget-basis">
          <h2>{t('web-costing.budget.basis.title')}</h2>
          <ul>
            {report.version && (
              <li>
                {t('web-costing.budget.basis.version', {
                  name: report.version.name,
                  kind: t(`web-costing.budget.kind.${report.version.kind}`),
                  by: report.version.createdBy,
                  date: formatDate(lang, report.version.createdAt.slice(0, 10)),
                })}
              </li>
            )}
            {fromHistory.map((h) => (
              <li key={h.year}>
                {t('web-costing.budget.basis.history', { months: h.months.join(', '), year: h.year })}
              </li>
            ))}
            {noVolume.length > 0 && (
              <li className="warning">
                {t('web-costing.budget.basis.none', { months: noVolume.join(', ') })}
              </li>
            )}
            {mixed.length > 0 && <li>{t('web-costing.budget.basis.mixed', { months: mixed.join(', ') })}</li>}
            {report.basis.issues.map((issue, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity of their own.
              <li key={i} className="warning">
                {t(`web-costing.budget.issue.${issue.code}`, { ...issue.params, defaultValue: issue.code })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="two-cols">
        <section className="panel">
          <h2>{t('web-costing.budget.chart.budgetActual')}</h2>
          <CostingChart
            option={budgetChart}
            label={t('web-costing.budget.chart.budgetActual')}
            testId="budget-chart"
          />
        </section>
        <section className="panel">
          <h2>{t('web-costing.budget.chart.variance')}</h2>
          {withActuals.length === 0 ? (
            <p className="empty costing-chart-empty">{t('web-costing.budget.noActuals')}</p>
          ) : (
            <CostingChart
              option={varianceChart}
              label={t('web-costing.budget.chart.variance')}
              testId="budget-variance-chart"
            />
          )}
        </section>
      </div>

      <section className="panel">
        <div className="panel-head">
          <h2>{t('web-costing.budget.months.title')}</h2>
          <span className="muted">{t('web-costing.budget.months.hint')}</span>
        </div>
        <div className="table-wrap">
          <table className="grid" data-testid="budget-months">
            <thead>
              <tr>
                <th>{t('web-costing.budget.months.month')}</th>
                <th className="num">{t('web-costing.budget.labour')}</th>
                <th className="num">{t('web-costing.budget.fixed')}</th>
                <th className="num">{t('web-costing.budget.series.budget')}</th>
                <th className="num">{t('web-costing.budget.series.actual')}</th>
                {EFFECTS.map((e) => (
                  <th key={e} className="num">
                    {t(`web-costing.budget.effect.${e}`)}
                  </th>
                ))}
                <th className="num">{t('web-costing.budget.effect.total')}</th>
              </tr>
            </thead>
            <tbody>
              {report.variance.map((v, i) => {
                const b = report.budget.months[i];
                return (
                  <tr key={v.month} data-testid="budget-month-row">
                    <th scope="row">{shortMonth(lang, v.month)}</th>
                    <td className="num">{cell(b?.labourCents)}</td>
                    <td className="num">{cell(b?.fixedCents)}</td>
                    <td className="num strong">{cell(v.budget)}</td>
                    <td className="num">{cell(v.actual)}</td>
                    {EFFECTS.map((e) => signedCell(v.variance?.[e], e))}
                    {signedCell(v.variance?.total)}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('web-costing.budget.months.year')}</th>
                <td className="num">{cell(report.budget.months.reduce((a, m) => a + m.labourCents, 0))}</td>
                <td className="num">{cell(report.budget.months.reduce((a, m) => a + m.fixedCents, 0))}</td>
                <td className="num strong">{cell(report.budget.totalCents)}</td>
                <td className="num">{withActuals.length === 0 ? '–' : cell(actualTotal)}</td>
                {EFFECTS.map((e) =>
                  signedCell(
                    withActuals.length === 0
                      ? null
                      : withActuals.reduce((a, v) => a + (v.variance?.[e] ?? 0), 0),
                    e,
                  ),
                )}
                {signedCell(
                  withActuals.length === 0
                    ? null
                    : withActuals.reduce((a, v) => a + (v.variance?.total ?? 0), 0),
                )}
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="muted costing-hint">{t('web-costing.budget.months.signs')}</p>
      </section>

      <div className="two-cols">
        <ShareTable
          title={t('web-costing.budget.byCostCentre')}
          heading={t('web-costing.budget.costCentre')}
          testId="budget-cost-centres"
          totalCents={report.budget.totalCents}
          rows={report.budget.byCostCentre.map((c) => ({
            key: c.costCentre,
            label: (
              <>
                <span className="code">{c.costCentre}</span> {centreName.get(c.costCentre) ?? ''}
              </>
            ),
            cents: c.totalCents,
          }))}
        />
        <ShareTable
          title={t('web-costing.budget.byActivity')}
          heading={t('web-costing.budget.activity')}
          testId="budget-activities"
          totalCents={report.budget.totalCents}
          rows={report.budget.byActivity.map((a) => ({
            key: a.activity,
            label: t(`plan.activity.${a.activity}`, { defaultValue: a.activity }),
            cents: a.totalCents,
          }))}
        />
      </div>

      <ActualsImport year={report.year} onImported={onImported} />
    </>
  );
}

function share(lang: 'fr' | 'en', part: number, whole: number): string {
  if (whole === 0) return '–';
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(part / whole);
}

function ActualsImport({ year, onImported }: { year: number; onImported: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [done, setDone] = useState<ActualsImportResult | null>(null);

  const send = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setDone(null);
    const form = new FormData();
    form.set('file', file);
    form.set('year', String(year));
    try {
      const answer = await costingJson<ActualsImportResult>({
        method: 'POST',
        path: '/api/budget/actuals',
        lang,
        body: form,
      });
      setDone(answer);
      onImported();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" data-testid="budget-actuals">
      <div className="panel-head">
        <h2>{t('web-costing.budget.actuals.title')}</h2>
        <a className="costing-export" href={withQuery('/api/budget/actuals/template', { lang })} download>
          {t('web-costing.budget.actuals.template')}
        </a>
      </div>
      <p className="muted">{t('web-costing.budget.actuals.intro', { year })}</p>
      <div className="costing-toolbar">
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t('web-costing.budget.actuals.file')}
          data-testid="budget-actuals-file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <button type="button" className="primary" disabled={!file || busy} onClick={() => void send()}>
          {t('web-costing.budget.actuals.import')}
        </button>
      </div>
      {done && (
        <p className="alert success">
          {t('web-costing.budget.actuals.done', {
            file: done.fileName,
            count: done.rows,
            months: done.months.map((m) => shortMonth(lang, m)).join(', '),
            total: money(lang, done.totalCents),
          })}
        </p>
      )}
      <ErrorBox error={error} testId="budget-actuals-error" />
    </section>
  );
}

/** A year's budget split by cost centre or by activity: each line's total and its share of the year. */
function ShareTable({
  title,
  heading,
  testId,
  totalCents,
  rows,
}: {
  title: string;
  heading: string;
  testId: string;
  totalCents: number;
  rows: { key: string; label: ReactNode; cents: number }[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="panel">
      <h2>{title}</h2>
      <div className="table-wrap">
        <table className="grid" data-testid={testId}>
          <thead>
            <tr>
              <th>{heading}</th>
              <th className="num">{t('web-costing.budget.total')}</th>
              <th className="num">{t('web-costing.budget.share')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.label}</td>
                <td className="num">{moneyWhole(lang, r.cents)}</td>
                <td className="num">{share(lang, r.cents, totalCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
