// Site overview: counts, zones with occupancy, the 2D plan, staff by qualification and expiring qualifications.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountCards } from '../components/CountCards.tsx';
import { ExpiringTable } from '../components/ExpiringTable.tsx';
import { SitePlan } from '../components/SitePlan.tsx';
import { StaffTable } from '../components/StaffTable.tsx';
import { ZonesTable } from '../components/ZonesTable.tsx';
import { useOverview, usePlan } from '../hooks/useOverview.ts';

export function OverviewPage() {
  const { t } = useTranslation();
  const overview = useOverview();
  const [zoneId, setZoneId] = useState('');
  const plan = usePlan(zoneId);
  const data = overview.data;

  if (overview.error && !data) return <p className="alert error">{overview.error.message}</p>;
  if (!data) return <p className="muted">{t('common.state.loading')}</p>;

  return (
    <div className="page overview">
      <h1>
        {t('web.overview.title')} <span className="muted">· {data.site.name}</span>
      </h1>
      <CountCards counts={data.counts} />
      <section className="panel">
        <h2>{t('web.overview.zones.title')}</h2>
        <ZonesTable zones={data.zones} />
      </section>
      <section className="panel">
        <div className="panel-head">
          <h2>{t('web.overview.plan.title')}</h2>
          <label className="inline">
            {t('web.overview.plan.zoneFilter')}
            <select value={zoneId} onChange={(e) => setZoneId(e.target.value)} data-testid="plan-zone">
              <option value="">{t('web.overview.plan.allZones')}</option>
              {data.zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.code} – {z.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        {plan.error && <p className="alert error">{plan.error.message}</p>}
        {plan.data ? <SitePlan plan={plan.data} /> : <p className="muted">{t('common.state.loading')}</p>}
      </section>
      {data.staff && (
        <div className="two-cols">
          <section className="panel">
            <h2>{t('web.overview.staff.title')}</h2>
            <StaffTable rows={data.staff.byQualification} />
          </section>
          <section className="panel">
            <h2>{t('web.overview.expiring.title')}</h2>
            <ExpiringTable rows={data.staff.expiring} />
          </section>
        </div>
      )}
    </div>
  );
}
