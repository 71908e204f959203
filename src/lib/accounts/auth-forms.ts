// How the sign-in and password-reset forms word their field messages (their codes are in
// src/actions/auth.ts; the shared ones are worded by ~/lib/forms/field-errors).
import type { FieldVocabulary } from '~/lib/forms/field-errors';
import { accountsT } from '~/lib/i18n/messages/accounts';
import { registrationT } from '~/lib/i18n/messages/registration';
import type { Lang } from '~/lib/i18n/locales';

/** The longest password a sign-in form takes (longer is refused before any hashing). */
export const MAX_LOGIN_PASSWORD = 1024;

/** Field names and messages of the sign-in, forgot-password and reset forms. */
export function authVocabulary(lang: Lang): FieldVocabulary {
  const login = accountsT(lang).login;
  const names = registrationT(lang).fieldNames;
  return {
    names: { email: names.email, password: names.password, newPassword: names.newPassword },
    messages: { emailRequired: login.emailRequired, passwordRequired: login.passwordRequired },
    limits: { password: MAX_LOGIN_PASSWORD },
  };
}
