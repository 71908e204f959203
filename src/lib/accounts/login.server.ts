// Signing in and out: credentials checked at constant cost, failures rate-limited per account
// and per address, and a brand-new session on every sign-in (no session fixation).
import type { AstroCookies } from 'astro';
import { eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { users } from '../../../db/schema';
import { verifyAgainstDummy, verifyPassword } from '../server/auth/password';
import { loginAccountLimiter, loginAddressLimiter } from '../server/auth/rate-limit';
import { createSession, generateSessionToken, invalidateSession, type Session } from '../server/auth/session';
import { deleteSessionTokenCookie, setSessionTokenCookie } from '../server/auth/cookies';
import { accountsT } from '../i18n/messages/accounts';
import { registrationT } from '../i18n/messages/registration';
import { readBody, formText } from '../server/body';
import { safeNext } from '../server/auth/guard';
import type { Lang } from '../i18n/locales';

/** Why a sign-in failed, with the message to show and the HTTP status to answer with. */
export type SignInResult =
  | { ok: true; userId: string }
  | {
      ok: false;
      status: 401 | 422 | 429;
      field: 'email' | 'password' | 'form';
      message: string;
      retryAfterSec?: number;
    };

// Longer inputs are never valid; refusing them before hashing bounds the work a request can cause.
const MAX_EMAIL = 254;
const MAX_PASSWORD = 1024;

/** Checks an email and password; every failure path costs one argon2 verification. */
export async function checkCredentials(input: {
  email: string;
  password: string;
  address: string;
  lang: Lang;
}): Promise<SignInResult> {
  const t = accountsT(input.lang).login;
  const email = input.email.trim().toLowerCase();
  if (!email) return { ok: false, status: 422, field: 'email', message: t.emailRequired };
  if (!input.password) return { ok: false, status: 422, field: 'password', message: t.passwordRequired };

  const minutes = (sec: number) => Math.max(1, Math.ceil(sec / 60));
  const [byAccount, byAddress] = await Promise.all([
    loginAccountLimiter.check(email),
    loginAddressLimiter.check(input.address),
  ]);
  if (!byAccount.allowed)
    return {
      ok: false,
      status: 429,
      field: 'form',
      message: t.tooManyAccount(minutes(byAccount.retryAfterSec)),
      retryAfterSec: byAccount.retryAfterSec,
    };
  if (!byAddress.allowed)
    return {
      ok: false,
      status: 429,
      field: 'form',
      message: t.tooManyAddress(minutes(byAddress.retryAfterSec)),
      retryAfterSec: byAddress.retryAfterSec,
    };

  const user =
    email.length <= MAX_EMAIL
      ? getDb()
          .select({ id: users.id, passwordHash: users.passwordHash })
          .from(users)
          .where(eq(users.email, email))
          .get()
      : undefined;
  const password = input.password.slice(0, MAX_PASSWORD);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (user && valid) {
    await loginAccountLimiter.reset(email);
    return { ok: true, userId: user.id };
  }
  // The key is the typed address whether or not it exists, so the limit reveals nothing either.
  const [afterAccount, afterAddress] = await Promise.all([
    loginAccountLimiter.consume(email),
    loginAddressLimiter.consume(input.address),
  ]);
  if (!afterAccount.allowed)
    return {
      ok: false,
      status: 429,
      field: 'form',
      message: t.tooManyAccount(minutes(afterAccount.retryAfterSec)),
      retryAfterSec: afterAccount.retryAfterSec,
    };
  if (!afterAddress.allowed)
    return {
      ok: false,
      status: 429,
      field: 'form',
      message: t.tooManyAddress(minutes(afterAddress.retryAfterSec)),
      retryAfterSec: afterAddress.retryAfterSec,
    };
  return { ok: false, status: 401, field: 'form', message: t.invalid };
}

/** Ends any session the browser had and starts a new one with a new token. */
export function startSession(cookies: AstroCookies, userId: string, previous: Session | null): void {
  if (previous) invalidateSession(previous.id);
  const token = generateSessionToken();
  const session = createSession(token, userId);
  setSessionTokenCookie(cookies, token, session.expiresAt);
}

/** Ends the current session and clears the cookie. */
export function endSession(cookies: AstroCookies, current: Session | null): void {
  if (current) invalidateSession(current.id);
  deleteSessionTokenCookie(cookies);
}

/** What the sign-in page needs after a POST: where to go, or what to show. */
export type LoginSubmit =
  | { ok: true; redirect: string }
  | {
      ok: false;
      status: number;
      email: string;
      errors: { email?: string; password?: string; form?: string };
      retryAfterSec?: number;
    };

/** Handles the sign-in form: checks credentials, starts a fresh session, picks a safe destination. */
export async function submitLogin(
  ctx: { request: Request; cookies: AstroCookies; session: Session | null; address: string },
  lang: Lang,
): Promise<LoginSubmit> {
  const body = await readBody(ctx.request);
  if (!body.ok || body.kind !== 'form') {
    return {
      ok: false,
      status: body.ok ? 415 : body.status,
      email: '',
      errors: { form: registrationT(lang).errors.badRequest },
    };
  }
  const email = formText(body.form, 'email').slice(0, 320);
  const result = await checkCredentials({
    email,
    password: formText(body.form, 'password'),
    address: ctx.address,
    lang,
  });
  if (!result.ok) {
    return {
      ok: false,
      status: result.status,
      email,
      errors: { [result.field]: result.message },
      ...(result.retryAfterSec ? { retryAfterSec: result.retryAfterSec } : {}),
    };
  }
  startSession(ctx.cookies, result.userId, ctx.session);
  return { ok: true, redirect: safeNext(formText(body.form, 'next')) ?? `/${lang}/me/` };
}
