// The temp-worker order (commande d'intérimaires) per day × shift × qualification, printable on its own.
import { formatNumber } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { PlanResult } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { dayLabel, inOrder, planQualificationLabel, SHIFT_ORDER, shiftLabel } from '../planFormat.ts';

/** Prints only the order: the print style sheet hides the rest of the page while this attribute is set. */
function printOrder() {
  document.body.dataset.print = 'temp-order';
  const done = () => {
    delete document.body.dataset.print;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function TempOrder({ plan, siteName }: { plan: PlanResult; siteName: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const exists = (k: string) => i18n.exists(k);
  const shiftRank = inOrder(
    plan.tempOrder.map((l) => l.shift),
    SHIFT_ORDER,
  );
  const label = (key: string) => planQualificationLabel(t, exists, key).label;
  // The agency reads it day by day, shift by shift, qualifications in alphabetical order of their names.
  const lines = [...plan.tempOrder].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      shiftRank.indexOf(a.shift) - shiftRank.indexOf(b.shift) ||
      label(a.qualification).localeCompare(label(b.qualification), lang),
  );
  const headcount = lines.reduce((sum, l) => sum + l.headcount, 0);
  const hours = lines.reduce((sum, l) => sum + l.hours, 0);

  return (
    <div className="temp-order" data-testid="plan-temp-order">
      <div className="panel-head">
        <h2>
          {t('web.plan.tempOrder.title')}
          {siteName && <span className="muted"> · {siteName}</span>}
        </h2>
        <button type="button" className="no-print" onClick={printOrder} data-testid="plan-temp-order-print">
          {t('web.plan.tempOrder.print')}
        </button>
      </div>
      <p className="muted print-only-inline">
        {t('web.plan.period', { from: dayLabel(lang, plan.from), to: dayLabel(lang, plan.to) })}
      </p>
      {lines.length === 0 ? (
        <p className="empty">{t('web.plan.tempOrder.none')}</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th>{t('web.plan.column.day')}</th>
              <th>{t('web.plan.column.shift')}</th>
              <th>{t('web.plan.column.qualification')}</th>
              <th className="num">{t('web.plan.column.headcount')}</th>
              <th className="num">{t('web.plan.column.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => {
              const q = planQualificationLabel(t, exists, l.qualification);
              return (
                <tr key={`${l.date}|${l.shift}|${l.qualification}`}>
                  <td className="nowrap">{dayLabel(lang, l.date)}</td>
                  <td className="nowrap">{shiftLabel(t, exists, l.shift)}</td>
                  <td>
                    {q.label}
                    {q.detail && <span className="muted small"> – {q.detail}</span>}
                  </td>
                  <td className="num strong">{formatNumber(lang, l.headcount)}</td>
                  <td className="num">{formatNumber(lang, l.hours, { maximumFractionDigits: 1 })}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={3}>{t('web.plan.tempOrder.total')}</th>
              <td className="num strong" data-testid="plan-temp-order-headcount" data-value={headcount}>
                {formatNumber(lang, headcount)}
              </td>
              <td className="num strong">{formatNumber(lang, hours, { maximumFractionDigits: 1 })}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}
