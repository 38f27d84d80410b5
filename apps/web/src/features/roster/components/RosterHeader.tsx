// The open roster's heading: name, status, period, score, Edit (published) or Publish (draft, with the reason the
// notice period asks for when the server says so), and the exports.
import { formatNumber } from '@logipilot/i18n';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client.ts';
import type { RosterView } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { dayLabel } from '../../plan/planFormat.ts';
import { dateTime } from '../rosterFormat.ts';
import { RosterBound } from './RosterBound.tsx';
import { RosterExports } from './RosterExports.tsx';

/** The server refuses a change inside the notice period without a reason: the answer names the `reason` field. */
export function asksForReason(error: ApiError): boolean {
  return error.field === 'reason' || /NOTICE/.test(error.code);
}

export function RosterHeader({
  roster,
  basedOnName,
  busy,
  onPublish,
  onEdit,
}: {
  roster: RosterView;
  basedOnName: string | null;
  busy: boolean;
  /** Resolves to the server's refusal, or null once published. */
  onPublish: (reason?: string) => Promise<ApiError | null>;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  // A refusal speaks of the roster as it was: once the roster changes (an edit, a reload), it is no longer shown.
  const [refusal, setRefusal] = useState<{ error: ApiError; about: RosterView; askReason: boolean } | null>(
    null,
  );
  const [reason, setReason] = useState('');
  const [publishing, setPublishing] = useState(false);
  const shown = refusal?.about === roster ? refusal : null;

  const publish = async (withReason?: string) => {
    setPublishing(true);
    const error = await onPublish(withReason);
    setPublishing(false);
    if (error) setRefusal({ error, about: roster, askReason: asksForReason(error) });
    else {
      setRefusal(null);
      setReason('');
    }
  };
  const submitReason = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) void publish(reason.trim());
  };

  return (
    <section className="roster-head" data-testid="roster-head">
      <div className="roster-head-line">
        <h2 data-testid="roster-name">{roster.name}</h2>
        <span
          className={`badge status-${roster.status}`}
          data-testid="roster-status"
          data-status={roster.status}
        >
          {t(`web-roster.status.${roster.status}`)}
        </span>
        <span className="muted nowrap">
          {t('web-roster.period', { from: dayLabel(lang, roster.from), to: dayLabel(lang, roster.to) })}
        </span>
        <span
          className="roster-score nowrap"
          data-testid="roster-score"
          data-hard={roster.score.hard}
          data-soft={roster.score.soft}
          title={t('web-roster.score.title')}
        >
          <strong className={roster.score.hard > 0 ? 'hard-count' : 'ok-count'}>
            {t('web-roster.score.hard', { count: roster.score.hard })}
          </strong>
          {' · '}
          {t('web-roster.score.soft', { value: formatNumber(lang, roster.score.soft) })}
        </span>
        <RosterBound roster={roster} />
        <span className="spacer" />
        {roster.status === 'draft' && (
          <button
            type="button"
            className="primary"
            disabled={busy || publishing}
            onClick={() => void publish()}
            data-testid="roster-publish"
          >
            {publishing ? t('web-roster.publish.publishing') : t('web-roster.publish.button')}
          </button>
        )}
        {roster.status === 'published' && (
          <button
            type="button"
            disabled={busy}
            title={t('web-roster.versions.editTitle')}
            onClick={onEdit}
            data-testid="roster-edit"
          >
            {t('web-roster.versions.edit')}
          </button>
        )}
        <RosterExports id={roster.id} />
      </div>
      {(roster.publishedAt || basedOnName) && (
        <p className="muted small roster-head-note">
          {roster.publishedAt &&
            t('web-roster.publish.published', {
              date: dateTime(lang, roster.publishedAt),
              by: roster.publishedBy ?? '',
            })}
          {roster.publishedAt && basedOnName && ' · '}
          {basedOnName && t('web-roster.publish.basedOn', { name: basedOnName })}
        </p>
      )}
      {shown && (
        <p
          className="alert error"
          role="alert"
          data-testid="roster-publish-error"
          data-code={shown.error.code}
        >
          {shown.error.message}
        </p>
      )}
      {shown?.askReason && roster.status === 'draft' && (
        <form className="publish-reason" onSubmit={submitReason} data-testid="roster-reason-form">
          <label>
            {t('web-roster.publish.reasonLabel', { days: roster.noticeDays })}
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('web-roster.publish.reasonPlaceholder')}
              maxLength={500}
              required
              data-testid="roster-reason"
            />
          </label>
          <button
            type="submit"
            className="primary"
            disabled={publishing || !reason.trim()}
            data-testid="roster-reason-submit"
          >
            {t('web-roster.publish.reasonSubmit')}
          </button>
          <button type="button" onClick={() => setRefusal(null)}>
            {t('web-roster.publish.reasonCancel')}
          </button>
        </form>
      )}
    </section>
  );
}
