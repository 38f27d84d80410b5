// The shift requests (souhaits) of a roster's period: loaded with it, added (one request per shift asked) and
// removed; the caller reloads the roster afterwards so that its violations say which ones are unmet.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../../api/client.ts';

/** GET /api/roster-requests: a person asks to work (`on`) or not to work a shift on a day. */
export interface RosterRequest {
  id: string;
  employeeId: string;
  day: string;
  shift: string;
  on: boolean;
  weight: number;
  note: string | null;
  createdAt: string;
  createdBy: string;
}

export interface RosterRequestBody {
  employeeId: string;
  day: string;
  shift: string;
  on: boolean;
}

const toApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));

export function useRosterRequests(period: { from: string; to: string } | null) {
  const [requests, setRequests] = useState<RosterRequest[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [version, setVersion] = useState(0);
  const latest = useRef(0);
  const from = period?.from ?? null;
  const to = period?.to ?? null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks again after a change.
  useEffect(() => {
    const ticket = ++latest.current;
    if (from === null || to === null) {
      setRequests([]);
      return;
    }
    api
      .get<{ items: RosterRequest[] }>('/api/roster-requests', { from, to })
      .then((page) => {
        if (ticket !== latest.current) return;
        setRequests(page.items);
        setError(null);
      })
      .catch((e: unknown) => {
        if (ticket !== latest.current) return;
        setRequests([]);
        setError(toApiError(e));
      });
  }, [from, to, version]);

  /** Runs the writes in order; the first refusal stops them and comes back (null when all went through). */
  const write = useCallback(async (steps: (() => Promise<unknown>)[]): Promise<ApiError | null> => {
    setSaving(true);
    try {
      for (const step of steps) await step();
      return null;
    } catch (e) {
      return toApiError(e);
    } finally {
      setSaving(false);
      setVersion((v) => v + 1);
    }
  }, []);

  const add = useCallback(
    (bodies: RosterRequestBody[]) =>
      write(bodies.map((body) => () => api.post('/api/roster-requests', body))),
    [write],
  );
  const remove = useCallback(
    (ids: string[]) =>
      write(ids.map((id) => () => api.delete(`/api/roster-requests/${encodeURIComponent(id)}`))),
    [write],
  );

  return { requests, error, saving, add, remove };
}

/** A request is met when the roster gives the shift asked for, or does not give the shift asked off. */
export function requestMet(request: RosterRequest, assignedShift: string | null): boolean {
  return request.on ? assignedShift === request.shift : assignedShift !== request.shift;
}
