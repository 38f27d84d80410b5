// Day × shift × activity heat map of hours or headcount; missing people in red per shift, peak days flagged.
import { formatNumber } from '@logipilot/i18n';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanHeatCell, PlanResult } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import {
  ACTIVITY_ORDER,
  activityLabel,
  activityShortLabel,
  dayLabel,
  heatStyle,
  inOrder,
  SHIFT_ORDER,
  shiftShortLabel,
} from '../planFormat.ts';
import { dayHours, shiftSums } from '../planSummary.ts';

type Metric = 'hours' | 'headcount';

export function HeatMap({ plan }: { plan: PlanResult }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const exists = (k: string) => i18n.exists(k);
  const [metric, setMetric] = useState<Metric>('hours');

  const { cells, activities, max } = useMemo(() => {
    const cells = new Map<string, PlanHeatCell>();
    let max = 0;
    for (const c of plan.heatmap) {
      cells.set(`${c.date}|${c.shift}|${c.activity}`, c);
      max = Math.max(max, c[metric]);
    }
    const activities = inOrder(
      [
        ...plan.heatmap.map((c) => c.activity),
        ...plan.days.flatMap((d) => d.activities.map((a) => a.activity)),
      ],
      ACTIVITY_ORDER,
    );
    return { cells, activities, max };
  }, [plan, metric]);

  const n = (v: number) => formatNumber(lang, v, { maximumFractionDigits: 1 });
  const columns = activities.length + 5;
  const statusLabel = (status: string) =>
    exists(`web.plan.dayStatus.${status}`) ? t(`web.plan.dayStatus.${status}`) : status;

  return (
    <div className="heatmap">
      <div className="panel-head">
        <span className="muted small">{t('web.plan.heatmap.metric')}</span>
        <div className="segmented">
          {(['hours', 'headcount'] as const).map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={metric === m}
              className={metric === m ? 'active' : undefined}
              onClick={() => setMetric(m)}
              data-testid={`plan-heatmap-${m}`}
            >
              {t(`web.plan.heatmap.${m}`)}
            </button>
          ))}
        </div>
        <span className="muted small">{t('web.plan.heatmap.legend')}</span>
      </div>
      <div className="table-wrap plan-scroll">
        <table className="grid heat" data-testid="plan-heatmap">
          <thead>
            <tr>
              <th>{t('web.plan.column.day')}</th>
              <th>{t('web.plan.column.shift')}</th>
              {activities.map((a) => (
                <th key={a} className="num" title={activityLabel(t, exists, a)}>
                  {activityShortLabel(t, exists, a)}
                </th>
              ))}
              <th className="num">{t('web.plan.column.totalHours')}</th>
              <th className="num">{t('web.plan.column.needed')}</th>
              <th className="num">{t('web.plan.column.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.days.map((day) => {
              const sums = shiftSums(day);
              const shifts = inOrder(
                [
                  ...plan.heatmap.filter((c) => c.date === day.date).map((c) => c.shift),
                  ...day.shifts.map((s) => s.shift),
                ],
                SHIFT_ORDER,
              );
              const dayCell = (rowSpan: number) => (
                <th scope="row" rowSpan={rowSpan} className={day.peak ? 'day peak' : 'day'}>
                  <div className="nowrap">{dayLabel(lang, day.date)}</div>
                  {day.peak && (
                    <span className="pill warning" data-testid={`plan-peak-${day.date}`}>
                      {t('web.plan.peak')}
                    </span>
                  )}
                  <div className="muted small">
                    {t('web.plan.unit.hours', {
                      value: formatNumber(lang, dayHours(day), { maximumFractionDigits: 0 }),
                    })}
                  </div>
                  {day.status !== 'working' && shifts.length > 0 && (
                    <div className="muted small">{statusLabel(day.status)}</div>
                  )}
                </th>
              );
              if (shifts.length === 0) {
                return (
                  <tr key={day.date} className="day-off">
                    {dayCell(1)}
                    <td colSpan={columns - 1} className="muted">
                      {statusLabel(day.status)}
                    </td>
                  </tr>
                );
              }
              return (
                <Fragment key={day.date}>
                  {shifts.map((shift, index) => {
                    const sum = sums.get(shift) ?? { needed: 0, available: 0, gap: 0 };
                    let shiftHours = 0;
                    return (
                      <tr key={shift} className={index === 0 ? 'first-shift' : undefined}>
                        {index === 0 && dayCell(shifts.length)}
                        <td className="shift nowrap">{shiftShortLabel(t, exists, shift)}</td>
                        {activities.map((activity) => {
                          const cell = cells.get(`${day.date}|${shift}|${activity}`);
                          shiftHours += cell?.hours ?? 0;
                          const value = cell?.[metric] ?? 0;
                          return (
                            <td
                              key={activity}
                              className="num heat-cell"
                              style={heatStyle(value, max)}
                              title={
                                cell
                                  ? t('web.plan.heatmap.cellTitle', {
                                      activity: activityLabel(t, exists, activity),
                                      hours: formatNumber(lang, cell.hours, { maximumFractionDigits: 1 }),
                                      headcount: formatNumber(lang, cell.headcount, {
                                        maximumFractionDigits: 1,
                                      }),
                                    })
                                  : undefined
                              }
                            >
                              {value > 0 ? n(value) : ''}
                            </td>
                          );
                        })}
                        <td className="num strong">
                          {formatNumber(lang, shiftHours, { maximumFractionDigits: 1 })}
                        </td>
                        <td className="num">{formatNumber(lang, sum.needed)}</td>
                        <td
                          className={sum.gap > 0 ? 'num gap-cell' : 'num muted'}
                          data-testid={`plan-gap-${day.date}-${shift}`}
                          title={sum.gap > 0 ? t('plan.gap.shortage', { count: sum.gap }) : undefined}
                        >
                          {sum.gap > 0 ? formatNumber(lang, sum.gap) : '–'}
                        </td>
                      </tr>
                    );
                  })}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
