// One stored roster: loaded again when the language changes (its sentences come from the server), edited cell by
// cell, published, or copied into an editable draft.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../../api/client.ts';
import type { RosterCellEdit, RosterView } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';

const toApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));
const path = (id: string) => `/api/rosters/${encodeURIComponent(id)}`;

export function useRoster(id: string | null) {
  const lang = useLang();
  const [roster, setRoster] = useState<RosterView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [saving, setSaving] = useState(false);
  // Bumped to read the roster again after a change made elsewhere (a shift request).
  const [version, setVersion] = useState(0);
  // Each load or change takes a ticket; an older answer never overwrites a newer one.
  const latest = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `lang` asks again so that the violations come back in the new language (the client sends it), `version` after a change elsewhere.
  useEffect(() => {
    const ticket = ++latest.current;
    if (id === null) {
      setRoster(null);
      setError(null);
      return;
    }
    setLoading(true);
    api
      .get<RosterView>(path(id))
      .then((view) => {
        if (ticket !== latest.current) return;
        setRoster(view);
        setError(null);
      })
      .catch((e: unknown) => {
        if (ticket === latest.current) setError(toApiError(e));
      })
      .finally(() => {
        if (ticket === latest.current) setLoading(false);
      });
  }, [id, lang, version]);

  /** Runs one change whose answer is the roster as it now stands; returns the error instead of throwing. */
  const change = useCallback(async (run: () => Promise<RosterView>): Promise<ApiError | RosterView> => {
    const ticket = ++latest.current;
    setSaving(true);
    try {
      const view = await run();
      if (ticket === latest.current) {
        setRoster(view);
        setError(null);
      }
      return view;
    } catch (e) {
      return toApiError(e);
    } finally {
      if (ticket === latest.current) {
        setSaving(false);
        setLoading(false);
      }
    }
  }, []);

  const edit = useCallback(
    (edits: RosterCellEdit[]) =>
      id === null
        ? Promise.resolve(new ApiError(0, 'UNKNOWN', ''))
        : change(() => api.patch<RosterView>(`${path(id)}/cells`, { edits })),
    [id, change],
  );

  const publish = useCallback(
    (reason?: string) =>
      id === null
        ? Promise.resolve(new ApiError(0, 'UNKNOWN', ''))
        : change(() => api.post<RosterView>(`${path(id)}/publish`, reason ? { reason } : {})),
    [id, change],
  );

  const reload = useCallback(() => setVersion((v) => v + 1), []);

  return { roster, error, loading, saving, edit, publish, reload };
}

/** Makes an editable draft of a published roster; the caller opens it. */
export async function createDraft(id: string): Promise<RosterView | ApiError> {
  try {
    return await api.post<RosterView>(`${path(id)}/draft`);
  } catch (e) {
    return toApiError(e);
  }
}
