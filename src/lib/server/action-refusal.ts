// The message a no-JavaScript form route shows for an action's refusal. Astro's own refusals (input
// that fails the schema, a body that is not a form, one too large) carry English text, so they get
// the catalogue's; a handler's AppError already speaks the asker's language.
import { isInputError, type ActionError } from 'astro:actions';
import type { ErrorCode } from '~/lib/errors/codes';
import type { Lang } from '~/lib/i18n/locales';
import { errorMessage } from '~/lib/i18n/messages/errors';

/** The refusal's message in `lang`; `inputCode` names what a schema refusal is on this route. */
export function refusalMessage(error: ActionError, lang: Lang, inputCode: ErrorCode): string {
  const own: ErrorCode | null = isInputError(error)
    ? inputCode
    : error.code === 'UNSUPPORTED_MEDIA_TYPE'
      ? 'unsupported-type'
      : error.code === 'CONTENT_TOO_LARGE'
        ? 'too-large'
        : null;
  return own ? errorMessage(own, lang) : error.message;
}
