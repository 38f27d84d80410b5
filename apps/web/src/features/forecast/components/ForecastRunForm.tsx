// Runs a statistical forecast from the daily history (POST /api/forecasts/run) and reports the stored version.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import type { ForecastVersionSummary } from '../../../api/types.ts';

interface RunAnswer {
  version: ForecastVersionSummary;
}

export function ForecastRunForm({ onDone }: { onDone: (version: ForecastVersionSummary) => void }) {
  const { t } = useTranslation();
  const [horizonDays, setHorizonDays] = useState(35);
  const [holdoutDays, setHoldoutDays] = useState(56);
  const [asOf, setAsOf] = useState('');
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<ForecastVersionSummary | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setRunning(true);
    setError(null);
    setDone(null);
    try {
      const answer = await api.post<RunAnswer>('/api/forecasts/run', {
        horizonDays,
        holdoutDays,
        ...(asOf ? { asOf } : {}),
      });
      setDone(answer.version);
      onDone(answer.version);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', String(err)));
    } finally {
      setRunning(false);
    }
  };

  return (
    <form className="forecast-run" onSubmit={(e) => void onSubmit(e)}>
      <label>
        {t('web.plan.forecast.horizonDays')}
        <input
          type="number"
          min={1}
          max={731}
          value={horizonDays}
          onChange={(e) =>
            setHorizonDays(Math.min(731, Math.max(1, Math.round(Number(e.target.value)) || 1)))
          }
          data-testid="forecast-horizon"
        />
      </label>
      <label>
        {t('web.plan.forecast.holdoutDays')}
        <input
          type="number"
          min={0}
          max={731}
          value={holdoutDays}
          onChange={(e) =>
            setHoldoutDays(Math.min(731, Math.max(0, Math.round(Number(e.target.value)) || 0)))
          }
          data-testid="forecast-holdout"
        />
      </label>
      <label>
        {t('web.plan.forecast.asOf')}
        <input
          type="date"
          value={asOf}
          onChange={(e) => setAsOf(e.target.value)}
          data-testid="forecast-as-of"
        />
      </label>
      <button type="submit" className="primary" disabled={running} data-testid="forecast-run">
        {running ? t('web.plan.forecast.running') : t('web.plan.forecast.run')}
      </button>
      {error && <p className="alert error">{error.message}</p>}
      {done && (
        <p className="alert success" data-testid="forecast-run-done">
          {t('web.plan.forecast.done', { name: done.name })}
        </p>
      )}
    </form>
  );
}
