// The registration confirmation email with the ticket code (the ticket image is attached by the caller);
// the "confirm your address" email is the accounts module's (~/lib/accounts/emails).
import { composeEmail, type ComposedEmail } from '../email/compose';
import { registrationText } from '../i18n/messages/registration';
import { LANGS, type Lang } from '../i18n/locales';

const both = <T>(make: (lang: Lang) => T): Record<Lang, T> =>
  Object.fromEntries(LANGS.map((l) => [l, make(l)])) as Record<Lang, T>;

/** "Registration confirmed", naming the ticket code; the ticket image goes with it as an attachment. */
export function confirmationEmail(input: {
  lang: Lang;
  fullName: string;
  ticketCode: string;
  ticketUrl: (lang: Lang) => string;
  agendaUrl: (lang: Lang) => string;
}): ComposedEmail {
  return composeEmail(
    input.lang,
    both((l) => registrationText[l].emails.confirmation.subject),
    both((l) => {
      const t = registrationText[l].emails;
      return {
        greeting: t.confirmation.greeting(input.fullName),
        paragraphs: [t.confirmation.body],
        details: [[t.confirmation.ticketCode, input.ticketCode]],
        action: { label: t.confirmation.ticketPage, url: input.ticketUrl(l) },
        links: [{ label: t.confirmation.agenda, url: input.agendaUrl(l) }],
        closing: [t.signature],
      };
    }),
  );
}
