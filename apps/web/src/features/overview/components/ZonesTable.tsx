// Zones of the site: temperature class, locations, occupancy (bar + locale percentage), capacity and area.
import { formatNumber, formatPercent, formatQuantity } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { ZoneSummary } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { TemperatureBadge } from './TemperatureBadge.tsx';

function occupancy(zone: ZoneSummary): number {
  return zone.locationCount > 0 ? zone.occupiedCount / zone.locationCount : 0;
}

export function ZonesTable({ zones }: { zones: ZoneSummary[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <table className="grid" data-testid="zones-table">
      <thead>
        <tr>
          <th>{t('web.overview.zones.code')}</th>
          <th>{t('web.overview.zones.name')}</th>
          <th>{t('web.overview.zones.temperatureClass')}</th>
          <th className="num">{t('web.overview.zones.locationCount')}</th>
          <th className="occupancy-col">{t('web.overview.zones.occupancy')}</th>
          <th className="num">{t('web.overview.zones.capacity')}</th>
          <th className="num">{t('web.overview.zones.area')}</th>
        </tr>
      </thead>
      <tbody>
        {zones.map((zone) => {
          const ratio = occupancy(zone);
          return (
            <tr key={zone.id}>
              <td className="code">{zone.code}</td>
              <td>{zone.name}</td>
              <td>
                <TemperatureBadge value={zone.temperatureClass} />
              </td>
              <td className="num">{formatNumber(lang, zone.locationCount)}</td>
              <td>
                <div className="occupancy">
                  <div className="bar" aria-hidden="true">
                    <div
                      className={`bar-fill${ratio >= 0.9 ? ' high' : ''}`}
                      style={{ width: `${Math.min(100, ratio * 100)}%` }}
                    />
                  </div>
                  <span className="occupancy-value" data-testid={`occupancy-${zone.code}`}>
                    {formatPercent(lang, ratio, 1)}
                  </span>
                </div>
              </td>
              <td className="num">{formatQuantity(lang, zone.capacityPallets, 'pallet')}</td>
              <td className="num">{formatQuantity(lang, zone.areaM2, 'm2', { maximumFractionDigits: 0 })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
