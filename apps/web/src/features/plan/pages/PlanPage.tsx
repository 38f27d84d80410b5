// Activity plan (planning d'activité): settings and what-if recomputed live, heat map, staffing, levers, temp order,
// saved versions side by side and their XLSX/PDF exports.
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastVersionSummary, Page, PlanComputeRequest, SiteOverview } from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';
import { useLang } from '../../../app/i18n.ts';
import { HeatMap } from '../components/HeatMap.tsx';
import { LeversPanel } from '../components/LeversPanel.tsx';
import { PlanControls, type PlanSettings } from '../components/PlanControls.tsx';
import { PlanTotalsCards } from '../components/PlanTotalsCards.tsx';
import { StaffingTable } from '../components/StaffingTable.tsx';
import { TempOrder } from '../components/TempOrder.tsx';
import { VersionsPanel } from '../components/VersionsPanel.tsx';
import { usePlanCompute } from '../hooks/usePlanCompute.ts';
import { dayLabel, nextMonday } from '../planFormat.ts';
import '../plan.css';

const TABS = ['heatmap', 'staffing', 'levers', 'tempOrder', 'versions'] as const;
type Tab = (typeof TABS)[number];

export function toRequest(settings: PlanSettings): PlanComputeRequest {
  return {
    from: settings.from,
    weeks: settings.weeks,
    ...(settings.forecastVersionId ? { forecastVersionId: settings.forecastVersionId } : {}),
    scenario: {
      volumePct: settings.volumePct,
      productivityPct: settings.productivityPct,
      ...(settings.absenteeismPct === null ? {} : { absenteeismPct: settings.absenteeismPct }),
    },
  };
}

export function PlanPage({ debounceMs = 400, today }: { debounceMs?: number; today?: Date }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [settings, setSettings] = useState<PlanSettings>(() => ({
    from: nextMonday(today ?? new Date()),
    weeks: 4,
    forecastVersionId: '',
    volumePct: 0,
    productivityPct: 0,
    absenteeismPct: null,
  }));
  const [tab, setTab] = useState<Tab>('heatmap');
  const request = useMemo(() => toRequest(settings), [settings]);
  const { result, error, pending } = usePlanCompute(request, debounceMs);
  // The forecast list is optional: without it the server plans on its latest forecasts.
  const forecasts = useApi<Page<ForecastVersionSummary>>('/api/forecasts');
  const overview = useApi<SiteOverview>('/api/site/overview');

  const state = pending ? 'loading' : error ? 'error' : 'ready';
  const panels: Record<Tab, () => ReactNode> = {
    heatmap: () => result && <HeatMap plan={result} />,
    staffing: () => result && <StaffingTable plan={result} />,
    levers: () => result && <LeversPanel plan={result} />,
    tempOrder: () => result && <TempOrder plan={result} siteName={overview.data?.site.name ?? null} />,
    versions: () => <VersionsPanel request={request} canSave={!pending && !error && result !== null} />,
  };

  return (
    <div className="page activity-plan">
      <div className="plan-title no-print">
        <h1>{t('web.plan.title')}</h1>
        {result && (
          <span className="muted">
            {t('web.plan.period', { from: dayLabel(lang, result.from), to: dayLabel(lang, result.to) })}
          </span>
        )}
        <div
          className="plan-status"
          data-testid="plan-status"
          data-state={state}
          aria-live="polite"
          aria-busy={pending}
        >
          {pending && (
            <>
              <span className="progress" role="progressbar" aria-label={t('web.plan.computing')} />
              <span className="muted">{t('web.plan.computing')}</span>
            </>
          )}
          {!pending && error && <span className="alert error">{error.message}</span>}
        </div>
      </div>
      <div className="no-print">
        <PlanControls
          settings={settings}
          forecasts={forecasts.data?.items ?? []}
          siteAbsenteeismPct={result?.scenario.absenteeismPct ?? null}
          onChange={setSettings}
        />
      </div>
      {result && (
        <div className={pending ? 'plan-result stale' : 'plan-result'}>
          <div className="no-print">
            <PlanTotalsCards plan={result} />
            {result.issues.length > 0 && (
              <details className="plan-issues" open={result.totals.hours === 0}>
                <summary>{t('web.plan.issues', { count: result.issues.length })}</summary>
                <ul>
                  {result.issues.map((issue, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the server's sentences may repeat a code; order is identity.
                    <li key={i}>{issue.message}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
          <div className="tabs no-print" role="tablist" aria-label={t('web.plan.title')}>
            {TABS.map((id) => (
              <button
                key={id}
                type="button"
                role="tab"
                id={`plan-tab-${id}`}
                aria-selected={tab === id}
                aria-controls={`plan-panel-${id}`}
                className={tab === id ? 'active' : undefined}
                onClick={() => setTab(id)}
                data-testid={`plan-tab-${id}`}
              >
                {t(`web.plan.tab.${id}`)}
              </button>
            ))}
          </div>
          <section
            className="panel tab-panel"
            role="tabpanel"
            id={`plan-panel-${tab}`}
            aria-labelledby={`plan-tab-${tab}`}
          >
            {panels[tab]()}
          </section>
        </div>
      )}
    </div>
  );
}
