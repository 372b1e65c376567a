import {
  type CompleteTokenBody,
  type LoginBody,
  type ResetRequestBody,
  resetRequestResponseSchema,
  sessionStateSchema,
  tokenInfoSchema,
} from '@nestje/contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export function useLogin() {
  return useMutation({
    mutationFn: (body: LoginBody) => api.post('/auth/login', body, sessionStateSchema),
  });
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: ResetRequestBody) =>
      api.post('/auth/password-reset', body, resetRequestResponseSchema),
  });
}

/** The two kinds of e-mailed links that let someone choose a password. */
export type TokenKind = 'activation' | 'reset';

const TOKEN_ROUTES: Record<TokenKind, string> = {
  activation: '/auth/activation',
  reset: '/auth/password-reset',
};

/**
 * What a link is for (whose account, until when). Asked once: after the password is chosen the token is
 * used up, and asking again would turn the page into "already used".
 */
export function useTokenInfo(kind: TokenKind, token: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['auth', kind, 'inspect', token],
    queryFn: () => api.post(`${TOKEN_ROUTES[kind]}/inspect`, { token }, tokenInfoSchema),
    enabled: token !== null && enabled,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

/** Sets the password with a link's token; the answer signs the person in. */
export function useCompleteToken(kind: TokenKind) {
  return useMutation({
    mutationFn: (body: CompleteTokenBody) =>
      api.post(`${TOKEN_ROUTES[kind]}/complete`, body, sessionStateSchema),
  });
}

/** The token of an e-mailed link, from the URL fragment (`#token=…`), which browsers never send to a server. */
export function readToken(hash: string, search = ''): string | null {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  const token = fromHash ?? new URLSearchParams(search).get('token');
  return token?.trim() ? token.trim() : null;
}
