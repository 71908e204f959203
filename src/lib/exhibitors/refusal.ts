// Turns the exhibitor library's refusals into the platform's one error (AppError): code and status
// from the one list, the message and per-field messages in the asker's language.
import { isInputError, type ActionError } from 'astro:actions';
import type { Lang } from '~/lib/i18n/locales';
import { fieldLabel, fieldMessage } from '~/lib/i18n/messages/exhibitor-portal';
import { errorMessage } from '~/lib/i18n/messages/errors';
import { appError, type AppError } from '~/lib/server/app-error';
import { ExhibitorError } from './errors';

/** A library field path (`name.vi`, `images.0.alt.en`) as the form field it came from (`nameVi`, `imagesAltEn`). */
export function formFieldName(path: string): string {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  return parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('');
}

/** The AppError for an ExhibitorError, with translated field messages. */
export function toAppError(error: ExhibitorError, lang: Lang): AppError {
  if (error.code === 'rate-limited') {
    const retry = Number(error.fields.retryAfterSec);
    return appError('rate-limited', lang, Number.isFinite(retry) ? { retryAfterSec: retry } : {});
  }
  const fields: Record<string, string> = {};
  for (const [path, code] of Object.entries(error.fields)) fields[formFieldName(path)] = fieldMessage(code, lang);
  // A no-JavaScript form re-renders from the serialised result, which keeps only the message:
  // so the message also names each field and what is wrong with it.
  const details = Object.entries(fields).map(([name, msg]) => `${fieldLabel(name, lang)}: ${msg}`);
  const message = [errorMessage(error.code, lang), ...details].join(' ');
  return appError(error.code, lang, { fields, message });
}

/** Runs a library call; an ExhibitorError becomes the AppError forms and islands read. */
export async function asAction<T>(lang: Lang, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ExhibitorError) throw toAppError(err, lang);
    throw err;
  }
}

/** What a page shows for a failed form action: our message, or the fields a schema refused. */
export function refusalMessage(error: ActionError | undefined, lang: Lang): string | undefined {
  if (!error) return undefined;
  if (isInputError(error)) {
    const names = Object.keys(error.fields).map((n) => fieldLabel(n, lang));
    return [errorMessage('invalid-input', lang), ...names].join(' ');
  }
  return error.message;
}
