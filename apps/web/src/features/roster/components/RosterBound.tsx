// How far the roster is from the best possible one, when its solve proved a lower bound: "proven optimal", or the
// gap to the bound (the most the roster could still gain). Shown only without blocking violations.
import { formatNumber, formatPercent } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { RosterView } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';

export function RosterBound({ roster }: { roster: RosterView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const bound = roster.solve?.lowerBound ?? null;
  if (bound === null || roster.score.hard > 0) return null;
  const soft = roster.score.soft;
  const optimal = soft <= bound + 1e-9;
  const gap = soft > 0 ? formatPercent(lang, (soft - bound) / soft, 1) : formatNumber(lang, soft - bound);
  return (
    <span
      className={`roster-bound nowrap ${optimal ? 'ok-count' : 'muted'}`}
      data-testid="roster-bound"
      data-bound={bound}
      title={t('web-roster.bound.title')}
    >
      {optimal
        ? t('web-roster.bound.optimal')
        : t('web-roster.bound.gap', { bound: formatNumber(lang, bound), gap })}
    </span>
  );
}
