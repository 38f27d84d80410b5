// The dashboard's period: a month (default), an ISO week or a custom range, with previous/next steps.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import {
  dayMonth,
  isoWeekValue,
  localToday,
  monthLabel,
  monthPeriod,
  type Period,
  type PeriodKind,
  recentPeriods,
  shiftPeriod,
  weekPeriod,
} from '../kpiFormat.ts';

const KINDS: PeriodKind[] = ['month', 'week', 'custom'];
/** Choices offered: two years of months, a year of weeks (older ones through the arrows or a custom range). */
const COUNT = { month: 25, week: 53 } as const;

/** Recent periods up to today, plus the one shown when it lies outside them. */
function choices(kind: 'month' | 'week', shown: Period): Period[] {
  const today = localToday();
  const list = recentPeriods(kind, [shown.to, today].sort()[1] ?? today, COUNT[kind]);
  if (!list.some((p) => p.from === shown.from)) list.push(shown);
  return list;
}

export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const setKind = (kind: PeriodKind) => {
    if (kind === period.kind) return;
    if (kind === 'month') onChange(monthPeriod(period.to));
    else if (kind === 'week') onChange(weekPeriod(period.to));
    else onChange({ ...period, kind: 'custom' });
  };
  return (
    <fieldset className="kpi-period">
      <legend>{t('web-kpi.period.label')}</legend>
      <div className="kpi-segmented">
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            aria-pressed={period.kind === kind}
            className={period.kind === kind ? 'active' : undefined}
            onClick={() => setKind(kind)}
          >
            {t(`web-kpi.period.${kind}`)}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="kpi-step"
        onClick={() => onChange(shiftPeriod(period, -1))}
        title={t('web-kpi.period.previous')}
        aria-label={t('web-kpi.period.previous')}
      >
        ‹
      </button>
      {period.kind === 'month' && (
        <select
          data-testid="kpi-month"
          aria-label={t('web-kpi.period.monthInput')}
          value={period.from.slice(0, 7)}
          onChange={(e) => onChange(monthPeriod(`${e.target.value}-01`))}
        >
          {choices('month', period).map((p) => (
            <option key={p.from} value={p.from.slice(0, 7)}>
              {monthLabel(lang, p.from.slice(0, 7))}
            </option>
          ))}
        </select>
      )}
      {period.kind === 'week' && (
        <select
          data-testid="kpi-week"
          aria-label={t('web-kpi.period.weekInput')}
          value={period.from}
          onChange={(e) => onChange(weekPeriod(e.target.value))}
        >
          {choices('week', period).map((p) => (
            <option key={p.from} value={p.from}>
              {t('web-kpi.period.weekNumber', {
                week: Number(isoWeekValue(p.from).slice(-2)),
                from: dayMonth(lang, p.from),
                to: dayMonth(lang, p.to),
              })}
            </option>
          ))}
        </select>
      )}
      {period.kind === 'custom' && (
        <>
          <label>
            {t('web-kpi.period.from')}
            <input
              type="date"
              data-testid="kpi-from"
              value={period.from}
              max={period.to}
              onChange={(e) => {
                if (e.target.value) onChange({ ...period, from: e.target.value });
              }}
            />
          </label>
          <label>
            {t('web-kpi.period.to')}
            <input
              type="date"
              data-testid="kpi-to"
              value={period.to}
              min={period.from}
              onChange={(e) => {
                if (e.target.value) onChange({ ...period, to: e.target.value });
              }}
            />
          </label>
        </>
      )}
      <button
        type="button"
        className="kpi-step"
        onClick={() => onChange(shiftPeriod(period, 1))}
        title={t('web-kpi.period.next')}
        aria-label={t('web-kpi.period.next')}
      >
        ›
      </button>
    </fieldset>
  );
}
