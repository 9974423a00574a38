import { createContext, useContext } from 'react';
import type { Api, MeView } from '../api/client.js';

/** The signed-in person and their API client. */
export interface Session {
  api: Api;
  me: MeView;
  /** Present with the local sign-in; Teams sessions end with Teams. */
  signOut?: () => void;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}
