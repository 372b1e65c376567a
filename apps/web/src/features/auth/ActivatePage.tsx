import { TokenPasswordPage } from './TokenPasswordPage.tsx';

/** `/activeren#token=…`: the link in the welcome mail; the guardian chooses a first password. */
export function ActivatePage() {
  return <TokenPasswordPage kind="activation" />;
}
