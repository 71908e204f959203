// The session cookie: its name and flags. HttpOnly and SameSite=Lax always; in production
// (an https SITE_URL) also Secure with the __Host- prefix, which pins it to this host and Path=/.
import type { AstroCookies } from 'astro';

/** True when the public site is served over https (production). */
export function isSecureSite(siteUrl = process.env.SITE_URL): boolean {
  return (siteUrl ?? '').startsWith('https://');
}

/** `__Host-session` in production, `session` on plain-http development servers. */
export function sessionCookieName(siteUrl = process.env.SITE_URL): string {
  return isSecureSite(siteUrl) ? '__Host-session' : 'session';
}

/** Sends the session token to the browser until the session's expiry. */
export function setSessionTokenCookie(cookies: AstroCookies, token: string, expiresAt: Date): void {
  cookies.set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureSite(),
    path: '/',
    expires: expiresAt,
  });
}

/** Clears the session cookie (sign-out, expired or unknown token). */
export function deleteSessionTokenCookie(cookies: AstroCookies): void {
  cookies.set(sessionCookieName(), '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureSite(),
    path: '/',
    maxAge: 0,
  });
}

/** The token the browser sent, if any. */
export function readSessionToken(cookies: AstroCookies): string | undefined {
  return cookies.get(sessionCookieName())?.value || undefined;
}
