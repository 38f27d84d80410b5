// Two saved versions side by side: totals and, day by day, hours and people missing, with the differences marked.
import { formatCurrencyCents, formatNumber, type Lang } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { PlanResult, PlanTotals } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { usePlanVersion } from '../hooks/usePlanVersions.ts';
import { dayLabel } from '../planFormat.ts';
import { COMPARED_TOTALS, compareDays, delta, planFigures } from '../planSummary.ts';

/** Whether more is worse (people missing, money) or simply different (hours of work follow the volumes). */
type Sense = 'worse' | 'neutral';

function diffClass(d: number | null, sense: Sense): string {
  if (d === null || Math.abs(d) < 1e-9) return 'num';
  if (sense === 'neutral') return 'num diff changed';
  return d > 0 ? 'num diff worse' : 'num diff better';
}

function format(
  lang: Lang,
  key: keyof PlanTotals | 'gap' | 'needed',
  value: number | null,
  signed = false,
): string {
  if (value === null) return '–';
  if (key === 'cost') {
    const text = formatCurrencyCents(lang, Math.abs(value));
    return signed && value !== 0 ? `${value > 0 ? '+' : '−'}${text}` : text;
  }
  return formatNumber(lang, value, {
    maximumFractionDigits: key === 'hours' || key.endsWith('Hours') ? 1 : 0,
    ...(signed ? { signDisplay: 'exceptZero' } : {}),
  });
}

export function CompareTables({ left, right }: { left: PlanResult; right: PlanResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  const figuresA = planFigures(left);
  const figuresB = planFigures(right);
  const totals: { key: keyof PlanTotals | 'needed' | 'gap'; a: number; b: number; sense: Sense }[] = [
    ...COMPARED_TOTALS.map((key) => ({
      key,
      a: left.totals[key],
      b: right.totals[key],
      sense: (key === 'hours' ? 'neutral' : 'worse') as Sense,
    })),
    { key: 'needed', a: figuresA.needed, b: figuresB.needed, sense: 'neutral' },
    { key: 'gap', a: figuresA.gap, b: figuresB.gap, sense: 'worse' },
  ];
  const days = compareDays(left, right);

  return (
    <div className="compare" data-testid="plan-compare">
      <table className="grid compact compare-totals">
        <thead>
          <tr>
            <th />
            <th className="num">{t('web.plan.versions.compareLeft')}</th>
            <th className="num">{t('web.plan.versions.compareRight')}</th>
            <th className="num">{t('web.plan.compare.delta')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.map(({ key, a, b, sense }) => {
            const d = b - a;
            return (
              <tr key={key} data-testid={`plan-compare-total-${key}`} data-delta={d}>
                <th scope="row">{t(`web.plan.compare.total.${key}`)}</th>
                <td className="num">{format(lang, key, a)}</td>
                <td className="num">{format(lang, key, b)}</td>
                <td className={diffClass(d, sense)}>{format(lang, key, d, true)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="table-wrap plan-scroll">
        <table className="grid compact" data-testid="plan-compare-days">
          <thead>
            <tr>
              <th rowSpan={2}>{t('web.plan.column.day')}</th>
              <th colSpan={3} className="group">
                {t('web.plan.column.hours')}
              </th>
              <th colSpan={3} className="group">
                {t('web.plan.column.gap')}
              </th>
            </tr>
            <tr>
              <th className="num">{t('web.plan.versions.compareLeft')}</th>
              <th className="num">{t('web.plan.versions.compareRight')}</th>
              <th className="num">{t('web.plan.compare.delta')}</th>
              <th className="num">{t('web.plan.versions.compareLeft')}</th>
              <th className="num">{t('web.plan.versions.compareRight')}</th>
              <th className="num">{t('web.plan.compare.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => {
              const dh = delta(d.hoursA, d.hoursB);
              const dg = delta(d.gapA, d.gapB);
              const changed = (dh !== null && Math.abs(dh) >= 1e-9) || (dg !== null && dg !== 0);
              return (
                <tr
                  key={d.date}
                  className={changed ? 'changed-row' : undefined}
                  data-testid={`plan-compare-day-${d.date}`}
                >
                  <th scope="row" className="nowrap">
                    {dayLabel(lang, d.date)}
                    {(d.peakA || d.peakB) && <span className="pill warning">{t('web.plan.peak')}</span>}
                  </th>
                  <td className="num">{format(lang, 'hours', d.hoursA)}</td>
                  <td className="num">{format(lang, 'hours', d.hoursB)}</td>
                  <td className={diffClass(dh, 'neutral')}>{format(lang, 'hours', dh, true)}</td>
                  <td className={d.gapA ? 'num gap-cell' : 'num'}>{format(lang, 'gap', d.gapA)}</td>
                  <td className={d.gapB ? 'num gap-cell' : 'num'}>{format(lang, 'gap', d.gapB)}</td>
                  <td className={diffClass(dg, 'worse')}>{format(lang, 'gap', dg, true)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function VersionCompare({ leftId, rightId }: { leftId: string; rightId: string }) {
  const { t } = useTranslation();
  const left = usePlanVersion(leftId);
  const right = usePlanVersion(rightId);
  const error = left.error ?? right.error;
  if (error) return <p className="alert error">{error.message}</p>;
  if (!left.data || !right.data || left.loading || right.loading)
    return <p className="muted">{t('common.state.loading')}</p>;
  return (
    <section className="compare-section">
      <h2>{t('web.plan.compare.title', { left: left.data.name ?? '', right: right.data.name ?? '' })}</h2>
      <p className="muted small">
        {t('web.plan.compare.legend', { left: left.data.name ?? '', right: right.data.name ?? '' })}
      </p>
      <CompareTables left={left.data} right={right.data} />
    </section>
  );
}
