// The API's response shapes shared by every endpoint: JSON bodies, the one error shape
// `{ error: { code, message, fields } }`, and the HTML page a failed no-JS form post gets.
// (The same-origin rule is middleware: src/lib/server/auth/origin.ts.)
import { statusOf, type ErrorCode } from '../errors/codes';
import { errorMessage } from '../i18n/messages/errors';
import type { Lang } from '../i18n/locales';
import { escapeHtml } from '~/lib/text/escape-html';
import type { AppError, FieldMessages } from './app-error';

/** A JSON response; `no-store` because API answers are personal. */
export function jsonResponse(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** The API's one error shape for a code, with its status and the message in `lang`. */
export function apiError(
  code: ErrorCode,
  lang: Lang,
  options: { fields?: FieldMessages; retryAfterSec?: number; message?: string } = {},
): Response {
  const retry = options.retryAfterSec === undefined ? {} : { retryAfterSec: options.retryAfterSec };
  const message = options.message ?? errorMessage(code, lang, retry);
  const headers: Record<string, string> = retry.retryAfterSec ? { 'Retry-After': String(retry.retryAfterSec) } : {};
  return jsonResponse({ error: { code, message, fields: options.fields ?? {} } }, statusOf(code), headers);
}

/** The JSON answer for an AppError a handler threw. */
export function jsonFromAppError(error: AppError): Response {
  const headers: Record<string, string> = error.retryAfterSec ? { 'Retry-After': String(error.retryAfterSec) } : {};
  return jsonResponse(
    { error: { code: error.reason, message: error.message, fields: error.fields } },
    statusOf(error.reason),
    headers,
  );
}

/** True when the request body is JSON (as opposed to a form post). */
export function isJsonRequest(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json');
}

/** A small, accessible HTML page for a form post that failed (no-JS clients land here). */
export function htmlMessage(
  status: number,
  lang: 'vi' | 'en',
  message: string,
  back: { href: string; label: string },
): Response {
  const body = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(message)}</title></head>
<body><main><h1>${escapeHtml(message)}</h1><p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p></main></body></html>`;
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
