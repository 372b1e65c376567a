import { TokenPasswordPage } from './TokenPasswordPage.tsx';

/** `/wachtwoord-herstellen#token=…`: the link from "Wachtwoord vergeten?". */
export function ResetPasswordPage() {
  return <TokenPasswordPage kind="reset" />;
}
