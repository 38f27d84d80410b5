// Staff roster (planning des équipes): compute a roster under French labour law with live progress, read it as a
// grid with its cover and violations, edit a draft cell by cell, record the people's shift requests, publish it, open
// other versions, export it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import type {
  Page,
  PlanVersionSummary,
  RosterCellEdit,
  RosterJob,
  RosterPerson,
  RosterSolveBody,
  RosterSummary,
  RosterViolation,
} from '../../../api/types.ts';
import { useApi } from '../../../api/useApi.ts';
import { nextMonday } from '../../plan/planFormat.ts';
import { CellEditor, type RequestChoice } from '../components/CellEditor.tsx';
import { cellKey, markCells, RosterGrid, ShiftLegend } from '../components/RosterGrid.tsx';
import { RosterHeader } from '../components/RosterHeader.tsx';
import { newestFirst, RosterVersions } from '../components/RosterVersions.tsx';
import { SolveControls, type SolveSettings } from '../components/SolveControls.tsx';
import { SolveProgress } from '../components/SolveProgress.tsx';
import { ViolationsPanel } from '../components/ViolationsPanel.tsx';
import { WhyPanel, type WhyTarget } from '../components/WhyPanel.tsx';
import { createDraft, useRoster } from '../hooks/useRoster.ts';
import { useRosterRequests } from '../hooks/useRosterRequests.ts';
import { useRosterSolve } from '../hooks/useRosterSolve.ts';
import { shiftColours } from '../rosterFormat.ts';
import { requestLines, requestsByCell } from '../rosterRequests.ts';
import '../../plan/plan.css';
import '../roster.css';

export function toSolveBody(settings: SolveSettings, replanFrom: string | null): RosterSolveBody {
  return {
    from: settings.from,
    weeks: settings.weeks,
    seed: settings.seed,
    timeLimitSeconds: settings.timeLimitSeconds,
    ...(settings.planId ? { planId: settings.planId } : {}),
    ...(settings.replan && replanFrom ? { basedOn: replanFrom } : {}),
  };
}

interface EditorState {
  person: RosterPerson;
  day: string;
  anchor: { left: number; top: number; bottom: number };
}

