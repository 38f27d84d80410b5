// The stored roster versions: status, period, score; open one, or make an editable draft of a published one.
import { formatNumber } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { RosterSummary } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { dayLabel } from '../../plan/planFormat.ts';
import { dateTime } from '../rosterFormat.ts';

/** Newest first. */
export function newestFirst(items: readonly RosterSummary[]): RosterSummary[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function RosterVersions({
  items,
  currentId,
  busy,
  onOpen,
  onEdit,
}: {
  items: RosterSummary[];
  currentId: string | null;
  busy: boolean;
  onOpen: (id: string) => void;
  onEdit: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (items.length === 0) return <p className="muted">{t('web-roster.versions.none')}</p>;
  return (
    <div className="table-wrap roster-versions-wrap">
      <table className="grid compact" data-testid="roster-versions">
        <thead>
          <tr>
            <th>{t('web-roster.versions.name')}</th>
            <th>{t('web-roster.versions.status')}</th>
            <th>{t('web-roster.versions.period')}</th>
            <th className="num">{t('web-roster.versions.score')}</th>
            <th>{t('web-roster.versions.created')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {newestFirst(items).map((v) => {
            const current = v.id === currentId;
            return (
              <tr
                key={v.id}
                className={current ? 'current' : undefined}
                data-testid={`roster-version-${v.id}`}
                data-status={v.status}
              >
                <td className="strong">{v.name}</td>
                <td>
                  <span className={`badge status-${v.status}`}>{t(`web-roster.status.${v.status}`)}</span>
                </td>
                <td className="nowrap">
                  {t('web-roster.period', { from: dayLabel(lang, v.from), to: dayLabel(lang, v.to) })}
                </td>
                <td className="num nowrap">
                  <span className={v.score.hard > 0 ? 'hard-count' : undefined}>{v.score.hard}</span>
                  {' · '}
                  <span className="muted">{formatNumber(lang, v.score.soft)}</span>
                </td>
                <td className="nowrap">
                  {dateTime(lang, v.createdAt)} <span className="muted">{v.createdBy}</span>
                </td>
                <td className="nowrap actions">
                  {current ? (
                    <span className="muted">{t('web-roster.versions.current')}</span>
                  ) : (
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => onOpen(v.id)}
                      data-testid="roster-open"
                    >
                      {t('web-roster.versions.open')}
                    </button>
                  )}
                  {v.status === 'published' && (
                    <button
                      type="button"
                      disabled={busy}
                      title={t('web-roster.versions.editTitle')}
                      onClick={() => onEdit(v.id)}
                      data-testid="roster-make-draft"
                    >
                      {t('web-roster.versions.edit')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
