// Accuracy of each forecast series on the holdout: chosen method, WAPE against seasonal naive, MAPE, bias, coverage.
import { formatNumber, formatPercent } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { ForecastDetail } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';

const NAIVE = 'seasonal_naive';

export function ForecastAccuracyTable({ detail }: { detail: ForecastDetail }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const label = (key: string, fallback: string) => (i18n.exists(key) ? t(key) : fallback);
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? '–' : formatPercent(lang, v, 1);
  const codes = new Map(detail.volumes.map((v) => [v.clientId, v.clientCode]));
  const nominal = Number(detail.version.params?.coverage ?? Number.NaN);

  if (detail.series.length === 0) return <p className="empty">{t('web.plan.forecast.noSeries')}</p>;
  const beating = detail.series.filter((s) => {
    const naive = s.candidates.find((c) => c.method === NAIVE)?.wape;
    return naive !== null &&
      naive !== undefined &&
      s.accuracy?.wape !== null &&
      s.accuracy?.wape !== undefined
      ? s.accuracy.wape < naive
      : false;
  }).length;

  return (
    <>
      <p className="muted" data-testid="forecast-beats-naive">
        {t('web.plan.forecast.beatsNaive', {
          count: beating,
          total: detail.series.length,
          value: formatNumber(lang, beating),
        })}
      </p>
      <div className="table-wrap forecast-accuracy">
        <table className="grid compact" data-testid="forecast-accuracy">
          <thead>
            <tr>
              <th>{t('web.plan.forecast.client')}</th>
              <th>{t('web.plan.forecast.flow')}</th>
              <th>{t('web.plan.forecast.method')}</th>
              <th className="num">{t('web.plan.forecast.wape')}</th>
              <th className="num">{t('web.plan.forecast.naiveWape')}</th>
              <th className="num">{t('web.plan.forecast.mape')}</th>
              <th className="num">{t('web.plan.forecast.bias')}</th>
              <th className="num">
                {Number.isFinite(nominal)
                  ? t('web.plan.forecast.coverageOf', { nominal: formatPercent(lang, nominal) })
                  : t('web.plan.forecast.coverage')}
              </th>
              <th>{t('web.plan.forecast.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.series.map((s) => {
              const naive = s.candidates.find((c) => c.method === NAIVE)?.wape ?? null;
              const wape = s.accuracy?.wape ?? null;
              const better = wape !== null && naive !== null && wape < naive;
              return (
                <tr key={`${s.clientId}|${s.flow}`}>
                  <td className="code">{codes.get(s.clientId) ?? s.clientId}</td>
                  <td>{label(`forecast.flow.${s.flow}`, s.flow)}</td>
                  <td>{label(`forecast.method.${s.method}`, s.method)}</td>
                  <td className={better ? 'num beats-naive' : 'num'}>{pct(wape)}</td>
                  <td className="num muted">{pct(naive)}</td>
                  <td className="num">{pct(s.accuracy?.mape)}</td>
                  <td className="num">
                    {s.accuracy?.bias === null || s.accuracy?.bias === undefined
                      ? '–'
                      : formatNumber(lang, s.accuracy.bias, {
                          style: 'percent',
                          maximumFractionDigits: 1,
                          signDisplay: 'exceptZero',
                        })}
                  </td>
                  <td className="num">{pct(s.intervalCoverageOnHoldout)}</td>
                  <td className="small">{s.reasons.map((r) => r.message).join(' ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
