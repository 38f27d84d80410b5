// Headline figures of the computed plan; each card carries its raw value in data-value for tests and scripts.
import { formatCurrencyCents, formatNumber } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { PlanResult } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { planFigures } from '../planSummary.ts';

function Card({
  id,
  label,
  value,
  shown,
  alert,
}: {
  id: string;
  label: string;
  value: number;
  shown: string;
  alert?: boolean;
}) {
  return (
    <div className={alert ? 'card plan-card alert-card' : 'card plan-card'}>
      <div className="card-value" data-testid={`plan-total-${id}`} data-value={value}>
        {shown}
      </div>
      <div className="card-label">{label}</div>
    </div>
  );
}

export function PlanTotalsCards({ plan }: { plan: PlanResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  const figures = planFigures(plan);
  const n = (v: number, digits = 0) => formatNumber(lang, v, { maximumFractionDigits: digits });
  return (
    <div className="cards plan-cards">
      <Card
        id="hours"
        label={t('web.plan.totals.hours')}
        value={figures.hours}
        shown={t('web.plan.unit.hours', { value: n(figures.hours) })}
      />
      <Card
        id="needed"
        label={t('web.plan.totals.needed')}
        value={figures.needed}
        shown={n(figures.needed)}
      />
      <Card
        id="peak-needed"
        label={t('web.plan.totals.peakNeeded')}
        value={figures.peakNeeded}
        shown={n(figures.peakNeeded)}
      />
      <Card
        id="gap"
        label={t('web.plan.totals.gap')}
        value={figures.gap}
        shown={n(figures.gap)}
        alert={figures.gap > 0}
      />
      <Card
        id="overtime"
        label={t('web.plan.totals.overtimeHours')}
        value={plan.totals.overtimeHours}
        shown={t('web.plan.unit.hours', { value: n(plan.totals.overtimeHours, 1) })}
      />
      <Card
        id="temp"
        label={t('web.plan.totals.tempHours')}
        value={plan.totals.tempHours}
        shown={t('web.plan.unit.hours', { value: n(plan.totals.tempHours, 1) })}
      />
      <Card
        id="cost"
        label={t('web.plan.totals.cost')}
        value={plan.totals.cost}
        shown={formatCurrencyCents(lang, plan.totals.cost)}
      />
      <Card
        id="peak-days"
        label={t('web.plan.totals.peakDays')}
        value={plan.totals.peakDays}
        shown={n(plan.totals.peakDays)}
      />
    </div>
  );
}
