// The delegate profile fields shared by registration and the /me/ profile form:
// categories, length caps, and their zod fields (codes as messages, translated by form.ts).
import { z } from 'zod';
import { isCountryCode } from './countries';

/** Delegate categories, as stored; labels live in the registration messages. */
export const CATEGORIES = [
  'government',
  'business',
  'startup',
  'academia',
  'international-organisation',
  'press',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Length caps, in characters, of every free-text field. */
export const LIMITS = {
  fullName: 120,
  email: 254, // RFC 5321 path limit
  password: 128,
  organisation: 160,
  jobTitle: 120,
  accessibilityOther: 500,
  topics: 20,
} as const;

/** One message per field that failed, plus `form` for problems with the submission as a whole. */
export type FieldErrors<F extends string> = Partial<Record<F | 'form', string>>;

// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- as above, but tabs and line breaks are fine in a text area
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

// Invisible characters that reorder text (bidirectional marks, embeddings, overrides, isolates)
// or break the line of a single-line field (line and paragraph separators): in a name they make it
// read differently in organisers' lists and at check-in ("\u202e" flips what follows).
const BIDI_CONTROLS = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';
const INVISIBLE_SINGLE_LINE = new RegExp(`[${BIDI_CONTROLS}\u2028\u2029]`);
const INVISIBLE_MULTI_LINE = new RegExp(`[${BIDI_CONTROLS}]`);

const nfc = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC') : v);

/** A trimmed, NFC-normalised text field with a cap, without control or direction-changing characters; empty allowed unless `required`. */
export function textField(max: number, { required = false, multiLine = false } = {}) {
  const inner = z
    .string()
    .trim()
    .min(required ? 1 : 0, 'required')
    .max(max, 'tooLong')
    .refine((s) => !(multiLine ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(s), 'invalidText')
    .refine((s) => !(multiLine ? INVISIBLE_MULTI_LINE : INVISIBLE_SINGLE_LINE).test(s), 'invisibleText');
  return z.preprocess(nfc, inner);
}

/** A choice from a fixed list: empty says "choose one", anything else unknown says "from the list". */
export function choiceField<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .min(1, 'requiredChoice')
    .pipe(z.enum(values, { errorMap: () => ({ message: 'choice' }) }));
}

/** The profile fields; `topicIds` are the content tags that may be chosen. */
export function profileFields(topicIds: readonly string[]) {
  const allowedTopics = new Set(topicIds);
  return {
    fullName: textField(LIMITS.fullName, { required: true }),
    organisation: textField(LIMITS.organisation, { required: true }),
    jobTitle: textField(LIMITS.jobTitle).default(''),
    country: z.string().min(1, 'requiredChoice').refine(isCountryCode, 'choice'),
    category: choiceField(CATEGORIES),
    topics: z
      .array(z.string().max(64, 'topics'), { errorMap: () => ({ message: 'topics' }) })
      .max(LIMITS.topics, 'topics')
      .refine((ts) => ts.every((t) => allowedTopics.has(t)), 'topics')
      .transform((ts) => [...new Set(ts)])
      .default([]),
    language: choiceField(['vi', 'en'] as const),
    // Optional fields default, so a JSON client may leave them out.
    wheelchair: z.boolean().default(false),
    signLanguage: z.boolean().default(false),
    accessibilityOther: textField(LIMITS.accessibilityOther, { multiLine: true }).default(''),
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
