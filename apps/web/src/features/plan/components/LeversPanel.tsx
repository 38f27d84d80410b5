// The levers the solver chose (overtime, temps, shift extension, backlog, uncovered), each line with its reason.
import { formatCurrencyCents, formatNumber } from '@logipilot/i18n';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeverKind, PlanResult } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { dayLabel, planQualificationLabel, shiftShortLabel } from '../planFormat.ts';

const KINDS: LeverKind[] = ['overtime', 'temp', 'shift_extension', 'backlog', 'uncovered'];
const FIRST_ROWS = 250;

export function LeversPanel({ plan }: { plan: PlanResult }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const exists = (k: string) => i18n.exists(k);
  const [kind, setKind] = useState<LeverKind | ''>('');
  const [all, setAll] = useState(false);
  const { levers } = plan;

  const byKind = useMemo(() => {
    const sums = new Map<LeverKind, { hours: number; costCents: number; lines: number }>();
    for (const line of levers.lines) {
      const sum = sums.get(line.kind) ?? { hours: 0, costCents: 0, lines: 0 };
      sum.hours += line.hours;
      sum.costCents += line.costCents;
      sum.lines += 1;
      sums.set(line.kind, sum);
    }
    return sums;
  }, [levers.lines]);
  const lines = kind ? levers.lines.filter((l) => l.kind === kind) : levers.lines;
  const shown = all ? lines : lines.slice(0, FIRST_ROWS);
  const statusClass =
    levers.status === 'optimal' ? 'pill' : levers.status === 'infeasible' ? 'pill danger' : 'pill warning';

  return (
    <div className="levers" data-testid="plan-levers">
      <div className="levers-head">
        <span className={statusClass} data-testid="plan-levers-status">
          {exists(`levers.status.${levers.status}`) ? t(`levers.status.${levers.status}`) : levers.status}
        </span>
        <span>
          {t('web.plan.levers.totalCost')}{' '}
          <strong data-testid="plan-levers-cost" data-value={levers.totalCostCents}>
            {formatCurrencyCents(lang, levers.totalCostCents)}
          </strong>
        </span>
        {plan.totals.shortageHeadcount !== undefined && (
          <span className="muted">
            {t('web.plan.levers.shortageBefore', { count: plan.totals.shortageHeadcount })}
          </span>
        )}
      </div>
      {levers.explanation.length > 0 && (
        <div className="explanation">
          <p>{levers.explanation[0]?.message}</p>
          {levers.explanation.length > 1 && (
            <details>
              <summary>
                {t('web.plan.levers.moreExplanations', { count: levers.explanation.length - 1 })}
              </summary>
              <ul>
                {levers.explanation.slice(1).map((e, i) => (
                  // The server's sentences come in order and may repeat a code: the position is their identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={i}>{e.message}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <table className="grid compact lever-kinds">
        <thead>
          <tr>
            <th>{t('web.plan.column.lever')}</th>
            <th className="num">{t('web.plan.column.lines')}</th>
            <th className="num">{t('web.plan.column.hours')}</th>
            <th className="num">{t('web.plan.column.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {KINDS.filter((k) => byKind.has(k)).map((k) => {
            const sum = byKind.get(k) ?? { hours: 0, costCents: 0, lines: 0 };
            return (
              <tr key={k} className={k === 'uncovered' ? 'row-gap' : undefined}>
                <td>{t(`levers.kind.${k}`)}</td>
                <td className="num">{formatNumber(lang, sum.lines)}</td>
                <td className="num">{formatNumber(lang, sum.hours, { maximumFractionDigits: 1 })}</td>
                <td className="num">{formatCurrencyCents(lang, sum.costCents)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="toolbar">
        <label className="inline">
          {t('web.plan.levers.filter')}
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as LeverKind | '')}
            data-testid="plan-levers-kind"
          >
            <option value="">{t('web.plan.levers.allKinds')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`levers.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {lines.length === 0 ? (
        <p className="empty">{t('web.plan.levers.none')}</p>
      ) : (
        <div className="table-wrap plan-scroll">
          <table className="grid" data-testid="plan-lever-lines">
            <thead>
              <tr>
                <th>{t('web.plan.column.lever')}</th>
                <th>{t('web.plan.column.day')}</th>
                <th>{t('web.plan.column.shift')}</th>
                <th>{t('web.plan.column.qualification')}</th>
                <th>{t('web.plan.column.employee')}</th>
                <th className="num">{t('web.plan.column.hours')}</th>
                <th className="num">{t('web.plan.column.cost')}</th>
                <th>{t('web.plan.column.explanation')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((line, i) => {
                const q = planQualificationLabel(t, exists, line.qualification);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a person may have two lines of one kind on one shift.
                  <tr key={i} className={line.kind === 'uncovered' ? 'row-gap' : undefined}>
                    <td className="nowrap">{t(`levers.kind.${line.kind}`)}</td>
                    <td className="nowrap">{dayLabel(lang, line.day)}</td>
                    <td className="nowrap">{shiftShortLabel(t, exists, line.shift)}</td>
                    <td title={q.detail ?? undefined}>{q.label}</td>
                    <td>{line.employeeName ?? ''}</td>
                    <td className="num">{formatNumber(lang, line.hours, { maximumFractionDigits: 1 })}</td>
                    <td className="num nowrap">{formatCurrencyCents(lang, line.costCents)}</td>
                    <td className="message">{line.message}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {shown.length < lines.length && (
        <button type="button" className="show-all" onClick={() => setAll(true)}>
          {t('web.plan.showAll', { count: lines.length, value: formatNumber(lang, lines.length) })}
        </button>
      )}
    </div>
  );
}