export function RosterPage({ today, pollMs = 300 }: { today?: Date; pollMs?: number }) {
  const { t, i18n } = useTranslation();
  const [settings, setSettings] = useState<SolveSettings>(() => ({
    from: nextMonday(today ?? new Date()),
    weeks: 2,
    planId: '',
    seed: 1,
    timeLimitSeconds: 30,
    replan: false,
  }));
  const [openId, setOpenId] = useState<string | null>(null);
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [focused, setFocused] = useState<RosterViolation | null>(null);
  const [why, setWhy] = useState<WhyTarget | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [drafting, setDrafting] = useState(false);
  // The route answers a page ({ items, total }); the first contract said a bare array: both are read.
  const list = useApi<Page<RosterSummary> | RosterSummary[]>('/api/rosters');
  const plans = useApi<Page<PlanVersionSummary>>('/api/plans');
  const { roster, error: rosterError, loading, saving, edit, publish, reload } = useRoster(openId);
  const period = useMemo(() => (roster ? { from: roster.from, to: roster.to } : null), [roster]);
  const requests = useRosterRequests(period);
  const requestCells = useMemo(() => requestsByCell(requests.requests), [requests.requests]);
  const { reload: reloadList } = list;

  const onEnded = useCallback(
    (job: RosterJob) => {
      if (job.rosterId) setOpenId(job.rosterId);
      reloadList();
    },
    [reloadList],
  );
  const solve = useRosterSolve(onEnded, pollMs);

  // The newest version opens by itself on arrival, once; afterwards the reader chooses.
  const autoOpened = useRef(false);
  const versions = useMemo(
    () => (Array.isArray(list.data) ? list.data : (list.data?.items ?? [])),
    [list.data],
  );
  useEffect(() => {
    if (autoOpened.current || !list.data) return;
    autoOpened.current = true;
    const newest = newestFirst(versions)[0];
    if (newest) setOpenId((id) => id ?? newest.id);
  }, [list.data, versions]);

  // A new roster (open, edited, reloaded) ends the editing and pointing of the old one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `roster` is the trigger, read by no line.
  useEffect(() => {
    setEditor(null);
    setFocused(null);
    setWhy(null);
  }, [roster]);

  const nameOf = (id: string | null) => (id ? (versions.find((v) => v.id === id)?.name ?? null) : null);
  const replanFrom = roster?.status === 'published' ? roster : null;
  const marks = useMemo(() => markCells(roster?.violations ?? []), [roster]);
  const focusedCells = useMemo(
    () =>
      new Set(focused?.employeeId ? focused.days.map((day) => cellKey(focused.employeeId ?? '', day)) : []),
    [focused],
  );
  const colours = useMemo(() => shiftColours(roster?.shifts ?? []), [roster]);

  const makeDraft = async (id: string) => {
    setDrafting(true);
    setActionError(null);
    const answer = await createDraft(id);
    setDrafting(false);
    if (answer instanceof ApiError) setActionError(answer);
    else {
      setOpenId(answer.id);
      reloadList();
    }
  };
  const onPublish = async (reason?: string) => {
    const answer = await publish(reason);
    if (answer instanceof ApiError) return answer;
    reloadList();
    return null;
  };
  const onPick = async (change: RosterCellEdit) => {
    const answer = await edit([change]);
    if (answer instanceof ApiError) setActionError(answer);
    else {
      setEditor(null);
      setActionError(null);
      reloadList();
    }
  };
  // Every write then reads the roster again: its violations say which requests it leaves unmet.
  const onAddRequest = async (choice: RequestChoice) => {
    if (!editor || !roster) return;
    const { person, day } = editor;
    const bodies = choice.off
      ? roster.shifts.map((s) => ({ employeeId: person.id, day, shift: s.key, on: false }))
      : [{ employeeId: person.id, day, shift: choice.shift, on: true }];
    const refused = await requests.add(bodies);
    setActionError(refused);
    reload();
  };
  const onRemoveRequest = async (ids: string[]) => {
    const refused = await requests.remove(ids);
    setActionError(refused);
    reload();
  };
  const open = (id: string) => {
    setActionError(null);
    setOpenId(id);
  };
  const closeEditor = useCallback(() => setEditor(null), []);
  const ended = solve.job && solve.job.state !== 'running' ? solve.job : null;
  const current = editor
    ? (roster?.assignments.find((a) => a.employeeId === editor.person.id && a.day === editor.day) ?? null)
    : null;

  return (
    <div className="page roster-page">
      <div className="plan-title">
        <h1>{t('web-roster.title')}</h1>
        {loading && <span className="muted">{t('common.state.loading')}</span>}
      </div>
      <SolveControls
        settings={settings}
        plans={plans.data?.items ?? []}
        replanFrom={replanFrom?.name ?? null}
        disabled={solve.running}
        onChange={setSettings}
        onSolve={() => void solve.start(toSolveBody(settings, replanFrom?.id ?? null))}
      />
      {solve.job?.state === 'running' && (
        <SolveProgress job={solve.job} cancelling={solve.cancelling} onCancel={() => void solve.cancel()} />
      )}
      {solve.error && <p className="alert error">{solve.error.message}</p>}
      {ended?.state === 'failed' && (
        <p className="alert error" data-testid="roster-job-failed">
          {ended.error?.message}
        </p>
      )}
      {ended?.state === 'cancelled' && (
        <p className="alert info" data-testid="roster-job-cancelled">
          {ended.rosterId ? t('web-roster.job.cancelled') : t('web-roster.job.cancelledEmpty')}
        </p>
      )}
      <details className="panel roster-versions" open={openId === null}>
        <summary data-testid="roster-versions-toggle">
          {t('web-roster.versions.title')} <span className="muted">({versions.length})</span>
        </summary>
        {list.error ? (
          <p className="alert error">{list.error.message}</p>
        ) : (
          <RosterVersions
            items={versions}
            currentId={openId}
            busy={drafting || saving}
            onOpen={open}
            onEdit={(id) => void makeDraft(id)}
          />
        )}
      </details>
      {actionError && (
        <p className="alert error" data-testid="roster-action-error">
          {actionError.message}
        </p>
      )}
      {rosterError && <p className="alert error">{rosterError.message}</p>}
      {!roster && !loading && !solve.running && <p className="empty muted">{t('web-roster.empty')}</p>}
      {roster && (
        <>
          <RosterHeader
            key={roster.id}
            roster={roster}
            basedOnName={nameOf(roster.basedOn)}
            busy={drafting || saving}
            onPublish={onPublish}
            onEdit={() => void makeDraft(roster.id)}
          />
          <div className="roster-legend-line">
            <ShiftLegend roster={roster} />
            <span className="muted small">
              {roster.status === 'draft' ? t('web-roster.grid.editHint') : t('web-roster.grid.readOnlyHint')}
            </span>
          </div>
          <div className={saving ? 'roster-body stale' : 'roster-body'}>
            <RosterGrid
              roster={roster}
              editable={roster.status === 'draft'}
              marks={marks}
              focused={focusedCells}
              onCellClick={(person, day, rect) =>
                setEditor({ person, day, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } })
              }
              onCoverClick={(day, shift, qualification) => setWhy({ day, shift, qualification })}
              requests={requestCells}
            />
            <div className="roster-side">
              {why && <WhyPanel rosterId={roster.id} target={why} onClose={() => setWhy(null)} />}
              <ViolationsPanel violations={roster.violations} focused={focused} onFocus={setFocused} />
            </div>
          </div>
          {editor && roster.status === 'draft' && (
            <CellEditor
              person={editor.person}
              day={editor.day}
              current={current}
              shifts={roster.shifts}
              colours={colours}
              anchor={editor.anchor}
              saving={saving}
              onPick={(change) => void onPick(change)}
              onClose={closeEditor}
              requests={requestLines(
                t,
                (key) => i18n.exists(key),
                requestCells.get(cellKey(editor.person.id, editor.day)) ?? [],
                roster.shifts,
                current?.shift ?? null,
              )}
              requestError={
                requests.error ? t('web-roster.request.loadError', { message: requests.error.message }) : null
              }
              requestSaving={requests.saving || saving}
              onAddRequest={(choice) => void onAddRequest(choice)}
              onRemoveRequest={(ids) => void onRemoveRequest(ids)}
            />
          )}
        </>
      )}
    </div>
  );
}
