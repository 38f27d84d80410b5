// Headline counts of the site (buildings, zones, locations, SKUs, staff, clients, docks).
import { formatNumber } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { SiteOverview } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';

const ORDER = ['locations', 'zones', 'skus', 'clients', 'employees', 'docks', 'buildings'] as const;

export function CountCards({ counts }: { counts: SiteOverview['counts'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="cards">
      {ORDER.map((key) => (
        <div className="card" key={key} data-testid={`count-${key}`}>
          <span className="card-value">{formatNumber(lang, counts[key])}</span>
          <span className="card-label">{t(`web.overview.counts.${key}`)}</span>
        </div>
      ))}
    </div>
  );
}
