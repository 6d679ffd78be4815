// Holds the session token in sessionStorage, so it lasts for the tab and ends with it, and
// shares it with the screens through AuthContext.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { AuthContext, type Auth } from './auth-context';
import { decodeSessionUser, isExpired } from './session-user';

const TOKEN_KEY = 'nsf.session-token';

interface Session {
  readonly token: string;
  readonly user: NonNullable<ReturnType<typeof decodeSessionUser>>;
}

function readStoredSession(): Session | null {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return null;
  const user = decodeSessionUser(token);
  if (!user || isExpired(user, Date.now())) {
    sessionStorage.removeItem(TOKEN_KEY);
    return null;
  }
  return { token, user };
}

export function AuthProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readStoredSession);

  const signIn = useCallback((token: string) => {
    const user = decodeSessionUser(token);
    if (!user) return null;
    sessionStorage.setItem(TOKEN_KEY, token);
    setSession({ token, user });
    return user;
  }, []);

  const signOut = useCallback(() => {
    sessionStorage.removeItem(TOKEN_KEY);
    setSession(null);
  }, []);

  const auth = useMemo<Auth>(
    () => ({ token: session?.token ?? null, user: session?.user ?? null, signIn, signOut }),
    [session, signIn, signOut],
  );

  return <AuthContext value={auth}>{children}</AuthContext>;
}
