// Live state of a running computation: a determinate progress bar, elapsed time, best score so far, Stop.
import { formatNumber } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { RosterJob } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';

export function SolveProgress({
  job,
  cancelling,
  onCancel,
}: {
  job: RosterJob;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const percent = Math.round(Math.min(1, Math.max(0, job.fraction)) * 100);
  const seconds = (ms: number) => formatNumber(lang, ms / 1000, { maximumFractionDigits: 0 });
  return (
    <div className="roster-progress" data-testid="roster-progress">
      <div
        className="bar"
        role="progressbar"
        aria-label={t('web-roster.job.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <span className="muted nowrap">
        {t('web-roster.job.elapsed', {
          elapsed: seconds(job.elapsedMs),
          limit: seconds(job.timeLimitSeconds * 1000),
        })}
      </span>
      <span data-testid="roster-progress-best">
        {job.best
          ? t('web-roster.job.best', {
              hard: t('web-roster.score.hard', { count: job.best.hard }),
              soft: formatNumber(lang, job.best.soft),
            })
          : t('web-roster.job.bestNone')}
      </span>
      <button type="button" onClick={onCancel} disabled={cancelling} data-testid="roster-cancel">
        {cancelling ? t('web-roster.job.cancelling') : t('web-roster.job.cancel')}
      </button>
    </div>
  );
}
