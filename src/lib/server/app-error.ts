// The one error type handlers throw: an Astro ActionError that also carries the platform's
// error code (src/lib/errors/codes.ts), a message in the asker's language and per-field messages.
// Forms (form actions), islands (actions over RPC) and the JSON adapters all read it the same way.
import { ActionError } from 'astro:actions';
import { statusOf, type ErrorCode } from '../errors/codes';
import { errorMessage } from '../i18n/messages/errors';
import type { Lang } from '../i18n/locales';

/** Per-field messages, keyed by form field name. */
export type FieldMessages = Record<string, string>;

/** An ActionError with our code; its own fields serialise with it over the actions RPC. */
export class AppError extends ActionError {
  readonly reason: ErrorCode;
  readonly fields: FieldMessages;
  readonly retryAfterSec: number | undefined;

  constructor(reason: ErrorCode, message: string, fields: FieldMessages = {}, retryAfterSec?: number) {
    super({ code: ActionError.statusToCode(statusOf(reason)), message });
    this.reason = reason;
    this.fields = fields;
    this.retryAfterSec = retryAfterSec;
  }
}

/** Builds the error for a code, with the catalogue's message (or a more specific one) in `lang`. */
export function appError(
  reason: ErrorCode,
  lang: Lang,
  options: { fields?: FieldMessages; retryAfterSec?: number; message?: string } = {},
): AppError {
  const retry = options.retryAfterSec === undefined ? {} : { retryAfterSec: options.retryAfterSec };
  const message = options.message ?? errorMessage(reason, lang, retry);
  return new AppError(reason, message, options.fields, options.retryAfterSec);
}

/** True for an AppError, also one that crossed a module boundary (checked by shape). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof ActionError && 'reason' in error);
}
