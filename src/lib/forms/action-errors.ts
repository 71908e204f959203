// What a form shows after its action failed: input errors (the schema's, or a handler's field
// refusal) become one message per field; any other refusal is one message for the whole form.
// Form pages (Astro.getActionResult) and islands (the action's result) read it the same way.
import { isInputError, type ActionError } from 'astro:actions';
import type { Lang } from '~/lib/i18n/locales';
import type { FieldErrors } from './fields';
import { fieldErrors, type FieldVocabulary } from './field-errors';

/** The per-field messages (or `form`) for a failed action, in `lang`. */
export function formErrorsOf<F extends string>(
  error: ActionError,
  lang: Lang,
  vocabulary: FieldVocabulary = {},
): FieldErrors<F> {
  if (isInputError(error)) return fieldErrors<F>(error, lang, vocabulary);
  return { form: error.message } as FieldErrors<F>;
}
