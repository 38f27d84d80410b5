// The KPI targets over time (site-wide and per client): the ones in force and their history, and, for the roles
// that may set them, a form to add one from a month on.
import { formatNumber, parseLocaleNumber } from '@logipilot/i18n';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';
import { useLang } from '../../../app/i18n.ts';
import { putJson } from '../kpiApi.ts';
import { localToday, monthLabel, monthPeriod, recentPeriods } from '../kpiFormat.ts';
import type { Dimension, KpiTarget } from '../kpiTypes.ts';

export interface TargetsEditorProps {
  /** Every KPI id of the catalogue, in catalogue order. */
  allIds: readonly string[];
  nameOf: (dimension: Dimension, key: string) => string;
  canEdit: boolean;
  /** After a target is saved: the board reloads so its tiles show it. */
  onSaved: () => void;
  onClose: () => void;
}

/** Months offered: a year ahead (targets are set in advance) down to two years back. */
const MONTHS_AHEAD = 12;
const MONTH_COUNT = 37;

type Status = 'current' | 'future' | 'past';

/** For each KPI and scope, the target of the latest month started is in force; later ones wait, earlier ones ended. */
function statuses(targets: readonly KpiTarget[], thisMonth: string): Map<KpiTarget, Status> {
  const inForce = new Map<string, string>();
  for (const target of targets) {
    const key = `${target.kpiId}|${target.clientId}`;
    const best = inForce.get(key);
    if (target.from <= thisMonth && (best === undefined || target.from > best)) inForce.set(key, target.from);
  }
  return new Map(
    targets.map((target) => {
      const current = inForce.get(`${target.kpiId}|${target.clientId}`);
      const status: Status =
        target.from > thisMonth ? 'future' : target.from === current ? 'current' : 'past';
      return [target, status];
    }),
  );
}

