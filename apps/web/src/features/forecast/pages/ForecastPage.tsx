// Forecasts: the stored versions, a statistical run from the history, and the accuracy of each series on the holdout.
import { formatDate } from '@logipilot/i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastDetail, ForecastVersionSummary } from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';
import { useLang } from '../../../app/i18n.ts';
import { ForecastAccuracyTable } from '../components/ForecastAccuracyTable.tsx';
import { ForecastRunForm } from '../components/ForecastRunForm.tsx';
import '../forecast.css';

export function ForecastPage() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const list = useApi<{ items: ForecastVersionSummary[] }>('/api/forecasts');
  const [picked, setPicked] = useState('');
  const items = list.data?.items ?? [];
  const selected = picked || items[0]?.id || '';
  const detail = useApi<ForecastDetail>(selected ? `/api/forecasts/${encodeURIComponent(selected)}` : null);
  const kind = (k: string | undefined) =>
    k && i18n.exists(`forecast.kind.${k}`) ? t(`forecast.kind.${k}`) : (k ?? '');

  return (
    <div className="page forecasts">
      <h1>{t('web.plan.forecast.title')}</h1>
      <section className="panel">
        <h2>{t('web.plan.forecast.runTitle')}</h2>
        <ForecastRunForm
          onDone={(version) => {
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
                        onChange={() => setPicked(v.id)}
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
