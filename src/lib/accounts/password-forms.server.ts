// The two password-reset forms as request handlers: "send me a link" and "set the new password".
import type { AstroCookies } from 'astro';
import { z } from 'zod';
import { formText, readBody } from '../server/body';
import { authT } from '../i18n/messages/auth';
import { accountsT } from '../i18n/messages/accounts';
import { registrationT } from '../i18n/messages/registration';
import type { Lang } from '../i18n/locales';
import { fieldErrors, passwordSchema } from '../registration/form';
import { requestPasswordReset, resetPassword } from './password-reset.server';
import { startSession } from './login.server';

/** Where to go next, or the 4xx and message to show with the form. */
export type PasswordFormResult =
  | { ok: true; redirect: string }
  | {
      ok: false;
      status: number;
      error: string;
      email?: string;
      token?: string;
      tokenDead?: boolean;
      retryAfterSec?: number;
    };

/** Handles "forgot password": always the same answer for known and unknown addresses. */
export async function submitResetRequest(request: Request, address: string, lang: Lang): Promise<PasswordFormResult> {
  const body = await readBody(request);
  if (!body.ok || body.kind !== 'form')
    return { ok: false, status: body.ok ? 415 : body.status, error: registrationT(lang).errors.badRequest };
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

/** Handles "set a new password": spends the token, ends every session, signs in afresh. */
export async function submitNewPassword(
  ctx: { request: Request; cookies: AstroCookies },
  lang: Lang,
): Promise<PasswordFormResult> {
  const body = await readBody(ctx.request);
  if (!body.ok || body.kind !== 'form')
    return { ok: false, status: body.ok ? 415 : body.status, error: registrationT(lang).errors.badRequest };
  const token = formText(body.form, 'token');
  const parsed = z
    .object({ newPassword: passwordSchema })
    .safeParse({ newPassword: formText(body.form, 'newPassword') });
  if (!parsed.success)
    return { ok: false, status: 422, error: fieldErrors<'newPassword'>(parsed.error, lang).newPassword ?? '', token };
  const userId = await resetPassword(token, parsed.data.newPassword);
  if (!userId) return { ok: false, status: 400, error: accountsT(lang).reset.invalidToken, tokenDead: true };
  startSession(ctx.cookies, userId, null);
  return { ok: true, redirect: `/${lang}/me/?done=password` };
}
