// The forms of "My account" at the edge: the strict schemas of profile, password change, optional
// consents and account deletion, the readers from a form post, and their field messages.
import { z } from 'zod';
import { passwordSchema, type FieldErrors } from '~/lib/forms/fields';
import { fieldErrors, type FieldVocabulary } from '~/lib/forms/field-errors';
import type { OptionalConsent } from '~/lib/accounts/consents';
import { profileFields, profileVocabulary, requireAccessibilityConsent } from '~/lib/accounts/profile';
import { formText } from '~/lib/server/body';
import { accountsT } from '~/lib/i18n/messages/accounts';
import { errorMessage } from '~/lib/i18n/messages/errors';
import type { Lang } from '~/lib/i18n/locales';

/** The profile form's schema; the email is not editable here (it is the sign-in identity). */
export function profileSchema(topicIds: readonly string[]) {
  return z
    .object({ ...profileFields(topicIds), consentAccessibility: z.boolean().default(false) })
    .strict()
    .superRefine(requireAccessibilityConsent);
}
export type ProfileUpdate = z.infer<ReturnType<typeof profileSchema>>;
export type ProfileField = keyof ProfileUpdate;

/** What the profile form shows: stored values, or what was typed after an error. */
export interface ProfileValues {
  fullName: string;
  organisation: string;
  jobTitle: string;
  country: string;
  category: string;
  topics: string[];
  language: string;
  wheelchair: boolean;
  signLanguage: boolean;
  accessibilityOther: string;
  consentAccessibility: boolean;
}

/** Reads the profile form post (unticked boxes are absent). */
export function profileFromForm(form: FormData): ProfileValues {
  return {
    fullName: formText(form, 'fullName'),
    organisation: formText(form, 'organisation'),
    jobTitle: formText(form, 'jobTitle'),
    country: formText(form, 'country'),
    category: formText(form, 'category'),
    topics: form.getAll('topics').filter((t): t is string => typeof t === 'string'),
    language: formText(form, 'language'),
    wheelchair: form.has('wheelchair'),
    signLanguage: form.has('signLanguage'),
    accessibilityOther: formText(form, 'accessibilityOther'),
    consentAccessibility: form.has('consentAccessibility'),
  };
}

/** Validates a profile update, with one message per field in `lang`. */
export function validateProfile(
  input: ProfileValues,
  topicIds: readonly string[],
  lang: Lang,
): { ok: true; data: ProfileUpdate } | { ok: false; errors: FieldErrors<ProfileField> } {
  const parsed = profileSchema(topicIds).safeParse(input);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: fieldErrors<ProfileField>(parsed.error, lang, profileVocabulary(lang)) };
}

// The current password is only compared with the hash: any length is "wrong" past the cap that bounds hashing work.
const currentPassword = z.string().min(1, 'required').max(1024, 'wrongPassword');

/** The change-password form: the current password (checked against the hash later) and the new one. */
export const passwordChangeSchema = z.object({ currentPassword, newPassword: passwordSchema }).strict();

/** Reads the change-password form post (the hidden `username` is for password managers only). */
export function passwordChangeFromForm(form: FormData): Record<string, string> {
  return { currentPassword: formText(form, 'currentPassword'), newPassword: formText(form, 'newPassword') };
}

/** The optional consents the consents form manages (accessibility goes with the profile's needs). */
export const CONSENTS_FORM_KINDS = ['matchmaking', 'contact-sharing', 'news'] as const satisfies OptionalConsent[];

/** The consents form: each managed consent wanted (ticked) or not. */
export const consentsSchema = z
  .object(
    Object.fromEntries(CONSENTS_FORM_KINDS.map((k) => [k, z.boolean()])) as Record<
      (typeof CONSENTS_FORM_KINDS)[number],
      z.ZodBoolean
    >,
  )
  .strict();

/** The optional consents a form asks for: ticked ones wanted, others withdrawn. */
export function consentsFromForm(
  form: FormData,
  kinds: readonly OptionalConsent[] = CONSENTS_FORM_KINDS,
): Partial<Record<OptionalConsent, boolean>> {
  return Object.fromEntries(kinds.map((k) => [k, form.has(k)]));
}

/** The deletion form: the confirmation box must be ticked and the password given. */
export const deletionSchema = z
  .object({
    confirm: z.literal(true, { errorMap: () => ({ message: 'confirmRequired' }) }),
    password: z.string().min(1, 'passwordRequired').max(1024, 'wrongPassword'),
  })
  .strict();

/** Reads the deletion form post (an unticked box is absent). */
export function deletionFromForm(form: FormData): Record<string, unknown> {
  return { confirm: form.has('confirm'), password: formText(form, 'password') };
}

/** A form action's input: the posted FormData, read into a plain object by `read`, then checked by `schema`. */
export function formInput<S extends z.ZodTypeAny>(read: (form: FormData) => unknown, schema: S) {
  // The reader, not Astro's generic FormData mapping, because that maps an empty field to null
  // and a checkbox group under refinements to a single value.
  return z.instanceof(FormData).transform(read).pipe(schema);
}

/** What a failed action hands its page back (Astro's ActionError after the form round trip). */
export interface FailedAction {
  status: number;
  message: string;
  issues?: z.ZodIssue[];
}

/**
 * The messages to show with a form whose action failed, in `lang`: zod issues at their fields
 * (through the catalogues); a refusal from the handler (already in `lang`) at `refusalField`,
 * except "too many attempts", which concerns the whole form. Field lists do not survive the
 * form round trip of an ActionError, so the page says which field a refusal belongs to.
 */
export function accountFormErrors(
  error: FailedAction | undefined,
  lang: Lang,
  refusalField = 'form',
): Record<string, string> {
  if (!error) return {};
  if (error.issues) return accountFieldErrors(new z.ZodError(error.issues), lang);
  if (error.status >= 500) return { form: errorMessage('invalid-request', lang) };
  return { [error.status === 429 ? 'form' : refusalField]: frameworkMessage(error.status, lang) ?? error.message };
}

// Astro's own refusals (no body, a body too large, an unknown action) carry English text: say them in `lang`.
function frameworkMessage(status: number, lang: Lang): string | undefined {
  if (status === 415) return errorMessage('unsupported-type', lang);
  if (status === 413) return errorMessage('too-large', lang);
  if (status === 404 || status === 400) return errorMessage('invalid-request', lang);
  return undefined;
}

/** How the account forms' fields read in messages: the profile's words plus the codes only these forms use. */
export function accountVocabulary(lang: Lang): FieldVocabulary {
  const profile = profileVocabulary(lang);
  const t = accountsT(lang);
  return {
    ...profile,
    messages: {
      ...profile.messages,
      confirmRequired: t.me.delete.confirmRequired,
      passwordRequired: t.login.passwordRequired,
      wrongPassword: errorMessage('wrong-password', lang),
    },
  };
}

/** Turns zod issues of the account forms into one message per field in `lang`. */
export function accountFieldErrors(error: z.ZodError, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrors<string>(error, lang, accountVocabulary(lang))))
    if (message) out[field] = message;
  return out;
}
