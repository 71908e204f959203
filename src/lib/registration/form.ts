// The registration form at the edge: a strict zod schema with length caps and allow-listed
// values, reading a form post or JSON body, and field errors in the page's language.
import { z } from 'zod';
import { profileFields, profileVocabulary, requireAccessibilityConsent } from '~/lib/accounts/profile';
import { emailField, passwordSchema, type FieldErrors } from '~/lib/forms/fields';
import { fieldErrors, type FieldVocabulary } from '~/lib/forms/field-errors';
import { registrationT } from '~/lib/i18n/messages/registration';
import type { Lang } from '~/lib/i18n/locales';

/** The registration schema; `topicIds` are the content tags the visitor may choose from (null: checked later). */
export function registrationSchema(topicIds: readonly string[] | null) {
  return z
    .object({
      ...profileFields(topicIds),
      email: emailField(),
      password: passwordSchema,
      consentRegistration: z.literal(true, { errorMap: () => ({ message: 'consentRequired' }) }),
      consentMatchmaking: z.boolean().default(false),
      consentContactSharing: z.boolean().default(false),
      consentAccessibility: z.boolean().default(false),
      consentNews: z.boolean().default(false),
    })
    .strict()
    .superRefine(requireAccessibilityConsent);
}

/** A valid registration, normalised (trimmed, NFC, lower-cased email). */
export type Registration = z.infer<ReturnType<typeof registrationSchema>>;

/** Every field of the form, in page order (for the error summary). */
export const REGISTRATION_FIELDS = [
  'fullName',
  'email',
  'password',
  'organisation',
  'jobTitle',
  'country',
  'category',
  'topics',
  'language',
  'wheelchair',
  'signLanguage',
  'accessibilityOther',
  'consentRegistration',
  'consentMatchmaking',
  'consentContactSharing',
  'consentAccessibility',
  'consentNews',
] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

/** What the visitor typed, to show again after an error (never the password). */
export type RegistrationValues = Omit<Record<RegistrationField, string>, 'password' | 'topics' | BooleanField> &
  Record<BooleanField, boolean> & { topics: string[] };
type BooleanField =
  | 'wheelchair'
  | 'signLanguage'
  | 'consentRegistration'
  | 'consentMatchmaking'
  | 'consentContactSharing'
  | 'consentAccessibility'
  | 'consentNews';
const BOOLEAN_FIELDS: readonly BooleanField[] = [
  'wheelchair',
  'signLanguage',
  'consentRegistration',
  'consentMatchmaking',
  'consentContactSharing',
  'consentAccessibility',
  'consentNews',
];
const TEXT_FIELDS = [
  'fullName',
  'email',
  'organisation',
  'jobTitle',
  'country',
  'category',
  'language',
  'accessibilityOther',
] as const;

/** The result of validating a submission. */
export type RegistrationCheck =
  { ok: true; data: Registration } | { ok: false; errors: FieldErrors<RegistrationField>; values: RegistrationValues };

/** Reads a form post into the schema's shape: unticked boxes are absent, so they read as false. */
export function registrationFromForm(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of TEXT_FIELDS) out[name] = stringOf(form.get(name));
  out.password = stringOf(form.get('password'));
  out.topics = form.getAll('topics').map(stringOf);
  for (const name of BOOLEAN_FIELDS) out[name] = form.has(name);
  return out;
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The redisplayable values of any input, however malformed. */
export function registrationValues(input: unknown): RegistrationValues {
  const record =
    input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const text = (k: string) => stringOf(record[k]).slice(0, 1000);
  const values = Object.fromEntries(TEXT_FIELDS.map((k) => [k, text(k)])) as Record<
    (typeof TEXT_FIELDS)[number],
    string
  >;
  const flags = Object.fromEntries(BOOLEAN_FIELDS.map((k) => [k, record[k] === true])) as Record<BooleanField, boolean>;
  const topics = Array.isArray(record.topics)
    ? record.topics.filter((t): t is string => typeof t === 'string').slice(0, 50)
    : [];
  return { ...values, ...flags, topics };
}

/** Validates a submission (form or JSON) and, on failure, says what is wrong with each field in `lang`. */
export function validateRegistration(input: unknown, topicIds: readonly string[], lang: Lang): RegistrationCheck {
  const parsed = registrationSchema(topicIds).safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const values = registrationValues(input);
  return { ok: false, errors: registrationErrors(parsed.error, values, lang), values };
}

/**
 * One message per field for a refused registration (the schema's issues, also as they come
 * back from the registration action), in `lang`.
 */
export function registrationErrors(
  error: { issues: readonly z.ZodIssue[] },
  values: RegistrationValues,
  lang: Lang,
): FieldErrors<RegistrationField> {
  const errors = fieldErrors<RegistrationField>(error, lang, registrationVocabulary(lang));
  // zod skips the object-level refinement while fields fail; report the missing consent now, not on the next try.
  const hasNeeds = values.wheelchair || values.signLanguage || values.accessibilityOther.trim() !== '';
  if (hasNeeds && !values.consentAccessibility && !errors.form)
    errors.consentAccessibility ??= registrationT(lang).errors.consentAccessibility;
  return errors;
}

/** How registration fields read in messages: the profile's, plus the required consent. */
export function registrationVocabulary(lang: Lang): FieldVocabulary {
  const profile = profileVocabulary(lang);
  const consentRequired = registrationT(lang).errors.consentRequired;
  return {
    ...profile,
    messages: { ...profile.messages, consentRequired },
    missing: { consentRegistration: consentRequired },
  };
}
