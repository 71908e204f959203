// Signing in and out: credentials checked at constant cost, failures rate-limited per
// (account, client), per account and per client, with device cookies for browsers that signed
// in before (policy in README), and a brand-new session on every sign-in (no session fixation).
import type { AstroCookies } from 'astro';
import { eq } from 'drizzle-orm';
import { getDb } from '~db/client';
import { users } from '~db/schema';
import { verifyAgainstDummy, verifyPassword } from '~/lib/server/auth/password';
import {
  loginAccountCeilingLimiter,
  loginAddressLimiter,
  loginDeviceLimiter,
  loginPairLimiter,
  type RateDecision,
} from '~/lib/server/auth/rate-limit';
import { createSession, generateSessionToken, invalidateSession, type Session } from '~/lib/server/auth/session';
import { deleteSessionTokenCookie, setSessionTokenCookie } from '~/lib/server/auth/cookies';
import { rememberDevice, trustedDeviceNonce } from '~/lib/server/auth/device-cookie.server';
import { accountsT } from '~/lib/i18n/messages/accounts';
import { formsT } from '~/lib/i18n/messages/forms';
import { readBody, formText } from '~/lib/server/body';
import { safeNext } from '~/lib/server/auth/guard';
import type { Lang } from '~/lib/i18n/locales';

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

/** The sign-in key for a typed address: trimmed and lower-cased, as accounts are stored. */
export function normaliseLoginEmail(email: string): string {
  return email.trim().toLowerCase();
}

type Refusal = Extract<SignInResult, { ok: false }>;
const minutes = (sec: number) => Math.max(1, Math.ceil(sec / 60));

function tooMany(kind: 'account' | 'address', decision: RateDecision, lang: Lang): Refusal | null {
  if (decision.allowed) return null;
  const t = accountsT(lang).login;
  const wait = minutes(decision.retryAfterSec);
  return {
    ok: false,
    status: 429,
    field: 'form',
    message: kind === 'account' ? t.tooManyAccount(wait) : t.tooManyAddress(wait),
    retryAfterSec: decision.retryAfterSec,
  };
}

/**
 * Checks an email and password; every path past the limits costs one argon2 verification.
 * `deviceNonce` is this browser's valid device token for the typed account (null if none):
 * such a browser spends only its own budget, so guessing from elsewhere cannot lock it out.
 */
export async function checkCredentials(input: {
  email: string;
  password: string;
  address: string;
  deviceNonce: string | null;
  lang: Lang;
}): Promise<SignInResult> {
  const t = accountsT(input.lang).login;
  const email = normaliseLoginEmail(input.email);
  if (!email) return { ok: false, status: 422, field: 'email', message: t.emailRequired };
  if (!input.password) return { ok: false, status: 422, field: 'password', message: t.passwordRequired };

  // A device cookie that itself failed too often is locked on its own and falls back to untrusted.
  const device =
    input.deviceNonce && (await loginDeviceLimiter.check(input.deviceNonce)).allowed ? input.deviceNonce : null;
  const pairKey = `${email}\n${input.address}`;
  if (!device) {
    const [pair, ceiling, address] = await Promise.all([
      loginPairLimiter.check(pairKey),
      loginAccountCeilingLimiter.check(email),
      loginAddressLimiter.check(input.address),
    ]);
    const refused =
      tooMany('account', pair, input.lang) ??
      tooMany('account', ceiling, input.lang) ??
      tooMany('address', address, input.lang);
    if (refused) return refused;
  }

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
    await Promise.all([loginPairLimiter.reset(pairKey), device ? loginDeviceLimiter.reset(device) : undefined]);
    return { ok: true, userId: user.id };
  }
  if (device) {
    await loginDeviceLimiter.consume(device);
    return { ok: false, status: 401, field: 'form', message: t.invalid };
  }
  const [pair, ceiling, address] = await Promise.all([
    loginPairLimiter.consume(pairKey),
    loginAccountCeilingLimiter.consume(email),
    loginAddressLimiter.consume(input.address),
  ]);
  return (
    tooMany('account', pair, input.lang) ??
    tooMany('account', ceiling, input.lang) ??
    tooMany('address', address, input.lang) ?? { ok: false, status: 401, field: 'form', message: t.invalid }
  );
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
      errors: { form: formsT(lang).errors.badRequest },
    };
  }
  const email = formText(body.form, 'email').slice(0, 320);
  const result = await checkCredentials({
    email,
    password: formText(body.form, 'password'),
    address: ctx.address,
    deviceNonce: trustedDeviceNonce(ctx.cookies, normaliseLoginEmail(email)),
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
  rememberDevice(ctx.cookies, normaliseLoginEmail(email));
  return { ok: true, redirect: safeNext(formText(body.form, 'next')) ?? `/${lang}/me/` };
}
