// A roster computation: posts the request, polls its job until it ends (live progress and best score), cancels it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../../api/client.ts';
import type { RosterJob, RosterSolveBody } from '../../../api/types.ts';

export interface RosterSolveState {
  /** The job as last read; stays after it ends so that the page can say how it ended. */
  job: RosterJob | null;
  starting: boolean;
  cancelling: boolean;
  error: ApiError | null;
}

const toApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));

/**
 * `onEnded` receives the job once it is no longer running (its `rosterId` is the stored draft, if any). Polls every
 * `pollMs`, one request at a time: a slow answer delays the next poll rather than piling requests up.
 */
export function useRosterSolve(onEnded: (job: RosterJob) => void, pollMs = 300) {
  const [state, setState] = useState<RosterSolveState>({
    job: null,
    starting: false,
    cancelling: false,
    error: null,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);
  const ended = useRef(onEnded);
  ended.current = onEnded;

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const poll = useCallback(
    (jobId: string) => {
      api
        .get<RosterJob>(`/api/roster-jobs/${encodeURIComponent(jobId)}`)
        .then((job) => {
          if (!alive.current) return;
          setState((s) => ({ ...s, job, cancelling: job.state === 'running' && s.cancelling }));
          if (job.state === 'running') timer.current = setTimeout(() => poll(jobId), pollMs);
          else ended.current(job);
        })
        .catch((e: unknown) => {
          if (alive.current) setState((s) => ({ ...s, error: toApiError(e), cancelling: false }));
        });
    },
    [pollMs],
  );

  const start = useCallback(
    async (body: RosterSolveBody) => {
      if (timer.current) clearTimeout(timer.current);
      setState({ job: null, starting: true, cancelling: false, error: null });
      try {
        const { jobId } = await api.post<{ jobId: string }>('/api/rosters/solve', body);
        if (!alive.current) return;
        setState((s) => ({
          ...s,
          starting: false,
          job: {
            id: jobId,
            state: 'running',
            fraction: 0,
            elapsedMs: 0,
            timeLimitSeconds: body.timeLimitSeconds ?? 0,
            best: null,
            rosterId: null,
            error: null,
          },
        }));
        poll(jobId);
      } catch (e) {
        if (alive.current) setState({ job: null, starting: false, cancelling: false, error: toApiError(e) });
      }
    },
    [poll],
  );

  const cancel = useCallback(async () => {
    const job = state.job;
    if (job?.state !== 'running') return;
    setState((s) => ({ ...s, cancelling: true }));
    try {
      // The job keeps its best roster; the running poll sees it end.
      await api.delete(`/api/roster-jobs/${encodeURIComponent(job.id)}`);
    } catch (e) {
      if (alive.current) setState((s) => ({ ...s, cancelling: false, error: toApiError(e) }));
    }
  }, [state.job]);

  const running = state.starting || state.job?.state === 'running';
  return { ...state, running, start, cancel };
}
