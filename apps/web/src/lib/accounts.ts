/**
 * Which of the signed-in accounts this tab acts as. The session cookie holds every account signed in in this
 * browser; the active one is chosen per request with the `X-Nestje-Account` header. Each tab keeps its own
 * choice (sessionStorage), and a new tab starts with the account used last (localStorage).
 */
const STORAGE_KEY = 'nestje.activeAccount';

function read(storage: () => Storage): string | null {
  try {
    return storage().getItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (private mode, blocked cookies); the server then uses the first account.
    return null;
  }
}

function write(storage: () => Storage, value: string | null): void {
  try {
    if (value === null) storage().removeItem(STORAGE_KEY);
    else storage().setItem(STORAGE_KEY, value);
  } catch {
    // See read(): without storage the choice simply is not remembered.
  }
}

const session = () => window.sessionStorage;
const local = () => window.localStorage;

/** The account this tab acts as, or null to let the server pick the first signed-in account. */
export function getActiveAccountId(): string | null {
  return read(session) ?? read(local);
}

/** Makes an account active in this tab and remembers it as the last used one for new tabs. */
export function setActiveAccountId(accountId: string): void {
  write(session, accountId);
  write(local, accountId);
}

/** Forgets the active account, e.g. after signing out of all accounts. */
export function clearActiveAccountId(): void {
  const current = read(session);
  write(session, null);
  // Another tab may already use a different account as "last used"; only forget our own.
  if (current === null || read(local) === current) write(local, null);
}

// True between a deliberate sign-out and the next sign-in in this tab: the page being left must not ask the
// sign-in page to come back to it, as it would after a session that expired.
let signedOutOnPurpose = false;

export function setSignedOutOnPurpose(value: boolean): void {
  signedOutOnPurpose = value;
}

export function isSignedOutOnPurpose(): boolean {
  return signedOutOnPurpose;
}
