import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from './client.ts';
import type { SessionInfo, SessionUser } from './types.ts';

interface SessionState {
  user: SessionUser | null;
  loaded: boolean;
  refresh(): Promise<void>;
  setUser(u: SessionUser | null): void;
}

const SessionContext = createContext<SessionState | null>(null);

/** Who is signed in, loaded once from GET /auth/session and refreshed after sign-in/out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [loaded, setLoaded] = useState(false);
  const refresh = useCallback(async () => {
    try {
      const s = await api.get<SessionInfo>('/auth/session');
      setUser(s.user);
    } catch {
      setUser(null);
    } finally {
      setLoaded(true);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <SessionContext.Provider value={{ user, loaded, refresh, setUser }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

export const isOperator = (u: SessionUser | null) => !!u && (u.isAdmin || u.operatorCountries.length > 0);
