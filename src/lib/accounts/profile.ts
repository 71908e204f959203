// The delegate profile shared by registration and the /me/ profile form: categories, the zod
// fields (codes as messages, worded by ~/lib/forms/field-errors), the accessibility consent rule
// and the `users` columns a profile fills.
import { z } from 'zod';
import { isCountryCode } from '~/lib/forms/countries';
import { choiceField, LIMITS, textField } from '~/lib/forms/fields';
import type { FieldVocabulary } from '~/lib/forms/field-errors';
import { registrationT } from '~/lib/i18n/messages/registration';
import type { Lang } from '~/lib/i18n/locales';

/** Delegate categories, as stored; labels live in the registration messages. */
export const DELEGATE_CATEGORIES = [
  'government',
  'business',
  'startup',
  'academia',
  'international-organisation',
  'press',
] as const;
export type DelegateCategory = (typeof DELEGATE_CATEGORIES)[number];

/**
 * The profile fields; `topicIds` are the content tags that may be chosen. `null` leaves the
 * allow-list to the handler (an action's schema is built before the content is loaded).
 */
export function profileFields(topicIds: readonly string[] | null) {
  const allowedTopics = topicIds ? new Set(topicIds) : null;
  return {
    fullName: textField(LIMITS.fullName, { required: true }),
    organisation: textField(LIMITS.organisation, { required: true }),
    jobTitle: textField(LIMITS.jobTitle).default(''),
    country: z.string().min(1, 'requiredChoice').refine(isCountryCode, 'choice'),
    category: choiceField(DELEGATE_CATEGORIES),
    topics: z
      .array(z.string().max(64, 'topics'), { errorMap: () => ({ message: 'topics' }) })
      .max(LIMITS.topics, 'topics')
      .refine((ts) => !allowedTopics || ts.every((t) => allowedTopics.has(t)), 'topics')
      .transform((ts) => [...new Set(ts)])
      .default([]),
    language: choiceField(['vi', 'en'] as const),
    // Optional fields default, so a JSON client may leave them out.
    wheelchair: z.boolean().default(false),
    signLanguage: z.boolean().default(false),
    accessibilityOther: textField(LIMITS.accessibilityOther, { multiLine: true }).default(''),
  };
}

/** Accessibility needs are sensitive data: they may only be given together with their own explicit consent. */
export function requireAccessibilityConsent(
  data: { wheelchair: boolean; signLanguage: boolean; accessibilityOther: string; consentAccessibility: boolean },
  ctx: z.RefinementCtx,
): void {
  const hasNeeds = data.wheelchair || data.signLanguage || data.accessibilityOther !== '';
  if (hasNeeds && !data.consentAccessibility) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['consentAccessibility'], message: 'consentAccessibility' });
  }
}

/** How profile fields read in messages (field names, the topic and accessibility-consent messages). */
export function profileVocabulary(lang: Lang): FieldVocabulary {
  const t = registrationT(lang);
  return {
    names: t.fieldNames,
    messages: { topics: t.errors.topics, consentAccessibility: t.errors.consentAccessibility },
    choiceFields: ['category', 'country', 'language'],
  };
}

/** A validated profile (registration or /me/) with the answer to the accessibility consent. */
export type ProfileAnswers = z.infer<z.ZodObject<ReturnType<typeof profileFields>>> & { consentAccessibility: boolean };

/** The `users` columns a profile fills; accessibility needs are kept only under their own consent. */
export function profileColumns(p: ProfileAnswers) {
  return {
    fullName: p.fullName,
    organisation: p.organisation,
    jobTitle: p.jobTitle,
    country: p.country,
    category: p.category,
    topics: p.topics,
    language: p.language,
    // Sensitive data: stored only under its own consent (the schemas also refuse needs without it).
    accessibility: p.consentAccessibility
      ? { wheelchair: p.wheelchair, signLanguage: p.signLanguage, other: p.accessibilityOther }
      : { wheelchair: false, signLanguage: false, other: '' },
  };
}
