// The registration form at the edge: a strict zod schema with length caps and allow-listed
// values, reading a form post or JSON body, and field errors in the page's language.
import { z } from 'zod';
import { LIMITS, profileFields, type FieldErrors } from './profile';
import { registrationT } from '../i18n/messages/registration';
import type { Lang } from '../i18n/locales';

/** The password rule: at least 8, at most 128 characters, no composition rules (NIST SP 800-63B). */
export const passwordSchema = z.string().min(8, 'passwordShort').max(LIMITS.password, 'passwordLong');

/** The registration schema; `topicIds` are the content tags the visitor may choose from. */
export function registrationSchema(topicIds: readonly string[]) {
  return z
    .object({
      ...profileFields(topicIds),
      email: z.string().trim().toLowerCase().min(1, 'required').max(LIMITS.email, 'tooLong').email('email'),
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
  const errors = fieldErrors<RegistrationField>(parsed.error, lang);
  // zod skips the object-level refinement while fields fail; report the missing consent now, not on the next try.
  const hasNeeds = values.wheelchair || values.signLanguage || values.accessibilityOther.trim() !== '';
  if (hasNeeds && !values.consentAccessibility && !errors.form)
    errors.consentAccessibility ??= registrationT(lang).errors.consentAccessibility;
  return { ok: false, errors, values };
}

/** Turns zod issues (whose messages are codes) into one message per field in `lang`. */
export function fieldErrors<F extends string>(error: z.ZodError, lang: Lang): FieldErrors<F> {
  const t = registrationT(lang);
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : 'form';
    if (out[field]) continue;
    out[field] = describe(issue, field, t);
  }
  return out as FieldErrors<F>;
}

type Text = ReturnType<typeof registrationT>;

function describe(issue: z.ZodIssue, field: string, t: Text): string {
  const name = (t.fieldNames as Record<string, string>)[field] ?? field;
  // A JSON client that left a field out gets the same message as an empty form field.
  if (issue.code === z.ZodIssueCode.invalid_type && issue.received === 'undefined' && field !== 'form') {
    return field === 'category' || field === 'country' || field === 'language'
      ? t.errors.requiredChoice(name)
      : field.startsWith('consentRegistration')
        ? t.errors.consentRequired
        : t.errors.required(name);
  }
  switch (issue.message) {
    case 'required':
      return t.errors.required(name);
    case 'requiredChoice':
      return t.errors.requiredChoice(name);
    case 'tooLong':
      return t.errors.tooLong(name, (LIMITS as Record<string, number>)[field] ?? 0);
    case 'invalidText':
      return t.errors.invalidText(name);
    case 'invisibleText':
      return t.errors.invisibleText(name);
    case 'choice':
      return t.errors.choice(name);
    case 'email':
    case 'passwordShort':
    case 'passwordLong':
    case 'topics':
    case 'consentRequired':
    case 'consentAccessibility':
      return t.errors[issue.message];
    default:
      // Wrong types, unknown keys, a body that is not an object: the client is not our form.
      return t.errors.badRequest;
  }
}
