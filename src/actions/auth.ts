// Signing in and out, forgotten passwords and the verification link: the form actions of
// /login/, /logout/, /forgot-password/, /reset-password/ and /verify-email/. Handlers check
// who is asking and call src/lib/accounts; every refusal is a code from the one list.
import { localizedPath } from '~/lib/i18n/paths';
import { defineAction, type ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { formInput, textFieldsOf } from '~/lib/forms/form-input';
import { LIMITS } from '~/lib/forms/fields';
import { appError } from '~/lib/server/app-error';
import { actionLang } from '~/lib/server/action-lang';
import { clientAddress } from '~/lib/server/client-address.server';
import { safeNext } from '~/lib/server/auth/guard';
import { checkCredentials, completeSignIn, deviceNonceFor, endSession } from '~/lib/accounts/login.server';
import { MAX_LOGIN_PASSWORD } from '~/lib/accounts/auth-forms';
import { requestPasswordReset } from '~/lib/accounts/password-reset.server';
import { setPasswordFromLink } from '~/lib/accounts/password-forms.server';
import { resendVerification } from '~/lib/accounts/verification.server';
import type { Lang } from '~/lib/i18n/locales';

/** The sign-in form: address, password and where to go afterwards (checked by safeNext). */
export const loginInput = formInput(
  (form) => textFieldsOf(form, ['email', 'password', 'next']),
  z
    .object({
      email: z.string().trim().min(1, 'emailRequired').max(LIMITS.email, 'tooLong'),
      password: z.string().min(1, 'passwordRequired').max(MAX_LOGIN_PASSWORD, 'tooLong'),
      next: z.string().max(2048),
    })
    .strict(),
);

/** The "send me a reset link" form. */
export const forgotPasswordInput = formInput(
  (form) => textFieldsOf(form, ['email']),
  z.object({ email: z.string().trim().min(1, 'emailRequired').max(LIMITS.email, 'tooLong') }).strict(),
);

/**
 * The "set a new password" form. The password rule is checked in the handler, after the rate
 * limit and the link: a dead link is reported first (no better password can fix it).
 */
export const resetPasswordInput = formInput(
  (form) => textFieldsOf(form, ['token', 'newPassword']),
  z.object({ token: z.string().max(256), newPassword: z.string().max(4096, 'passwordLong') }).strict(),
);

type Context = Pick<ActionAPIContext, 'params' | 'request' | 'locals' | 'url' | 'cookies' | 'clientAddress'>;

/** A refusal for too many attempts; the page answering the form sends Retry-After from locals. */
function tooMany(context: Context, lang: Lang, retryAfterSec: number, message?: string) {
  context.locals.retryAfterSec = retryAfterSec;
  return appError('rate-limited', lang, { retryAfterSec, ...(message ? { message } : {}) });
}

/** Signs in with a fresh session (no fixation) and answers where to go: `next` if safe, else My account. */
export async function login(input: z.output<typeof loginInput>, context: Context): Promise<{ redirect: string }> {
  const lang = actionLang(context);
  const result = await checkCredentials({
    email: input.email,
    password: input.password,
    address: clientAddress(context),
    deviceNonce: deviceNonceFor(context.cookies, input.email),
    lang,
  });
  if (!result.ok) {
    if (result.code === 'rate-limited') throw tooMany(context, lang, result.retryAfterSec ?? 60, result.message);
    throw appError(result.code, lang, { message: result.message });
  }
  completeSignIn(context.cookies, { userId: result.userId, email: input.email }, context.locals.session);
  return { redirect: safeNext(input.next) ?? localizedPath(lang, '/me/') };
}

/** Ends this browser's session (a visitor without one is simply signed out already). */
export function logout(_input: unknown, context: Context): { redirect: string } {
  endSession(context.cookies, context.locals.session);
  return { redirect: `/${actionLang(context)}/login/?status=logged-out` };
}

/** Queues a reset link when the address has an account; the answer is the same either way. */
export async function forgotPassword(
  input: z.output<typeof forgotPasswordInput>,
  context: Context,
): Promise<{ redirect: string }> {
  const lang = actionLang(context);
  const sent = await requestPasswordReset(input.email, clientAddress(context));
  if (!sent.allowed) throw tooMany(context, lang, sent.retryAfterSec);
  return { redirect: localizedPath(lang, '/login/', { status: 'reset-sent' }) };
}

/** Sets the new password from the opened link, ends every session and signs this browser in. */
export async function resetPassword(
  input: z.output<typeof resetPasswordInput>,
  context: Context,
): Promise<{ redirect: string }> {
  const lang = actionLang(context);
  const done = await setPasswordFromLink(input, context.cookies, clientAddress(context));
  if (done.status === 'rate-limited') throw tooMany(context, lang, done.retryAfterSec);
  if (done.status === 'refused') throw done.error;
  if (done.status === 'dead-link') throw appError('reset-token-invalid', lang);
  return { redirect: localizedPath(lang, '/me/', { done: 'password' }) };
}

/** Sends a signed-in delegate a new verification link; My account then says sent, or wait (per-account limit). */
export async function sendVerificationLink(_input: unknown, context: Context): Promise<{ redirect: string }> {
  const lang = actionLang(context);
  const user = context.locals.user;
  if (!user) throw appError('unauthenticated', lang);
  const sent = await resendVerification(user.id);
  return { redirect: `/${lang}/me/?done=${sent.allowed ? 'verification-sent' : 'rate-limited'}` };
}

export const auth = {
  login: defineAction({ accept: 'form', input: loginInput, handler: login }),
  logout: defineAction({ accept: 'form', handler: logout }),
  forgotPassword: defineAction({ accept: 'form', input: forgotPasswordInput, handler: forgotPassword }),
  resetPassword: defineAction({ accept: 'form', input: resetPasswordInput, handler: resetPassword }),
  resendVerification: defineAction({ accept: 'form', handler: sendVerificationLink }),
};
