// The signed-in user: loaded from /api/auth/me, set by login, cleared by logout or by any 401 answer.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, onUnauthorized } from '../api/client.ts';
import type { User } from '../api/types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; error?: ApiError }
  | { status: 'authenticated'; user: User };

interface Session {
  state: SessionState;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({
  children,
  onUser,
}: {
  children: ReactNode;
  onUser?: (user: User) => void;
}) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    api
      .get<{ user: User }>('/api/auth/me')
      .then(({ user }) => {
        if (!live) return;
        onUser?.(user);
        setState({ status: 'authenticated', user });
      })
      .catch((e: unknown) => {
        // 401 is the normal "not signed in" answer; anything else is shown on the login page.
        if (live)
          setState(
            e instanceof ApiError && e.status !== 401
              ? { status: 'anonymous', error: e }
              : { status: 'anonymous' },
          );
      });
    const unsubscribe = onUnauthorized(() => setState({ status: 'anonymous' }));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [onUser]);

  const login = useCallback(
    async (username: string, password: string) => {
      const { user } = await api.post<{ user: User }>('/api/auth/login', { username, password });
      onUser?.(user);
      setState({ status: 'authenticated', user });
    },
    [onUser],
  );

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/api/auth/logout');
    } finally {
      setState({ status: 'anonymous' });
    }
  }, []);

  const value = useMemo(() => ({ state, login, logout }), [state, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
