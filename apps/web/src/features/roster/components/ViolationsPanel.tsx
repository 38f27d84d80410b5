// The roster's violations as the server words them, blocking ones first, each able to point at its cells.
import { formatNumber } from '@logipilot/i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterViolation } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';

const SHOWN = 40;

/** Blocking first; within each group the costliest first, then by first day. */
export function orderViolations(violations: readonly RosterViolation[]): RosterViolation[] {
  return [...violations].sort(
    (a, b) =>
      Number(b.hard) - Number(a.hard) ||
      b.penalty - a.penalty ||
      (a.days[0] ?? '').localeCompare(b.days[0] ?? ''),
  );
}

function Group({
  items,
  kind,
  focused,
  onFocus,
}: {
  items: RosterViolation[];
  kind: 'hard' | 'soft';
  focused: RosterViolation | null;
  onFocus: (v: RosterViolation | null) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <section className={`violations-group ${kind}`}>
      <h3>{t(kind === 'hard' ? 'web-roster.violations.hardGroup' : 'web-roster.violations.softGroup')}</h3>
      <ul data-testid={`roster-violations-${kind}`}>
        {shown.map((v, i) => {
          const pointable = v.employeeId !== null && v.days.length > 0;
          const active = focused === v;
          return (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: two violations may share code, person and days; order is identity.
              key={i}
              className={active ? 'active' : undefined}
              data-code={v.code}
              data-employee={v.employeeId ?? ''}
              data-days={v.days.join(',')}
            >
              {pointable ? (
                <button
                  type="button"
                  className="violation"
                  aria-pressed={active}
                  title={t('web-roster.violations.focus')}
                  onClick={() => onFocus(active ? null : v)}
                >
                  {v.message}
                </button>
              ) : (
                <span className="violation">{v.message}</span>
              )}
              {!v.hard && (
                <span className="penalty">
                  {t('web-roster.violations.penalty', { value: formatNumber(lang, v.penalty) })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {!all && items.length > SHOWN && (
        <button type="button" className="show-all" onClick={() => setAll(true)}>
          {t('web-roster.violations.showMore', { count: items.length - SHOWN })}
        </button>
      )}
    </section>
  );
}

export function ViolationsPanel({
  violations,
  focused,
  onFocus,
}: {
  violations: readonly RosterViolation[];
  focused: RosterViolation | null;
  onFocus: (v: RosterViolation | null) => void;
}) {
  const { t } = useTranslation();
  const ordered = orderViolations(violations);
  const hard = ordered.filter((v) => v.hard);
  const soft = ordered.filter((v) => !v.hard);
  return (
    <aside className="panel roster-violations" aria-live="polite" data-testid="roster-violations">
      <div className="panel-head">
        <h2>{t('web-roster.violations.title')}</h2>
        <span className="counts">
          {hard.length > 0 && (
            <span className="badge hard" data-testid="roster-violations-hard-count">
              {t('web-roster.violations.hard', { count: hard.length })}
            </span>
          )}
          {soft.length > 0 && (
            <span className="badge soft">{t('web-roster.violations.soft', { count: soft.length })}</span>
          )}
        </span>
      </div>
      {violations.length === 0 ? (
        <p className="muted">{t('web-roster.violations.none')}</p>
      ) : (
        <div className="violations-scroll">
          <Group items={hard} kind="hard" focused={focused} onFocus={onFocus} />
          <Group items={soft} kind="soft" focused={focused} onFocus={onFocus} />
        </div>
      )}
    </aside>
  );
}
