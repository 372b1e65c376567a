import { Center } from '@mantine/core';
import type { AccountKind } from '@nestje/contract';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorView, Loading } from '../components/QueryResult.tsx';
import { MeContext } from '../features/account/me-context.ts';
import { homePath, useMe } from '../features/account/queries.ts';
import { OfflineBanner } from '../features/notifications/OfflineBanner.tsx';
import { isSignedOutOnPurpose } from '../lib/accounts.ts';
import { ApiError } from '../lib/api.ts';

const isSignedOut = (error: unknown) => error instanceof ApiError && error.status === 401;

/**
 * Shows an area only to a signed-in account of the right kind: others go to sign-in (and come back after),
 * an account of the other kind goes to its own start page.
 */
export function RequireAccount({ kind, children }: { kind: AccountKind; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (isSignedOut(me.error)) {
    if (isSignedOutOnPurpose()) return <Navigate to="/inloggen" replace />;
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/inloggen" replace state={{ from }} />;
  }
  // A failed refetch keeps showing the data we have; only a first load waits or fails.
  if (me.data === undefined) {
    return <FirstLoad me={me} />;
  }
  if (me.data.account.kind !== kind) return <Navigate to={homePath(me.data.account.kind)} replace />;
  return <MeContext.Provider value={me.data}>{children}</MeContext.Provider>;
}

/** `/`: the start page of the active account, or sign-in. */
export function HomeRedirect() {
  const me = useMe();
  if (isSignedOut(me.error)) return <Navigate to="/inloggen" replace />;
  if (me.data) return <Navigate to={homePath(me.data.account.kind)} replace />;
  return <FirstLoad me={me} />;
}

/** The whole page while `me` loads for the first time, or its error with a retry. */
function FirstLoad({ me }: { me: ReturnType<typeof useMe> }) {
  // Offline, the cached app shell opens but cannot ask who is signed in: say why.
  if (!me.isError)
    return (
      <>
        <OfflineBanner />
        <Loading minHeight="100vh" />
      </>
    );
  return (
    <>
      <OfflineBanner />
      <Center mih="100vh" p="md">
        <ErrorView error={me.error} onRetry={() => void me.refetch()} />
      </Center>
    </>
  );
}
