// The two password-reset forms as request handlers: "send me a link" and "set the new password".
import type { AstroCookies } from 'astro';
import { z } from 'zod';
import { formText, readBody } from '../server/body';
import { authT } from '../i18n/messages/auth';
import { accountsT } from '../i18n/messages/accounts';
import { formsT } from '~/lib/i18n/messages/forms';
import type { Lang } from '../i18n/locales';
import { passwordSchema } from '~/lib/forms/fields';
import { fieldErrors } from '~/lib/forms/field-errors';
import { requestPasswordReset, resetPassword } from './password-reset.server';
import { startSession } from './login.server';
import { isEmailTokenUsable } from './email-tokens.server';
import { clearResetToken, readResetToken } from './reset-cookie';
import { resetPasswordAddressLimiter } from '~/lib/server/auth/reset-limit';

/** Where to go next, or the 4xx and message to show with the form. */
export type PasswordFormResult =
  | { ok: true; redirect: string }
  | {
      ok: false;
      status: number;
      error: string;
      email?: string;
      tokenDead?: boolean;
      retryAfterSec?: number;
    };

/** Handles "forgot password": always the same answer for known and unknown addresses. */
export async function submitResetRequest(request: Request, address: string, lang: Lang): Promise<PasswordFormResult> {
  const body = await readBody(request);
  if (!body.ok || body.kind !== 'form')
    return { ok: false, status: body.ok ? 415 : body.status, error: formsT(lang).errors.badRequest };
  const email = formText(body.form, 'email').slice(0, 254);
  if (!email.trim()) return { ok: false, status: 422, error: accountsT(lang).login.emailRequired, email };
  const sent = await requestPasswordReset(email, address);
  if (sent.allowed) return { ok: true, redirect: `/${lang}/login/?status=reset-sent` };
  return {
    ok: false,
    status: 429,
    error: authT(lang).tooManyRequests(Math.ceil(sent.retryAfterSec / 60)),
    email,
    retryAfterSec: sent.retryAfterSec,
  };
}

/**
 * Handles "set a new password": rate-limited per address, then the token (from the cookie the
 * opened link left, or a `token` field) is checked before any hashing; on success every session
 * and reset link of the user ends and this browser is signed in afresh.
 */
export async function submitNewPassword(
  ctx: { request: Request; cookies: AstroCookies; address: string },
  lang: Lang,
): Promise<PasswordFormResult> {
  const limit = await resetPasswordAddressLimiter.consume(ctx.address);
  if (!limit.allowed)
    return {
      ok: false,
      status: 429,
      error: authT(lang).tooManyRequests(Math.ceil(limit.retryAfterSec / 60)),
      retryAfterSec: limit.retryAfterSec,
    };
  const body = await readBody(ctx.request);
  if (!body.ok || body.kind !== 'form')
    return { ok: false, status: body.ok ? 415 : body.status, error: formsT(lang).errors.badRequest };
  const token = formText(body.form, 'token') || readResetToken(ctx.cookies);
  const dead = () => {
    clearResetToken(ctx.cookies);
    return { ok: false, status: 400, error: accountsT(lang).reset.invalidToken, tokenDead: true } as const;
  };
  // A dead link is reported before the password rules: no better password can fix it.
  if (!isEmailTokenUsable(token, 'reset-password')) return dead();
  const parsed = z
    .object({ newPassword: passwordSchema })
    .safeParse({ newPassword: formText(body.form, 'newPassword') });
  if (!parsed.success)
    return { ok: false, status: 422, error: fieldErrors<'newPassword'>(parsed.error, lang).newPassword ?? '' };
  const userId = await resetPassword(token, parsed.data.newPassword);
  if (!userId) return dead();
  clearResetToken(ctx.cookies);
  startSession(ctx.cookies, userId, null);
  return { ok: true, redirect: `/${lang}/me/?done=password` };
}
