import type { Me } from '@nestje/contract';
import { createContext, useContext } from 'react';

/** The signed-in account of the area being shown; provided by the guard once `GET /me` has answered. */
export const MeContext = createContext<Me | null>(null);

export function useCurrentMe(): Me {
  const me = useContext(MeContext);
  if (me === null) throw new Error('useCurrentMe() used outside a signed-in area');
  return me;
}
