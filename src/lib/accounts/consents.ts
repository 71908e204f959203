// The consents a delegate gives, one per optional purpose of the privacy notice, and the
// version of the wording they agreed to (bump it whenever /privacy/ or the labels change).

/** The version of the consent texts on the form and the privacy notice. */
export const CONSENT_TEXT_VERSION = '2025-11-01';

/**
 * Registration processing (required: account, ticket, seats), then the optional purposes:
 * matchmaking visibility, contact sharing after an accepted meeting, accessibility needs
 * (sensitive data: explicit, separate consent), organiser news.
 */
export const CONSENT_KINDS = ['registration', 'matchmaking', 'contact-sharing', 'accessibility', 'news'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** The consents a delegate may give or withdraw at any time on /me/. */
export const OPTIONAL_CONSENTS = ['matchmaking', 'contact-sharing', 'accessibility', 'news'] as const;
export type OptionalConsent = (typeof OPTIONAL_CONSENTS)[number];
