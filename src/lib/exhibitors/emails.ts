// The exhibitor portal's emails, bilingual with the reader's language first: invitations,
// application and revision decisions (with the reason), and new enquiries.
import { composeEmail, type ComposedEmail } from '~/lib/email/compose';
import { exhibitorsText } from '~/lib/i18n/messages/exhibitors';
import { LANGS, type Lang } from '~/lib/i18n/locales';

const both = <T>(make: (lang: Lang) => T): Record<Lang, T> =>
  Object.fromEntries(LANGS.map((l) => [l, make(l)])) as Record<Lang, T>;
type LinkFor = (lang: Lang) => string;
type Named = Record<Lang, string>;

/** The single-use invitation to manage an organisation. */
export function invitationEmail(input: {
  lang: Lang;
  organisation: Named;
  acceptUrl: LinkFor;
  days: number;
}): ComposedEmail {
  return composeEmail(
    input.lang,
    both((l) => exhibitorsText[l].emails.invitation.subject(input.organisation[l])),
    both((l) => {
      const t = exhibitorsText[l].emails;
      return {
        greeting: t.greetingNoName,
        paragraphs: [t.invitation.body(input.organisation[l]), t.invitation.expires(input.days)],
        action: { label: t.invitation.action, url: input.acceptUrl(l) },
        closing: [t.invitation.ignore, '', t.signature],
      };
    }),
  );
}

/** An organisation's application approved or rejected (with the organiser's reason). */
export function applicationDecisionEmail(input: {
  lang: Lang;
  organisation: Named;
  approved: boolean;
  reason?: string | undefined;
}): ComposedEmail {
  return composeEmail(
    input.lang,
    both((l) => {
      const a = exhibitorsText[l].emails.application;
      return input.approved ? a.approvedSubject(input.organisation[l]) : a.rejectedSubject(input.organisation[l]);
    }),
    both((l) => {
      const t = exhibitorsText[l].emails;
      const a = t.application;
      return {
        greeting: t.greetingNoName,
        paragraphs: [input.approved ? a.approvedBody(input.organisation[l]) : a.rejectedBody(input.organisation[l])],
        details: input.reason ? [[a.reason, input.reason]] : [],
        closing: [t.signature],
      };
    }),
  );
}

/** A product revision approved or rejected (with the reason), to the person who submitted it. */
export function revisionDecisionEmail(input: {
  lang: Lang;
  fullName: string;
  product: Named;
  approved: boolean;
  reason?: string | undefined;
  portalUrl: LinkFor;
}): ComposedEmail {
  return composeEmail(
    input.lang,
    both((l) => {
      const r = exhibitorsText[l].emails.revision;
      return input.approved ? r.approvedSubject(input.product[l]) : r.rejectedSubject(input.product[l]);
    }),
    both((l) => {
      const t = exhibitorsText[l].emails;
      const r = t.revision;
      return {
        greeting: t.greeting(input.fullName),
        paragraphs: [input.approved ? r.approvedBody(input.product[l]) : r.rejectedBody(input.product[l])],
        details: input.reason ? [[r.reason, input.reason]] : [],
        action: { label: r.portal, url: input.portalUrl(l) },
        closing: [t.signature],
      };
    }),
  );
}

/** A delegate's enquiry, to a member of the exhibitor; the email only when the delegate shared it. */
export function enquiryEmail(input: {
  lang: Lang;
  fullName: string;
  product: Named;
  from: { fullName: string; organisation: string; email: string | undefined };
  message: string;
  portalUrl: LinkFor;
}): ComposedEmail {
  return composeEmail(
    input.lang,
    both((l) => exhibitorsText[l].emails.enquiry.subject(input.product[l])),
    both((l) => {
      const t = exhibitorsText[l].emails;
      const e = t.enquiry;
      return {
        greeting: t.greeting(input.fullName),
        paragraphs: [
          e.body(input.from.fullName, input.from.organisation, input.product[l]),
          `${e.message}: ${input.message}`,
        ],
        details: input.from.email ? [[e.replyTo, input.from.email]] : [],
        action: { label: e.portal, url: input.portalUrl(l) },
        closing: [...(input.from.email ? [] : [e.noEmail, '']), t.signature],
      };
    }),
  );
}
