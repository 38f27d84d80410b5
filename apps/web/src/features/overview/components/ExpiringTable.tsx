// Qualifications expiring within 60 days: amber up to 60 days, red at 15 days or less and once expired.
import { formatDate } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { ExpiringQualification } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { qualificationLabel } from './qualificationLabel.ts';

/** Red from this many days left (and when expired); amber up to the 60-day window of the API. */
export const URGENT_DAYS = 15;

export function urgency(daysLeft: number): 'danger' | 'warning' {
  return daysLeft <= URGENT_DAYS ? 'danger' : 'warning';
}

export function ExpiringTable({ rows }: { rows: ExpiringQualification[] }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  if (rows.length === 0) return <p className="empty">{t('web.overview.expiring.none')}</p>;
  const sorted = [...rows].sort((a, b) => a.daysLeft - b.daysLeft);
  return (
    <table className="grid" data-testid="expiring-table">
      <thead>
        <tr>
          <th>{t('web.overview.expiring.employee')}</th>
          <th>{t('web.overview.expiring.qualification')}</th>
          <th>{t('web.overview.expiring.expiresOn')}</th>
          <th className="num">{t('web.overview.expiring.daysLeft')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const label = qualificationLabel(t, (k) => i18n.exists(k), row.qualification);
          const level = urgency(row.daysLeft);
          return (
            <tr key={`${row.employeeId}-${label.title}-${row.expiresOn}`} className={`row-${level}`}>
              <td>{row.employeeName}</td>
              <td title={label.categoryDetail ?? undefined}>
                {label.title}
                {label.category && ` · ${label.category}`}
              </td>
              <td className="nowrap">{formatDate(lang, row.expiresOn)}</td>
              <td className="num">
                <span className={`pill ${level}`}>
                  {row.daysLeft < 0
                    ? t('web.overview.expiring.expired')
                    : t('web.overview.expiring.days', { count: row.daysLeft })}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
