// The fixed vocabularies of the content model: formats, languages, categories, maturity.
// Labels for each value live in src/lib/i18n/messages.

/** What kind of session it is. */
export const FORMATS = ['keynote', 'panel', 'talk', 'workshop', 'b2b', 'showcase-tour', 'break'] as const;
export type Format = (typeof FORMATS)[number];

/** The language a session is held in; "vi-en" means simultaneous interpretation. */
export const SESSION_LANGUAGES = ['vi', 'en', 'vi-en'] as const;
export type SessionLanguage = (typeof SESSION_LANGUAGES)[number];

/** Showcase product categories. */
export const CATEGORIES = [
  'e-government',
  'smart-mobility',
  'energy-environment',
  'urban-data',
  'ai-public-services',
  'fintech',
  'health',
  'education',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** How far a showcase product has come. */
export const MATURITIES = ['concept', 'pilot', 'deployed'] as const;
export type Maturity = (typeof MATURITIES)[number];

/** The two kinds of top-level matchmaking tag: a field of the city, or what changes hands. */
export const NEED_FACETS = ['area', 'kind'] as const;
export type NeedFacet = (typeof NEED_FACETS)[number];
