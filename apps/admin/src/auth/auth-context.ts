// The signed-in session as the screens see it: the bearer token for requests and the decoded user.
import { createContext, useContext } from 'react';
import type { SessionUser } from './session-user';

export interface Auth {
  readonly token: string | null;
  readonly user: SessionUser | null;
  /** Keeps the token for this browser tab; returns the user it names, or null if unreadable. */
  readonly signIn: (token: string) => SessionUser | null;
  readonly signOut: () => void;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}
