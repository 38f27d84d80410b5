// Volumes of one forecast version as an editable sheet (flows as rows, days as columns, a few weeks at a time); the
// changes are saved as a new version, since a version never changes.
import { formatNumber } from '@logipilot/i18n';
import {
  type ClipboardEvent,
  type KeyboardEvent,
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client.ts';
import type { ForecastDetail, ForecastVersionSummary } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { dayLabel } from '../../plan/planFormat.ts';
import {
  addDays,
  buildGrid,
  cellKey,
  changesOf,
  daysFrom,
  dayTotals,
  draftState,
  mondayOf,
  pastedBlock,
  versionSpan,
} from '../volumeGrid.ts';

// ECharts is loaded only when a chart is shown, to keep the first page load light.
const SeriesChart = lazy(() => import('./SeriesChart.tsx').then((m) => ({ default: m.SeriesChart })));

const WEEK_CHOICES = [1, 2, 4] as const;

export interface VolumesGridProps {
  detail: ForecastDetail;
  onSaved: (version: ForecastVersionSummary) => void;
  /** Told whether unsaved changes exist, so that the page can ask before showing another version. */
  onDirtyChange?: (dirty: boolean) => void;
}

export function VolumesGrid({ detail, onSaved, onDirtyChange }: VolumesGridProps) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const span = useMemo(() => versionSpan(detail), [detail]);
  const [from, setFrom] = useState(() => mondayOf(span?.first ?? new Date().toISOString().slice(0, 10)));
  const [weeks, setWeeks] = useState<number>(2);
  const [clientId, setClientId] = useState('');
  const statistical = detail.series.length > 0;
  const [showIntervals, setShowIntervals] = useState(statistical);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [name, setName] = useState(() =>
    t('web.plan.forecast.volumes.defaultName', { name: detail.version.name }),
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [chartKey, setChartKey] = useState('');
  const sheet = useRef<HTMLTableElement>(null);

  const days = useMemo(() => daysFrom(from, weeks * 7), [from, weeks]);
  const rows = useMemo(() => buildGrid(detail, days, clientId), [detail, days, clientId]);
  const originals = useMemo(() => dayTotals(detail), [detail]);
  const clients = useMemo(
    () =>
      [...new Map(detail.volumes.map((v) => [v.clientId, v.clientCode])).entries()].sort((a, b) =>
        a[1].localeCompare(b[1]),
      ),
    [detail],
  );
  const { changes, invalid } = useMemo(() => changesOf(lang, drafts, originals), [lang, drafts, originals]);
  const dirty = drafts.size > 0 && (changes.length > 0 || invalid.length > 0);

  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const flowLabel = (flow: string) =>
    i18n.exists(`forecast.flow.${flow}`) ? t(`forecast.flow.${flow}`) : flow;
  const num = (n: number) => formatNumber(lang, n);

  function setDraft(key: string, text: string | null) {
    setDrafts((current) => {
      const next = new Map(current);
      if (text === null) next.delete(key);
      else next.set(key, text);
      return next;
    });
  }

  function focusCell(row: number, col: number) {
    const input = sheet.current?.querySelector<HTMLInputElement>(
      `input[data-row="${row}"][data-col="${col}"]`,
    );
    input?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>, row: number, col: number, key: string) {
    if (e.key === 'Enter' || e.key === 'ArrowDown') {
      e.preventDefault();
      focusCell(e.shiftKey && e.key === 'Enter' ? row - 1 : row + 1, col);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusCell(row - 1, col);
    } else if (e.key === 'Escape') {
      setDraft(key, null);
    }
  }

  /** A range copied from Excel fills the cells from this one rightwards and downwards, as Excel does. */
  function onPaste(e: ClipboardEvent<HTMLInputElement>, row: number, col: number) {
    const block = pastedBlock(e.clipboardData.getData('text/plain'));
    if (block.length === 1 && (block[0]?.length ?? 0) === 1) return;
    e.preventDefault();
    setDrafts((current) => {
      const next = new Map(current);
      block.forEach((values, i) => {
        const target = rows[row + i];
        values.forEach((text, j) => {
          const cell = target?.cells[col + j];
          if (target && cell && !cell.hourly)
            next.set(cellKey(target.clientId, target.flow, cell.day), text.trim());
        });
      });
      return next;
    });
  }

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const answer = await api.post<{ version: ForecastVersionSummary }>(
        `/api/forecasts/${encodeURIComponent(detail.version.id)}/edits`,
        { name: name.trim(), changes },
      );
      setDrafts(new Map());
      // The page shows the new version (a fresh sheet) and says it was saved.
      onSaved(answer.version);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));
    } finally {
      setSaving(false);
    }
  }

  const lastDay = days[days.length - 1] ?? from;
  const codeOf = (id: string) => clients.find(([c]) => c === id)?.[1] ?? id;
  const chartChoices = detail.series
    .filter((s) => s.points.length > 0)
    .map((s) => ({ key: `${s.clientId}|${s.flow}`, label: `${codeOf(s.clientId)} – ${flowLabel(s.flow)}` }));
  const chartSeries =
    detail.series.find((s) => s.points.length > 0 && `${s.clientId}|${s.flow}` === chartKey) ??
    detail.series.find((s) => s.points.length > 0);
  const chartEdits = useMemo(
    () =>
      new Map(
        changes
          .filter((c) => chartSeries && c.clientId === chartSeries.clientId && c.flow === chartSeries.flow)
          .map((c) => [c.day, c.quantity]),
      ),
    [changes, chartSeries],
  );

  return (
    <div className="volumes" data-testid="forecast-volumes">
      <p className="muted small">{t('web.plan.forecast.volumes.intro')}</p>
      <div className="volumes-controls">
        <label>
          {t('web.plan.forecast.volumes.client')}
          <select value={clientId} onChange={(e) => setClientId(e.target.value)} data-testid="volumes-client">
            <option value="">{t('web.plan.forecast.volumes.allClients')}</option>
            {clients.map(([id, code]) => (
              <option key={id} value={id}>
                {code}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('web.plan.forecast.volumes.from')}
          <input
            type="date"
            value={from}
            onChange={(e) => e.target.value && setFrom(mondayOf(e.target.value))}
            data-testid="volumes-from"
          />
        </label>
        <label>
          {t('web.plan.forecast.volumes.weeks')}
          <select
            value={weeks}
            onChange={(e) => setWeeks(Number(e.target.value))}
            data-testid="volumes-weeks"
          >
            {WEEK_CHOICES.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        </label>
        <div className="volumes-paging">
          <button
            type="button"
            onClick={() => setFrom(addDays(from, -7 * weeks))}
            aria-label={t('web.plan.forecast.volumes.previous')}
            title={t('web.plan.forecast.volumes.previous')}
            data-testid="volumes-previous"
          >
            ‹
          </button>
          <span className="nowrap">
            {dayLabel(lang, from)} – {dayLabel(lang, lastDay)}
          </span>
          <button
            type="button"
            onClick={() => setFrom(addDays(from, 7 * weeks))}
            aria-label={t('web.plan.forecast.volumes.next')}
            title={t('web.plan.forecast.volumes.next')}
            data-testid="volumes-next"
          >
            ›
          </button>
        </div>
        {statistical && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showIntervals}
              onChange={(e) => setShowIntervals(e.target.checked)}
              data-testid="volumes-intervals"
            />
            {t('web.plan.forecast.volumes.showIntervals')}
          </label>
        )}
      </div>

      {rows.length === 0 ? (
        <p className="empty">{t('web.plan.forecast.volumes.empty')}</p>
      ) : (
        <div className="table-wrap volumes-sheet">
          <table className="grid compact" ref={sheet} data-testid="volumes-grid">
            <thead>
              <tr>
                <th className="sticky-col">{t('web.plan.forecast.volumes.client')}</th>
                <th className="sticky-col second">{t('web.plan.forecast.volumes.flow')}</th>
                {days.map((day) => (
                  <th key={day} className={weekendClass(day, 'num day')}>
                    {dayLabel(lang, day)}
                  </th>
                ))}
                <th className="num">{t('web.plan.forecast.volumes.total')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => {
                let total = 0;
                return (
                  <tr key={`${row.clientId}|${row.flow}`}>
                    <td className="code sticky-col">{row.clientCode}</td>
                    <td className="sticky-col second nowrap">{flowLabel(row.flow)}</td>
                    {row.cells.map((cell, c) => {
                      const key = cellKey(row.clientId, row.flow, cell.day);
                      const draft = drafts.get(key);
                      const state = draft === undefined ? null : draftState(lang, draft, cell.value);
                      const shown = state?.kind === 'changed' ? state.quantity : cell.value;
                      total += shown ?? 0;
                      const iv = cell.interval;
                      const outside =
                        iv !== null && shown !== null && (shown < iv.lower - 1e-9 || shown > iv.upper + 1e-9);
                      const bounds = iv
                        ? { lower: num(iv.lower), upper: num(iv.upper), value: num(iv.value) }
                        : null;
                      const title =
                        state?.kind === 'invalid'
                          ? t('web.plan.forecast.volumes.invalid', { value: draft })
                          : cell.hourly
                            ? t('web.plan.forecast.volumes.hourly')
                            : outside && bounds
                              ? t('web.plan.forecast.volumes.outside', bounds)
                              : bounds
                                ? t('web.plan.forecast.volumes.interval', bounds)
                                : undefined;
                      const classes = [
                        'num',
                        'cell',
                        state?.kind === 'changed' ? 'changed' : '',
                        state?.kind === 'invalid' ? 'invalid' : '',
                        outside ? 'outside' : '',
                        cell.hourly ? 'hourly' : '',
                      ];
                      return (
                        <td
                          key={cell.day}
                          className={weekendClass(cell.day, classes.filter(Boolean).join(' '))}
                        >
                          <input
                            type="text"
                            inputMode="decimal"
                            value={draft ?? (cell.value === null ? '' : num(cell.value))}
                            readOnly={cell.hourly}
                            onChange={(e) => setDraft(key, e.target.value)}
                            onFocus={(e) => {
                              e.target.select();
                              setChartKey(`${row.clientId}|${row.flow}`);
                            }}
                            onKeyDown={(e) => onKeyDown(e, r, c, key)}
                            onPaste={(e) => onPaste(e, r, c)}
                            aria-label={t('web.plan.forecast.volumes.cell', {
                              client: row.clientCode,
                              flow: flowLabel(row.flow),
                              day: dayLabel(lang, cell.day),
                            })}
                            aria-invalid={state?.kind === 'invalid' || undefined}
                            title={title}
                            data-row={r}
                            data-col={c}
                            data-testid={`volume-${row.clientCode}-${row.flow}-${cell.day}`}
                          />
                          {showIntervals && bounds && (
                            <span className="interval" aria-hidden="true">
                              {bounds.lower}–{bounds.upper}
                            </span>
                          )}
                        </td>
                      );
                    })}
                    <td className="num strong">{num(Math.round(total * 100) / 100)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <div className="volumes-save">
        <span className="muted" data-testid="volumes-summary" aria-live="polite">
          {invalid.length > 0
            ? t('web.plan.forecast.volumes.toFix', { count: invalid.length })
            : changes.length > 0
              ? t('web.plan.forecast.volumes.changed', { count: changes.length })
              : t('web.plan.forecast.volumes.unchanged')}
        </span>
        <label>
          {t('web.plan.forecast.volumes.name')}
          <input
            type="text"
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            data-testid="volumes-name"
          />
        </label>
        <button
          type="button"
          className="primary"
          disabled={saving || changes.length === 0 || invalid.length > 0 || name.trim() === ''}
          onClick={() => void save()}
          data-testid="volumes-save"
        >
          {saving ? t('web.plan.forecast.volumes.saving') : t('web.plan.forecast.volumes.save')}
        </button>
        <button
          type="button"
          disabled={saving || drafts.size === 0}
          onClick={() => {
            setDrafts(new Map());
            setError(null);
          }}
          data-testid="volumes-discard"
        >
          {t('web.plan.forecast.volumes.discard')}
        </button>
      </div>
      {error && (
        <p className="alert error" role="alert">
          {error.message}
        </p>
      )}
      {chartSeries && (
        <section className="volumes-chart">
          <h3>{t('web.plan.forecast.volumes.chart')}</h3>
          <Suspense fallback={null}>
            <SeriesChart
              series={chartSeries}
              choices={chartChoices}
              picked={`${chartSeries.clientId}|${chartSeries.flow}`}
              onPick={setChartKey}
              edited={chartEdits}
            />
          </Suspense>
        </section>
      )}
    </div>
  );
}

function weekendClass(day: string, classes: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? `${classes} weekend` : classes;
}