export function TargetsEditor({ allIds, nameOf, canEdit, onSaved, onClose }: TargetsEditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const targets = useApi<KpiTarget[]>('/api/kpi/targets');
  const clients = useApi<Page<{ id: string; name?: string }>>(canEdit ? '/api/clients' : null, {
    limit: 1000,
  });
  const thisMonth = monthPeriod(localToday()).from;
  const months = useMemo(() => {
    const [y, m] = thisMonth.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m - 1 + MONTHS_AHEAD, 1)).toISOString().slice(0, 10);
    return recentPeriods('month', last, MONTH_COUNT).map((p) => p.from);
  }, [thisMonth]);

  const [kpiId, setKpiId] = useState(allIds[0] ?? '');
  const [clientId, setClientId] = useState('');
  const [from, setFrom] = useState(thisMonth);
  const [target, setTarget] = useState('');
  const [tolerance, setTolerance] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  const kpiName = (id: string) => t(`kpi.kpi.${id}.name`);
  const unitOf = (id: string) => t(`kpi.kpi.${id}.unit`);
  const scopeName = (id: string) => (id === '' ? t('web-kpi.targets.site') : nameOf('client', id));

  const order = (id: string) => {
    const i = allIds.indexOf(id);
    return i < 0 ? allIds.length : i;
  };
  // Catalogue order, the site before its clients, the newest month first.
  const rows = [...(targets.data ?? [])].sort(
    (a, b) =>
      order(a.kpiId) - order(b.kpiId) ||
      (a.clientId === '' ? 0 : 1) - (b.clientId === '' ? 0 : 1) ||
      scopeName(a.clientId).localeCompare(scopeName(b.clientId)) ||
      b.from.localeCompare(a.from),
  );
  const status = statuses(rows, thisMonth);

  const save = async () => {
    setSaved(false);
    const targetValue = parseLocaleNumber(lang, target.trim());
    const toleranceValue = parseLocaleNumber(lang, tolerance.trim());
    if (targetValue === null) {
      setError(t('web-kpi.targets.invalidNumber', { field: t('web-kpi.targets.target') }));
      return;
    }
    if (toleranceValue === null) {
      setError(t('web-kpi.targets.invalidNumber', { field: t('web-kpi.targets.tolerance') }));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await putJson<KpiTarget>(
        '/api/kpi/targets',
        {
          kpiId,
          ...(clientId === '' ? {} : { clientId }),
          from,
          target: targetValue,
          tolerance: toleranceValue,
        },
        lang,
      );
      setSaved(true);
      targets.reload();
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="panel kpi-targets" data-testid="kpi-targets-editor">
      <div className="panel-head">
        <h2>{t('web-kpi.targets.title')}</h2>
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('web-kpi.targets.close')}
        </button>
      </div>
      <p className="muted">{t('web-kpi.targets.hint')}</p>
      {!canEdit && <p className="muted">{t('web-kpi.targets.readOnly')}</p>}
      {canEdit && (
        <fieldset className="kpi-targets-form" data-testid="kpi-targets-form">
          <legend>{t('web-kpi.targets.add')}</legend>
          <label className="kpi-inline">
            {t('web-kpi.targets.kpi')}
            <select value={kpiId} onChange={(e) => setKpiId(e.target.value)}>
              {allIds.map((id) => (
                <option key={id} value={id}>
                  {kpiName(id)}
                </option>
              ))}
            </select>
          </label>
          <label className="kpi-inline">
            {t('web-kpi.targets.scope')}
            <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
              <option value="">{t('web-kpi.targets.site')}</option>
              <optgroup label={t('web-kpi.targets.client')}>
                {(clients.data?.items ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name ?? c.id}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <label className="kpi-inline">
            {t('web-kpi.targets.from')}
            <select value={from} onChange={(e) => setFrom(e.target.value)}>
              {months.map((month) => (
                <option key={month} value={month}>
                  {monthLabel(lang, month.slice(0, 7))}
                </option>
              ))}
            </select>
          </label>
          <label className="kpi-inline">
            {t('web-kpi.targets.target')}
            <input
              type="text"
              inputMode="decimal"
              size={8}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            />
          </label>
          <label className="kpi-inline">
            {t('web-kpi.targets.tolerance')}
            <input
              type="text"
              inputMode="decimal"
              size={8}
              value={tolerance}
              onChange={(e) => setTolerance(e.target.value)}
            />
          </label>
          <span className="muted">{t('web-kpi.targets.unit', { unit: unitOf(kpiId) })}</span>
          {error && <p className="alert error">{error}</p>}
          {saved && (
            <p className="alert" role="status">
              {t('web-kpi.targets.saved')}
            </p>
          )}
          <div className="kpi-actions">
            <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
              {t('web-kpi.targets.save')}
            </button>
          </div>
        </fieldset>
      )}
      {targets.error && <p className="alert error">{targets.error.message}</p>}
      {rows.length === 0 ? (
        <p className="empty">{targets.loading ? t('web-kpi.targets.loading') : t('web-kpi.targets.none')}</p>
      ) : (
        <table className="grid" aria-label={t('web-kpi.targets.listLabel')} data-testid="kpi-targets-list">
          <thead>
            <tr>
              <th>{t('web-kpi.targets.kpi')}</th>
              <th>{t('web-kpi.targets.scope')}</th>
              <th>{t('web-kpi.targets.from')}</th>
              <th>{t('web-kpi.targets.target')}</th>
              <th>{t('web-kpi.targets.tolerance')}</th>
              <th>{t('web-kpi.targets.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const state = status.get(row) ?? 'past';
              const unit = unitOf(row.kpiId);
              return (
                <tr
                  key={`${row.kpiId}|${row.clientId}|${row.from}`}
                  className={state === 'past' ? 'muted' : undefined}
                >
                  <td>{kpiName(row.kpiId)}</td>
                  <td>{scopeName(row.clientId)}</td>
                  <td>{monthLabel(lang, row.from.slice(0, 7))}</td>
                  <td>{t('web-kpi.targets.value', { value: formatNumber(lang, row.target), unit })}</td>
                  <td>
                    {t('web-kpi.targets.toleranceValue', { value: formatNumber(lang, row.tolerance), unit })}
                  </td>
                  <td>
                    {t(
                      state === 'current'
                        ? 'web-kpi.targets.statusCurrent'
                        : state === 'future'
                          ? 'web-kpi.targets.statusFuture'
                          : 'web-kpi.targets.statusPast',
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
