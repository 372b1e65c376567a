import {
  type AccountSummary,
  type ChangePasswordBody,
  type Locale,
  logoutResponseSchema,
  type Me,
  meSchema,
} from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applyLocale } from '../../i18n/index.ts';
import {
  clearActiveAccountId,
  getActiveAccountId,
  setActiveAccountId,
  setSignedOutOnPurpose,
} from '../../lib/accounts.ts';
import { ApiError, api } from '../../lib/api.ts';
import { notify } from '../../lib/notify.ts';

/** Query key of the active account (`GET /me`); the guards, shells and theme read it. */
export const meQueryKey = ['me'] as const;

function isUnknownAccount(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403);
}

/**
 * Who this tab acts as. The remembered account may have signed out elsewhere: then ask without it (the
 * server answers for the first signed-in account) and remember that one instead.
 */
async function fetchMe(): Promise<Me> {
  const stored = getActiveAccountId();
  let me: Me;
  try {
    me = await api.get('/me', meSchema);
  } catch (error) {
    if (stored === null || !isUnknownAccount(error)) throw error;
    clearActiveAccountId();
    me = await api.get('/me', meSchema, { accountId: null });
  }
  if (stored === null || !me.accounts.some((account) => account.id === stored)) {
    const first = me.accounts[0]?.id ?? me.account.id;
    setActiveAccountId(first);
    if (first !== me.account.id) me = await api.get('/me', meSchema, { accountId: first });
  }
  return me;
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, retry: false, staleTime: 60_000 });
}

/** The path an account lands on after sign-in: parents on "Mijn kind", staff in the back office. */
export function homePath(kind: AccountSummary['kind']): string {
  return kind === 'staff' ? '/beheer' : '/mijn-kind';
}

const isNotMe = (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== meQueryKey[0];

/** Entering and leaving accounts: after sign-in, on switching, and on signing out. */
export function useSessionNavigation() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  /** Makes an account active in this tab and goes to its start page (or `to`). */
  const enter = useCallback(
    async (accountId: string, to = '/') => {
      setSignedOutOnPurpose(false);
      setActiveAccountId(accountId);
      await queryClient.invalidateQueries({ queryKey: meQueryKey, refetchType: 'all' });
      // Cached data belongs to the previous account; drop it before any page of the new one can show it.
      queryClient.removeQueries({ predicate: isNotMe });
      await navigate(to, { replace: true });
    },
    [queryClient, navigate],
  );

  /** No account is left in this browser: forget everything and go to sign-in. */
  const leave = useCallback(async () => {
    setSignedOutOnPurpose(true);
    clearActiveAccountId();
    queryClient.removeQueries({ predicate: isNotMe });
    await queryClient.resetQueries({ queryKey: meQueryKey });
    await navigate('/inloggen', { replace: true });
  }, [queryClient, navigate]);

  return { enter, leave };
}

/** Switches this tab to another signed-in account. */
export function useSwitchAccount() {
  const { t } = useTranslation();
  const { enter } = useSessionNavigation();
  return useCallback(
    async (account: AccountSummary) => {
      await enter(account.id);
      notify(t('account.switched', { name: account.displayName, organisation: account.organisationName }));
    },
    [enter, t],
  );
}

/** Signs out of the active account; with others left, continues with the next one. */
export function useLogout() {
  const { t } = useTranslation();
  const { enter, leave } = useSessionNavigation();
  return useMutation({
    mutationFn: () => api.post('/auth/logout', {}, logoutResponseSchema),
    onSuccess: async ({ accounts }) => {
      const next = accounts[0];
      if (next) await enter(next.id);
      else await leave();
      notify(t('account.loggedOut'));
    },
  });
}

/** Signs out of every account in this browser. */
export function useLogoutAll() {
  const { t } = useTranslation();
  const { leave } = useSessionNavigation();
  return useMutation({
    mutationFn: () => api.post('/auth/logout-all', {}, logoutResponseSchema),
    onSuccess: async () => {
      await leave();
      notify(t('account.loggedOut'));
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => api.post('/me/password', body, null),
  });
}

/** Stores the UI language on the account and switches to it. */
export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => api.put('/me/preferences', { locale }, null),
    onSuccess: async (_data, locale) => {
      await applyLocale(locale);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
