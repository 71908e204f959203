// The status notices pages show after a redirect (?status=logged-out): only known keys, never echoed text.
import { accountsT, type AccountStatus } from '../i18n/messages/accounts';
import type { Lang } from '../i18n/locales';

function isStatus(value: string, notices: Record<AccountStatus, string>): value is AccountStatus {
  return Object.hasOwn(notices, value);
}

/** The notice for a `status` query value, or undefined for a missing or unknown one. */
export function accountStatus(value: string | null, lang: Lang): string | undefined {
  const notices = accountsT(lang).status;
  return value !== null && isStatus(value, notices) ? notices[value] : undefined;
}
