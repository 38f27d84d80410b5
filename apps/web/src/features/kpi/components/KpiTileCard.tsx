// One KPI card (kpis.md §7): name, value, target, traffic light as colour and symbol, trend arrow, variance vs target,
// previous period and same period last year, and a 13-period sparkline.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import { formatKpiValue, formatVariance, shortDate, varianceIsGood } from '../kpiFormat.ts';
import type { KpiTile } from '../kpiTypes.ts';
import { Sparkline } from './Sparkline.tsx';

const LIGHT_COLOURS = { green: '#1e7b4f', amber: '#b76e00', red: '#b42318', none: '#8a93a6' } as const;

export function KpiTileCard({ tile, sparkPeriod }: { tile: KpiTile; sparkPeriod: 'week' | 'month' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = t(`kpi.kpi.${tile.id}.name`);
  const show = (value: number | null) => formatKpiValue(lang, tile, value, t);
  const variance = tile.value !== null && tile.target !== null ? tile.value - tile.target : null;
  const light = t(`kpi.light.${tile.status}`);
  const values = useMemo(() => tile.spark.map((s) => s.value), [tile.spark]);
  const labels = useMemo(() => tile.spark.map((s) => shortDate(lang, s.period)), [tile.spark, lang]);
  const format = useMemo(() => (v: number) => formatKpiValue(lang, tile, v, t), [lang, tile, t]);

  return (
    <article
      className={`kpi-tile light-${tile.status}`}
      data-testid={`kpi-tile-${tile.id}`}
      data-status={tile.status}
      data-value={tile.value ?? ''}
      aria-label={name}
    >
      <header className="kpi-tile-head">
        <h3 title={t('web-kpi.tile.formula', { formula: t(`kpi.kpi.${tile.id}.formula`) })}>
          {name}
          {tile.window === 'rolling_year' && (
            <span className="muted kpi-window"> · {t('web-kpi.tile.rollingYear')}</span>
          )}
        </h3>
        <span className={`kpi-light light-${tile.status}`} title={light}>
          <span aria-hidden="true">{t(`web-kpi.lightIcon.${tile.status}`)}</span>
          <span className="visually-hidden">{t('web-kpi.tile.lightLabel', { light })}</span>
        </span>
      </header>
      <div className="kpi-tile-main">
        <span className="kpi-value" data-testid="kpi-value">
          {show(tile.value)}
        </span>
        {tile.trend && (
          <span
            className={`kpi-trend trend-${tile.trend}`}
            title={t('web-kpi.tile.trendLabel', { trend: t(`kpi.trend.${tile.trend}`) })}
          >
            <span aria-hidden="true">{t(`web-kpi.trendIcon.${tile.trend}`)}</span>
            <span className="visually-hidden">
              {t('web-kpi.tile.trendLabel', { trend: t(`kpi.trend.${tile.trend}`) })}
            </span>
          </span>
        )}
      </div>
      <dl className="kpi-facts">
        <div>
          <dt>{t('web-kpi.tile.target')}</dt>
          <dd>{tile.target === null ? t('web-kpi.tile.noTarget') : show(tile.target)}</dd>
        </div>
        <div>
          <dt>{t('web-kpi.tile.variance')}</dt>
          <dd
            className={
              variance === null ? undefined : varianceIsGood(tile.direction, variance) ? 'good' : 'bad'
            }
          >
            {variance === null ? t('web-kpi.tile.noValue') : formatVariance(lang, tile, variance, t)}
          </dd>
        </div>
        <div>
          <dt>{t('web-kpi.tile.previous')}</dt>
          <dd>{show(tile.previous)}</dd>
        </div>
        <div>
          <dt>{t('web-kpi.tile.lastYear')}</dt>
          <dd>{show(tile.lastYear)}</dd>
        </div>
      </dl>
      <Sparkline
        values={values}
        labels={labels}
        target={tile.target}
        colour={LIGHT_COLOURS[tile.status]}
        label={`${t('web-kpi.tile.sparkLabel', { name })} (${t(
          sparkPeriod === 'week' ? 'web-kpi.tile.sparkWeek' : 'web-kpi.tile.sparkMonth',
        )})`}
        format={format}
      />
    </article>
  );
}
