// Account emails: "confirm your address", "you already have an account" (sent instead of a
// second registration) and "reset your password", bilingual with the reader's language first.
import { composeEmail, type ComposedEmail } from '../email/compose';
import { accountsText } from '../i18n/messages/accounts';
import { registrationText } from '../i18n/messages/registration';
import { LANGS, type Lang } from '../i18n/locales';

const both = <T>(make: (lang: Lang) => T): Record<Lang, T> =>
  Object.fromEntries(LANGS.map((l) => [l, make(l)])) as Record<Lang, T>;

type LinkFor = (lang: Lang) => string;

/** "Confirm your email address", with the single-use link. */
export function verificationEmail(input: { lang: Lang; fullName: string; url: (lang: Lang) => string }): ComposedEmail {
  return composeEmail(
    input.lang,
    both((l) => registrationText[l].emails.verify.subject),
    both((l) => {
      const t = registrationText[l].emails;
      return {
        greeting: t.verify.greeting(input.fullName),
        paragraphs: [t.verify.body],
        action: { label: t.verify.action, url: input.url(l) },
        closing: [t.verify.ignore, '', t.signature],
      };
    }),
  );
}

/** Tells the owner of an address that someone tried to register it again, with sign-in and reset links. */
export function accountExistsEmail(input: {
  lang: Lang;
  fullName: string;
  loginUrl: LinkFor;
  resetUrl: LinkFor;
}): ComposedEmail {
  return composeEmail(
    input.lang,
    both((l) => accountsText[l].emails.exists.subject),
    both((l) => {
      const t = accountsText[l].emails;
      return {
        greeting: t.greeting(input.fullName),
        paragraphs: [t.exists.body],
        action: { label: t.exists.login, url: input.loginUrl(l) },
        links: [{ label: t.exists.reset, url: input.resetUrl(l) }],
        closing: [t.exists.ignore, '', t.signature],
      };
    }),
  );
}

/** The single-use password reset link. */
export function passwordResetEmail(input: { lang: Lang; fullName: string; resetUrl: LinkFor }): ComposedEmail {
  return composeEmail(
    input.lang,
    both((l) => accountsText[l].emails.reset.subject),
    both((l) => {
      const t = accountsText[l].emails;
      return {
        greeting: t.greeting(input.fullName),
        paragraphs: [t.reset.body],
        action: { label: t.reset.action, url: input.resetUrl(l) },
        closing: [t.reset.ignore, '', t.signature],
      };
    }),
  );
}
