// Forecasts: the stored versions, a statistical run from the history, the volumes of a version as an editable sheet,
// and the accuracy of each series on the holdout.
import { formatDate } from '@logipilot/i18n';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastDetail, ForecastVersionSummary } from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';
import { useLang } from '../../../app/i18n.ts';
import { ForecastAccuracyTable } from '../components/ForecastAccuracyTable.tsx';
import { ForecastRunForm } from '../components/ForecastRunForm.tsx';
import { VolumesGrid } from '../components/VolumesGrid.tsx';
import '../forecast.css';

export function ForecastPage() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const list = useApi<{ items: ForecastVersionSummary[] }>('/api/forecasts');
  const [picked, setPicked] = useState('');
  const [savedName, setSavedName] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  const selected = picked || items[0]?.id || '';
  const detail = useApi<ForecastDetail>(selected ? `/api/forecasts/${encodeURIComponent(selected)}` : null);
  // Unsaved cells would vanish with the version they were typed on: ask first.
  const dirty = useRef(false);
  const onDirtyChange = useCallback((d: boolean) => {
    dirty.current = d;
  }, []);
  const pick = (id: string) => {
    if (id === selected) return;
    if (dirty.current && !window.confirm(t('web.plan.forecast.volumes.leaveChanges'))) return;
    dirty.current = false;
    setSavedName(null);
    setPicked(id);
  };
  const kind = (k: string | undefined) =>
    k && i18n.exists(`forecast.kind.${k}`) ? t(`forecast.kind.${k}`) : (k ?? '');

  return (
    <div className="page forecasts">
      <h1>{t('web.plan.forecast.title')}</h1>
      <section className="panel">
        <h2>{t('web.plan.forecast.runTitle')}</h2>
        <ForecastRunForm
          onDone={(version) => {
            dirty.current = false;
            setSavedName(null);
            setPicked(version.id);
            list.reload();
          }}
        />
      </section>
      <section className="panel">
        <h2>{t('web.plan.forecast.versions')}</h2>
        {list.error && <p className="alert error">{list.error.message}</p>}
        {items.length === 0 ? (
          <p className="empty">{list.loading ? t('common.state.loading') : t('web.plan.forecast.none')}</p>
        ) : (
          <div className="table-wrap forecast-versions">
            <table className="grid compact" data-testid="forecast-versions">
              <thead>
                <tr>
                  <th />
                  <th className="num">{t('web.plan.forecast.number')}</th>
                  <th>{t('web.plan.versions.name')}</th>
                  <th>{t('web.plan.versions.kind')}</th>
                  <th>{t('web.plan.forecast.asOf')}</th>
                  <th className="num">{t('web.plan.forecast.horizonDays')}</th>
                  <th>{t('web.plan.versions.created')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((v) => (
                  <tr key={v.id} className={v.id === selected ? 'selected' : undefined}>
                    <td>
                      <input
                        type="radio"
                        name="forecast-version"
                        checked={v.id === selected}
                        onChange={() => pick(v.id)}
                        aria-label={t('web.plan.forecast.show', { name: v.name })}
                      />
                    </td>
                    <td className="num">{v.number ?? ''}</td>
                    <td className="strong">{v.name}</td>
                    <td>{kind(v.kind)}</td>
                    <td>{typeof v.params?.asOf === 'string' ? formatDate(lang, v.params.asOf) : '–'}</td>
                    <td className="num">
                      {typeof v.params?.horizonDays === 'number' ? v.params.horizonDays : '–'}
                    </td>
                    <td className="nowrap">
                      {v.createdAt ? formatDate(lang, v.createdAt, 'short') : ''}{' '}
                      <span className="muted">{v.createdBy}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {selected && (
        <section className="panel">
          <h2>{t('web.plan.forecast.volumes.title')}</h2>
          {savedName && (
            <p className="alert success" data-testid="volumes-saved">
              {t('web.plan.forecast.volumes.saved', { name: savedName })}
            </p>
          )}
          {detail.data && detail.data.version.id === selected ? (
            <VolumesGrid
              key={selected}
              detail={detail.data}
              onDirtyChange={onDirtyChange}
              onSaved={(version) => {
                dirty.current = false;
                setSavedName(version.name);
                setPicked(version.id);
                list.reload();
              }}
            />
          ) : (
            !detail.error && <p className="muted">{t('common.state.loading')}</p>
          )}
        </section>
      )}
      {selected && (
        <section className="panel">
          <h2>{t('web.plan.forecast.accuracy')}</h2>
          {detail.error && <p className="alert error">{detail.error.message}</p>}
          {detail.data && detail.data.version.id === selected ? (
            <ForecastAccuracyTable detail={detail.data} />
          ) : (
            <p className="muted">{t('common.state.loading')}</p>
          )}
        </section>
      )}
    </div>
  );
}
