import { createContext, useContext, type ReactNode } from 'react';
import { useSession } from '../auth/session-context.js';
import type { CompositionView } from './client.js';
import { useResource, type Resource } from './resource.js';

/**
 * The committee's composition, loaded once for the signed-in shell (banner, dashboard,
 * members) and reloaded after every change.
 */
const CommitteeContext = createContext<Resource<CompositionView> | undefined>(undefined);

export function CommitteeProvider({ children }: { children: ReactNode }) {
  const { api } = useSession();
  const composition = useResource(() => api.composition(), api);
  return <CommitteeContext.Provider value={composition}>{children}</CommitteeContext.Provider>;
}

export function useComposition(): Resource<CompositionView> {
  const value = useContext(CommitteeContext);
  if (!value) throw new Error('useComposition outside CommitteeProvider');
  return value;
}
