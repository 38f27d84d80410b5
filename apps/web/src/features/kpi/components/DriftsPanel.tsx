// "Alertes / Dérives": the SPC alerts of the period (KPI, scope, rule sentence, dates), the control chart of the one
// selected, and "Prendre en charge" to hand it to the quality follow-up as a drift record.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import { useApi } from '../../../api/useApi.ts';
import { useLang } from '../../../app/i18n.ts';
import { dayMonth, formatKpiValue, type Period, shortDate } from '../kpiFormat.ts';
import type {
  Dimension,
  DriftAlert,
  DriftChartData,
  DriftRecord,
  DriftReport,
  KpiUnit,
} from '../kpiTypes.ts';
import { ControlChart } from './ControlChart.tsx';

export interface DriftsPanelProps {
  period: Period;
  unitOf: (kpiId: string) => KpiUnit;
  nameOf: (dimension: Dimension, key: string) => string;
  /** Whether the user may take an alert over (the server's import:run, never a client viewer). */
  canTakeOver: boolean;
}

/** The rules of a drift, the first that fired first. */
function rulesOf(alert: DriftAlert): string[] {
  return [...new Set([alert.rule, ...(alert.signals ?? []).map((s) => s.rule)])];
}

function AlertChart({
  alert,
  period,
  unit,
  title,
}: {
  alert: DriftAlert;
  period: Period;
  unit: KpiUnit;
  title: string;
}) {
  const { t } = useTranslation();
  const chart = useApi<DriftChartData | null>('/api/kpi/drift-chart', {
    kpiId: alert.kpiId,
    dimension: alert.dimension,
    key: alert.key,
    from: period.from,
    to: period.to,
  });
  if (chart.error) return <p className="alert error">{chart.error.message}</p>;
  if (!chart.data)
    return <p className="empty">{chart.loading ? t('web-kpi.loading') : t('web-kpi.drifts.chartNone')}</p>;
  return <ControlChart chart={chart.data} unit={unit} highlight={alert.dates} label={title} />;
}

export function DriftsPanel({ period, unitOf, nameOf, canTakeOver }: DriftsPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const report = useApi<DriftReport>('/api/kpi/drifts', { from: period.from, to: period.to });
  const records = useApi<{ items: DriftRecord[] }>(canTakeOver ? '/api/kpi/drift-records' : null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const alerts = report.data?.alerts ?? [];
  const selected = alerts.find((a) => a.id === selectedId) ?? alerts[0] ?? null;
  const taken = new Map((records.data?.items ?? []).map((r) => [r.alertId, r]));
  const scopeOf = (a: DriftAlert) =>
    a.dimension === 'site'
      ? t('web-kpi.crumbs.site')
      : t('web-kpi.crumbs.scope', {
          dimension: t(`kpi.dimension.${a.dimension}`),
          name: nameOf(a.dimension, a.key),
        });

  const takeOver = async (alert: DriftAlert) => {
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/kpi/drift-records', {
        alertId: alert.id,
        from: period.from,
        to: period.to,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setNote('');
      records.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" data-testid="kpi-drifts">
      <div className="panel-head">
        <h2>{t('web-kpi.drifts.title')}</h2>
        {report.data && (
          <span className="muted">
            {t('web-kpi.drifts.count', { count: alerts.length, series: report.data.series })}
          </span>
        )}
      </div>
      <p className="muted">{t('web-kpi.drifts.intro')}</p>
      {report.error && <p className="alert error">{report.error.message}</p>}
      {alerts.length === 0 ? (
        <p className="empty">{report.loading ? t('web-kpi.loading') : t('web-kpi.drifts.none')}</p>
      ) : (
        <>
          <div className="table-wrap kpi-alerts">
            <table className="grid compact" data-testid="kpi-alert-list">
              <thead>
                <tr>
                  <th>{t('web-kpi.drifts.kpi')}</th>
                  <th>{t('web-kpi.drifts.scope')}</th>
                  <th>{t('web-kpi.drifts.rule')}</th>
                  <th>{t('web-kpi.drifts.dates')}</th>
                  <th className="num">{t('web-kpi.drifts.value')}</th>
                  <th>{t('web-kpi.drifts.status')}</th>
                </tr>
              </thead>
              <tbody>
                {alerts.map((a) => {
                  const unit = unitOf(a.kpiId);
                  const record = taken.get(a.id);
                  const show = (v: number) => formatKpiValue(lang, { id: a.kpiId, unit }, v, t);
                  return (
                    <tr
                      key={a.id}
                      className={selected?.id === a.id ? 'selected' : undefined}
                      data-alert={a.id}
                    >
                      <th scope="row">
                        <button
                          type="button"
                          className="kpi-open"
                          onClick={() => setSelectedId(a.id)}
                          title={t('web-kpi.drifts.select')}
                        >
                          {t(`kpi.kpi.${a.kpiId}.name`)}
                        </button>
                      </th>
                      <td>{scopeOf(a)}</td>
                      <td>
                        {rulesOf(a).map((rule) => (
                          <div key={rule}>{t(`kpi.rule.${rule}`)}</div>
                        ))}
                      </td>
                      <td>
                        {t('web-kpi.drifts.firedAt', { date: shortDate(lang, a.firedAt) })}
                        <br />
                        <small className="muted">
                          {t('web-kpi.drifts.span', {
                            from: dayMonth(lang, a.start),
                            to: dayMonth(lang, a.end),
                          })}
                          {' · '}
                          {t('web-kpi.drifts.pointCount', { count: a.dates.length })}
                        </small>
                      </td>
                      <td className="num">
                        {show(a.value)}
                        <br />
                        <small className="muted">{show(a.centre)}</small>
                      </td>
                      <td>
                        {record ? (
                          <span
                            className="kpi-taken"
                            title={t('web-kpi.drifts.takenOverBy', {
                              user: record.createdBy,
                              date: shortDate(lang, record.createdAt.slice(0, 10)),
                            })}
                          >
                            {t('web-kpi.drifts.takenOver')}
                          </span>
                        ) : canTakeOver ? (
                          <button
                            type="button"
                            className="primary"
                            disabled={busy}
                            data-testid="kpi-take-over"
                            onClick={() => void takeOver(a)}
                          >
                            {t('web-kpi.drifts.takeOver')}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {canTakeOver && (
            <label className="kpi-inline kpi-comment">
              {t('web-kpi.drifts.note')}
              <input type="text" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
          )}
          {error && <p className="alert error">{error}</p>}
          {selected && (
            <div className="kpi-chart-box">
              <h3>
                {t('web-kpi.drifts.chartTitle', {
                  name: t(`kpi.kpi.${selected.kpiId}.name`),
                  scope: scopeOf(selected),
                })}
              </h3>
              <p className="muted">
                {rulesOf(selected)
                  .map((rule) => t(`kpi.rule.${rule}`))
                  .join(' · ')}
              </p>
              <AlertChart
                key={selected.id}
                alert={selected}
                period={period}
                unit={unitOf(selected.kpiId)}
                title={t('web-kpi.drifts.chartTitle', {
                  name: t(`kpi.kpi.${selected.kpiId}.name`),
                  scope: scopeOf(selected),
                })}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
