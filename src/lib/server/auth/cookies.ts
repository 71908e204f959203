// The session cookie: its name and flags. HttpOnly and SameSite=Lax always; in production
// (an https SITE_URL) also Secure with the __Host- prefix, which pins it to this host and Path=/.
// Beside it, a readable hint cookie that holds no secret ("1") and only tells scripts on
// prerendered pages that someone is signed in, so visitors' pages make no account request.
import type { AstroCookies } from 'astro';
import { SIGNED_IN_HINT_COOKIE } from './signed-in-hint';

/** True when the public site is served over https (production). */
export function isSecureSite(siteUrl = process.env.SITE_URL): boolean {
  return (siteUrl ?? '').startsWith('https://');
}

/** `__Host-session` in production, `session` on plain-http development servers. */
export function sessionCookieName(siteUrl = process.env.SITE_URL): string {
  return isSecureSite(siteUrl) ? '__Host-session' : 'session';
}

/** Sends the session token to the browser until the session's expiry, with the signed-in hint. */
export function setSessionTokenCookie(cookies: AstroCookies, token: string, expiresAt: Date): void {
  cookies.set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureSite(),
    path: '/',
    expires: expiresAt,
  });
  cookies.set(SIGNED_IN_HINT_COOKIE, '1', { sameSite: 'lax', secure: isSecureSite(), path: '/', expires: expiresAt });
}

/** Clears the session cookie and the hint (sign-out, expired or unknown token). */
export function deleteSessionTokenCookie(cookies: AstroCookies): void {
  cookies.set(sessionCookieName(), '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureSite(),
    path: '/',
    maxAge: 0,
  });
  cookies.set(SIGNED_IN_HINT_COOKIE, '', { sameSite: 'lax', secure: isSecureSite(), path: '/', maxAge: 0 });
}

/** The token the browser sent, if any. */
export function readSessionToken(cookies: AstroCookies): string | undefined {
  return cookies.get(sessionCookieName())?.value || undefined;
}
