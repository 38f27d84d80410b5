// Settings of the plan (start, weeks, forecast version) and the what-if: volumes, productivity, absenteeism.
import { formatNumber } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { ForecastVersionSummary } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';

export interface PlanSettings {
  from: string;
  weeks: number;
  forecastVersionId: string;
  volumePct: number;
  productivityPct: number;
  /** null: the site's rule (the server says which value it used). */
  absenteeismPct: number | null;
}

export const SCENARIO_LIMITS = {
  weeks: { min: 1, max: 52 },
  volumePct: { min: -50, max: 200 },
  productivityPct: { min: -50, max: 100 },
  absenteeismPct: { min: 0, max: 50 },
} as const;

export function clamp(value: number, { min, max }: { min: number; max: number }): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.round(value)));
}

function PercentControl({
  id,
  label,
  value,
  limits,
  sliderMax,
  signed,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  limits: { min: number; max: number };
  sliderMax?: number;
  signed: boolean;
  onChange: (value: number) => void;
}) {
  const lang = useLang();
  const shown = formatNumber(lang, value / 100, {
    style: 'percent',
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  return (
    <div className="whatif-control">
      <label htmlFor={`plan-${id}`}>
        {label} <output className={value === 0 ? 'muted' : 'whatif-value'}>{shown}</output>
      </label>
      <div className="whatif-inputs">
        <input
          type="range"
          min={limits.min}
          max={sliderMax ?? limits.max}
          step={1}
          value={Math.min(value, sliderMax ?? limits.max)}
          onChange={(e) => onChange(clamp(Number(e.target.value), limits))}
          data-testid={`plan-${id}-range`}
          aria-label={label}
        />
        <input
          id={`plan-${id}`}
          type="number"
          min={limits.min}
          max={limits.max}
          step={1}
          value={value}
          onChange={(e) => onChange(clamp(Number(e.target.value), limits))}
          data-testid={`plan-${id}`}
        />
      </div>
    </div>
  );
}

export function PlanControls({
  settings,
  forecasts,
  siteAbsenteeismPct,
  onChange,
}: {
  settings: PlanSettings;
  forecasts: ForecastVersionSummary[];
  /** The absenteeism the server applied by the site's rule, shown until the user sets one. */
  siteAbsenteeismPct: number | null;
  onChange: (settings: PlanSettings) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<PlanSettings>) => onChange({ ...settings, ...patch });
  const whatIfTouched =
    settings.volumePct !== 0 || settings.productivityPct !== 0 || settings.absenteeismPct !== null;

  return (
    <section className="panel plan-controls" aria-label={t('web.plan.controls.title')}>
      <div className="plan-controls-row">
        <label>
          {t('web.plan.controls.from')}
          <input
            type="date"
            value={settings.from}
            required
            onChange={(e) => e.target.value && set({ from: e.target.value })}
            data-testid="plan-from"
          />
        </label>
        <label>
          {t('web.plan.controls.weeks')}
          <input
            type="number"
            min={SCENARIO_LIMITS.weeks.min}
            max={SCENARIO_LIMITS.weeks.max}
            value={settings.weeks}
            onChange={(e) => set({ weeks: clamp(Number(e.target.value), SCENARIO_LIMITS.weeks) })}
            data-testid="plan-weeks"
            className="narrow"
          />
        </label>
        <label>
          {t('web.plan.controls.forecast')}
          <select
            value={settings.forecastVersionId}
            onChange={(e) => set({ forecastVersionId: e.target.value })}
            data-testid="plan-forecast"
          >
            <option value="">{t('web.plan.controls.forecastLatest')}</option>
            {forecasts.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="whatif">
        <legend>{t('web.plan.whatIf.title')}</legend>
        <PercentControl
          id="volume"
          label={t('web.plan.whatIf.volume')}
          value={settings.volumePct}
          limits={SCENARIO_LIMITS.volumePct}
          sliderMax={100}
          signed
          onChange={(volumePct) => set({ volumePct })}
        />
        <PercentControl
          id="productivity"
          label={t('web.plan.whatIf.productivity')}
          value={settings.productivityPct}
          limits={SCENARIO_LIMITS.productivityPct}
          signed
          onChange={(productivityPct) => set({ productivityPct })}
        />
        <PercentControl
          id="absenteeism"
          label={
            settings.absenteeismPct === null
              ? t('web.plan.whatIf.absenteeismSiteRule')
              : t('web.plan.whatIf.absenteeism')
          }
          value={settings.absenteeismPct ?? Math.round((siteAbsenteeismPct ?? 0) * 10) / 10}
          limits={SCENARIO_LIMITS.absenteeismPct}
          signed={false}
          onChange={(absenteeismPct) => set({ absenteeismPct })}
        />
        <button
          type="button"
          className="whatif-reset"
          disabled={!whatIfTouched}
          onClick={() => set({ volumePct: 0, productivityPct: 0, absenteeismPct: null })}
          data-testid="plan-whatif-reset"
        >
          {t('web.plan.whatIf.reset')}
        </button>
      </fieldset>
    </section>
  );
}
