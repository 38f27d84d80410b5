// People needed, available and missing per day × shift × qualification; rows with people missing in red.
import { formatNumber } from '@logipilot/i18n';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanResult } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { dayLabel, inOrder, planQualificationLabel, SHIFT_ORDER, shiftShortLabel } from '../planFormat.ts';

/** Rows drawn before "show all": a 52-week plan has thousands. */
const FIRST_ROWS = 250;

export function StaffingTable({ plan }: { plan: PlanResult }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const exists = (k: string) => i18n.exists(k);
  const [gapsOnly, setGapsOnly] = useState(false);
  const [all, setAll] = useState(false);

  const rows = useMemo(
    () =>
      plan.days.flatMap((day) => {
        const order = inOrder(
          day.shifts.map((s) => s.shift),
          SHIFT_ORDER,
        );
        return [...day.shifts]
          .sort((a, b) => order.indexOf(a.shift) - order.indexOf(b.shift))
          .filter((s) => !gapsOnly || s.gap > 0)
          .map((s) => ({ date: day.date, peak: day.peak, ...s }));
      }),
    [plan, gapsOnly],
  );
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);

  return (
    <div>
      <div className="toolbar">
        <label className="inline">
          <input
            type="checkbox"
            checked={gapsOnly}
            onChange={(e) => setGapsOnly(e.target.checked)}
            data-testid="plan-staffing-gaps-only"
          />
          {t('web.plan.staffing.gapsOnly')}
        </label>
        <span className="muted small">
          {t('web.plan.rows', { count: rows.length, value: formatNumber(lang, rows.length) })}
        </span>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{gapsOnly ? t('web.plan.staffing.noGap') : t('common.state.empty')}</p>
      ) : (
        <div className="table-wrap plan-scroll">
          <table className="grid" data-testid="plan-staffing">
            <thead>
              <tr>
                <th>{t('web.plan.column.day')}</th>
                <th>{t('web.plan.column.shift')}</th>
                <th>{t('web.plan.column.qualification')}</th>
                <th className="num">{t('web.plan.column.needed')}</th>
                <th className="num">{t('web.plan.column.available')}</th>
                <th className="num">{t('web.plan.column.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const q = planQualificationLabel(t, exists, r.qualification);
                return (
                  <tr
                    key={`${r.date}|${r.shift}|${r.qualification}`}
                    className={r.gap > 0 ? 'row-gap' : undefined}
                  >
                    <td className="nowrap">{dayLabel(lang, r.date)}</td>
                    <td className="nowrap">{shiftShortLabel(t, exists, r.shift)}</td>
                    <td title={q.detail ?? undefined}>{q.label}</td>
                    <td className="num">{formatNumber(lang, r.needed)}</td>
                    <td className="num">{formatNumber(lang, r.available)}</td>
                    <td
                      className={r.gap > 0 ? 'num gap-cell' : 'num muted'}
                      title={
                        r.gap > 0
                          ? t('plan.gap.shortage', { count: r.gap })
                          : r.gap < 0
                            ? t('plan.gap.surplus', { count: -r.gap })
                            : undefined
                      }
                    >
                      {formatNumber(lang, r.gap, { signDisplay: 'exceptZero' })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {shown.length < rows.length && (
        <button type="button" className="show-all" onClick={() => setAll(true)}>
          {t('web.plan.showAll', { count: rows.length, value: formatNumber(lang, rows.length) })}
        </button>
      )}
    </div>
  );
}
