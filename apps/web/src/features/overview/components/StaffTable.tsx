// Number of employees holding each qualification (CACES scheme and category, authorisations…).
import { formatNumber } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { StaffByQualification } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { qualificationLabel } from './qualificationLabel.ts';

export function StaffTable({ rows }: { rows: StaffByQualification[] }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  if (rows.length === 0) return <p className="empty">{t('common.state.empty')}</p>;
  return (
    <table className="grid" data-testid="staff-table">
      <thead>
        <tr>
          <th>{t('web.overview.staff.qualification')}</th>
          <th>{t('web.overview.staff.category')}</th>
          <th className="num">{t('web.overview.staff.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const label = qualificationLabel(t, (k) => i18n.exists(k), row);
          return (
            <tr key={row.key}>
              <td>{label.title}</td>
              <td title={label.categoryDetail ?? undefined}>
                {label.category}
                {label.categoryDetail && <span className="muted"> – {label.categoryDetail}</span>}
              </td>
              <td className="num">{formatNumber(lang, row.count)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
