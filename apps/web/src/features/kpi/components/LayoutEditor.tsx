// Each user's own dashboard: which KPI tiles to show, their order (up/down), and the default period; saved per user.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { useLang } from '../../../app/i18n.ts';
import { putJson } from '../kpiApi.ts';
import { move } from '../kpiFormat.ts';
import type { DashboardLayout } from '../kpiTypes.ts';

export interface LayoutEditorProps {
  layout: DashboardLayout;
  /** Every KPI id of the catalogue, in catalogue order (the source of the unchecked ones). */
  allIds: readonly string[];
  onSaved: (layout: DashboardLayout) => void;
  onCancel: () => void;
}

export function LayoutEditor({ layout, allIds, onSaved, onCancel }: LayoutEditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [shown, setShown] = useState<string[]>(layout.tiles);
  const [period, setPeriod] = useState<DashboardLayout['period']>(layout.period);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const hidden = allIds.filter((id) => !shown.includes(id));

  const save = async () => {
    if (shown.length === 0) {
      setError(t('web-kpi.layout.atLeastOne'));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const saved = await putJson<DashboardLayout>('/api/kpi/layout', { tiles: shown, period }, lang);
      onSaved(saved);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="panel kpi-layout" data-testid="kpi-layout-editor">
      <div className="panel-head">
        <h2>{t('web-kpi.layout.title')}</h2>
      </div>
      <p className="muted">{t('web-kpi.layout.hint')}</p>
      <label className="kpi-inline">
        {t('web-kpi.layout.defaultPeriod')}
        <select value={period} onChange={(e) => setPeriod(e.target.value as DashboardLayout['period'])}>
          <option value="month">{t('web-kpi.period.month')}</option>
          <option value="week">{t('web-kpi.period.week')}</option>
        </select>
      </label>
      <ol className="kpi-layout-list">
        {shown.map((id, i) => {
          const name = t(`kpi.kpi.${id}.name`);
          return (
            <li key={id} data-testid={`kpi-layout-${id}`}>
              <label>
                <input
                  type="checkbox"
                  checked
                  onChange={() => setShown(shown.filter((x) => x !== id))}
                  aria-label={t('web-kpi.layout.shown', { name })}
                />
                {name}
              </label>
              <span className="spacer" />
              <button
                type="button"
                disabled={i === 0}
                onClick={() => setShown(move(shown, i, -1))}
                aria-label={t('web-kpi.layout.up', { name })}
                title={t('web-kpi.layout.up', { name })}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={i === shown.length - 1}
                onClick={() => setShown(move(shown, i, 1))}
                aria-label={t('web-kpi.layout.down', { name })}
                title={t('web-kpi.layout.down', { name })}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="kpi-layout-list hidden-tiles">
        {hidden.map((id) => {
          const name = t(`kpi.kpi.${id}.name`);
          return (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={false}
                  onChange={() => setShown([...shown, id])}
                  aria-label={t('web-kpi.layout.shown', { name })}
                />
                {name}
              </label>
            </li>
          );
        })}
      </ul>
      {error && <p className="alert error">{error}</p>}
      <div className="kpi-actions">
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {t('web-kpi.layout.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('web-kpi.layout.cancel')}
        </button>
      </div>
    </section>
  );
}
