// Signing in and out: credentials checked at constant cost, failures rate-limited per
// (account, client), per account and per client, with device cookies for browsers that signed
// in before (policy in README), and a brand-new session on every sign-in (no session fixation).
import type { AstroCookies } from 'astro';
import { verifyAgainstDummy, verifyPassword } from '~/lib/server/auth/password';
import {
  loginAccountCeilingLimiter,
  loginAddressLimiter,
  loginDeviceLimiter,
  loginPairLimiter,
  type RateDecision,
} from '~/lib/server/auth/rate-limit';
import { mergeStarsCookie } from '~/lib/personal-agenda/stars-cookie.server';
import { createSession, generateSessionToken, invalidateSession, type LoginSession } from '~/lib/server/auth/session';
import { deleteSessionTokenCookie, setSessionTokenCookie } from '~/lib/server/auth/cookies';
import { rememberDevice, trustedDeviceNonce } from '~/lib/server/auth/device-cookie.server';
import { accountsT } from '~/lib/i18n/messages/accounts';
import { errorMessage } from '~/lib/i18n/messages/errors';
import type { Lang } from '~/lib/i18n/locales';
import { findSignInByEmail } from './users.server';
import { MAX_LOGIN_PASSWORD } from './auth-forms';

/** A sign-in's outcome: the account, or why not (a code from the one list) with the message to show. */
export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; code: 'invalid-credentials' | 'rate-limited'; message: string; retryAfterSec?: number };

// Longer inputs are never valid; refusing them before hashing bounds the work a request can cause.
const MAX_EMAIL = 254;

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
    code: 'rate-limited',
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
  const invalid: Refusal = {
    ok: false,
    code: 'invalid-credentials',
    message: errorMessage('invalid-credentials', input.lang),
  };
  const email = normaliseLoginEmail(input.email);

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

  const user = email.length <= MAX_EMAIL ? findSignInByEmail(email) : undefined;
  const password = input.password.slice(0, MAX_LOGIN_PASSWORD);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (user && valid) {
    await Promise.all([loginPairLimiter.reset(pairKey), device ? loginDeviceLimiter.reset(device) : undefined]);
    return { ok: true, userId: user.id };
  }
  if (device) {
    await loginDeviceLimiter.consume(device);
    return invalid;
  }
  const [pair, ceiling, address] = await Promise.all([
    loginPairLimiter.consume(pairKey),
    loginAccountCeilingLimiter.consume(email),
    loginAddressLimiter.consume(input.address),
  ]);
  return (
    tooMany('account', pair, input.lang) ??
    tooMany('account', ceiling, input.lang) ??
    tooMany('address', address, input.lang) ??
    invalid
  );
}

/**
 * Ends any session the browser had and starts a new one with a new token. Stars the visitor
 * kept in the stars cookie join the account here, so they arrive even without JavaScript.
 */
export function startSession(cookies: AstroCookies, userId: string, previous: LoginSession | null): void {
  if (previous) invalidateSession(previous.id);
  const token = generateSessionToken();
  const session = createSession(token, userId);
  setSessionTokenCookie(cookies, token, session.expiresAt);
  mergeStarsCookie(cookies, userId);
}

/** Ends the current session and clears the cookie. */
export function endSession(cookies: AstroCookies, current: LoginSession | null): void {
  if (current) invalidateSession(current.id);
  deleteSessionTokenCookie(cookies);
}

/** Signs a browser in after the credentials passed: a fresh session, and this device remembered for the account. */
export function completeSignIn(
  cookies: AstroCookies,
  account: { userId: string; email: string },
  previous: LoginSession | null,
): void {
  startSession(cookies, account.userId, previous);
  rememberDevice(cookies, normaliseLoginEmail(account.email));
}

/** This browser's trusted-device token for a typed address, if it signed in to that account before. */
export function deviceNonceFor(cookies: AstroCookies, email: string): string | null {
  return trustedDeviceNonce(cookies, normaliseLoginEmail(email));
}
