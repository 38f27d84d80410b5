// Settings of a roster computation (start, weeks, activity plan, seed, time limit, re-plan) and the Solve button.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVersionSummary } from '../../../api/types.ts';

export interface SolveSettings {
  from: string;
  weeks: number;
  /** '' = the latest stored plan covering the period (the server's choice). */
  planId: string;
  seed: number;
  timeLimitSeconds: number;
  /** Re-plan from the open published roster (warm start, fewest changes). */
  replan: boolean;
}

export const SOLVE_LIMITS = {
  weeks: { min: 1, max: 6 },
  seed: { min: 0, max: 2 ** 31 - 1 },
  timeLimitSeconds: { min: 1, max: 600 },
} as const;

export function clampInt(value: number, { min, max }: { min: number; max: number }): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.round(value)));
}

export function SolveControls({
  settings,
  plans,
  replanFrom,
  disabled,
  onChange,
  onSolve,
}: {
  settings: SolveSettings;
  plans: PlanVersionSummary[];
  /** Name of the published roster a re-plan would start from, when one is open. */
  replanFrom: string | null;
  disabled: boolean;
  onChange: (settings: SolveSettings) => void;
  onSolve: () => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<SolveSettings>) => onChange({ ...settings, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!disabled) onSolve();
  };

  return (
    <form className="panel roster-controls" aria-label={t('web-roster.controls.title')} onSubmit={submit}>
      <label>
        {t('web-roster.controls.from')}
        <input
          type="date"
          value={settings.from}
          required
          onChange={(e) => e.target.value && set({ from: e.target.value })}
          data-testid="roster-from"
        />
      </label>
      <label>
        {t('web-roster.controls.weeks')}
        <input
          type="number"
          className="narrow"
          min={SOLVE_LIMITS.weeks.min}
          max={SOLVE_LIMITS.weeks.max}
          value={settings.weeks}
          onChange={(e) => set({ weeks: clampInt(Number(e.target.value), SOLVE_LIMITS.weeks) })}
          data-testid="roster-weeks"
        />
      </label>
      <label>
        {t('web-roster.controls.plan')}
        <select
          value={settings.planId}
          onChange={(e) => set({ planId: e.target.value })}
          data-testid="roster-plan"
        >
          <option value="">{t('web-roster.controls.planLatest')}</option>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label title={t('web-roster.controls.seedTitle')}>
        {t('web-roster.controls.seed')}
        <input
          type="number"
          className="narrow"
          min={SOLVE_LIMITS.seed.min}
          max={SOLVE_LIMITS.seed.max}
          value={settings.seed}
          onChange={(e) => set({ seed: clampInt(Number(e.target.value), SOLVE_LIMITS.seed) })}
          data-testid="roster-seed"
        />
      </label>
      <label>
        {t('web-roster.controls.timeLimit')}
        <input
          type="number"
          className="narrow"
          min={SOLVE_LIMITS.timeLimitSeconds.min}
          max={SOLVE_LIMITS.timeLimitSeconds.max}
          value={settings.timeLimitSeconds}
          onChange={(e) =>
            set({ timeLimitSeconds: clampInt(Number(e.target.value), SOLVE_LIMITS.timeLimitSeconds) })
          }
          data-testid="roster-time-limit"
        />
      </label>
      {replanFrom !== null && (
        <label className="inline-check" title={t('web-roster.controls.basedOnTitle', { name: replanFrom })}>
          <input
            type="checkbox"
            checked={settings.replan}
            onChange={(e) => set({ replan: e.target.checked })}
            data-testid="roster-replan"
          />
          {t('web-roster.controls.basedOn')}
        </label>
      )}
      <button type="submit" className="primary" disabled={disabled} data-testid="roster-solve">
        {disabled ? t('web-roster.controls.solving') : t('web-roster.controls.solve')}
      </button>
    </form>
  );
}
