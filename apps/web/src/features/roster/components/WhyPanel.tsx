// "Why is this shift short?": the server's explanation of a short cover cell — who could take it, and for everyone
// else the reasons in the way (absent, licence, 11 h rest…), free people first.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, api } from '../../../api/client.ts';
import type { RosterWhy } from '../../../api/types.ts';

export interface WhyTarget {
  day: string;
  shift: string;
  qualification: string;
}

export function WhyPanel({
  rosterId,
  target,
  onClose,
}: {
  rosterId: string;
  target: WhyTarget;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [why, setWhy] = useState<RosterWhy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { day, shift, qualification } = target;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language is a dependency: sentences come from the server.
  useEffect(() => {
    const controller = new AbortController();
    setWhy(null);
    setError(null);
    api
      .get<RosterWhy>(
        `/api/rosters/${encodeURIComponent(rosterId)}/why`,
        { day, shift, qualification },
        {
          signal: controller.signal,
        },
      )
      .then(setWhy)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError((e as ApiError).message);
      });
    return () => controller.abort();
  }, [rosterId, day, shift, qualification, i18n.language]);

  return (
    <section className="why-panel" data-testid="roster-why" aria-live="polite">
      <header>
        <h3 className="why-title">{t('web-roster.why.title')}</h3>
        <button type="button" className="link" onClick={onClose}>
          {t('web-roster.why.close')}
        </button>
      </header>
      {error && <p className="error">{error}</p>}
      {!why && !error && <p className="muted small">{t('web-roster.why.loading')}</p>}
      {why && (
        <>
          <p data-testid="roster-why-summary">{why.summary}</p>
          {why.candidates.length === 0 && <p className="muted">{t('web-roster.why.nobody')}</p>}
          <ul className="why-candidates">
            {why.candidates.map((c) => (
              <li
                key={c.employeeId}
                className={c.free ? 'why-candidate free' : 'why-candidate blocked'}
                data-testid={`roster-why-${c.employeeId}`}
              >
                <strong>{c.name}</strong>{' '}
                <span className="muted small">
                  {t(c.free ? 'web-roster.why.free' : 'web-roster.why.blocked')}
                </span>
                <ul className="why-reasons">
                  {c.reasons.map((r, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no id and never reorder.
                    <li key={i} className={r.hard ? 'hard' : 'soft'}>
                      {r.message}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
