// The forms of "My account" at the edge: profile (the registration's profile fields plus the
// accessibility consent), password change, optional consents and account deletion.
import { z } from 'zod';
import { passwordSchema, type FieldErrors } from '~/lib/forms/fields';
import { fieldErrors } from '~/lib/forms/field-errors';
import { OPTIONAL_CONSENTS, type OptionalConsent } from './consents';
import { profileFields, profileVocabulary, requireAccessibilityConsent } from './profile';
import { formText } from '../server/body';
import type { Lang } from '../i18n/locales';

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

const passwordChange = z.object({
  currentPassword: z.string().min(1, 'required').max(1024, 'tooLong'),
  newPassword: passwordSchema,
});

/** Validates the change-password form (the current password is checked against the hash later). */
export function validatePasswordChange(form: FormData, lang: Lang) {
  const parsed = passwordChange.safeParse({
    currentPassword: formText(form, 'currentPassword'),
    newPassword: formText(form, 'newPassword'),
  });
  return parsed.success
    ? ({ ok: true, data: parsed.data } as const)
    : ({
        ok: false,
        errors: fieldErrors<'currentPassword' | 'newPassword'>(parsed.error, lang, profileVocabulary(lang)),
      } as const);
}

/** The optional consents a form asks for: ticked ones wanted, others withdrawn. */
export function consentsFromForm(
  form: FormData,
  kinds: readonly OptionalConsent[] = OPTIONAL_CONSENTS,
): Partial<Record<OptionalConsent, boolean>> {
  return Object.fromEntries(kinds.map((k) => [k, form.has(k)]));
}
