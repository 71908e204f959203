// The reset link's token, once opened: moved from the address bar into a short-lived HttpOnly
// cookie so the form page's URL holds no secret (no Referer, history or log line can leak it)
// and the page can keep the site's usual Referrer-Policy, under which browsers send a real
// Origin with the form post (`no-referrer` made Chromium send `Origin: null`, refused as CSRF).
import type { AstroCookies } from 'astro';
import { isSecureSite } from '~/lib/server/auth/cookies';
import { config } from '~/lib/server/config';

/** How long an opened link stays usable in this browser (the token itself may expire sooner). */
export const RESET_COOKIE_MAX_AGE_SEC = 30 * 60;

/** `__Host-reset` in production (pinned to this host), `reset` on plain-http servers. */
export function resetCookieName(siteUrl = config('SITE_URL')): string {
  return isSecureSite(siteUrl) ? '__Host-reset' : 'reset';
}

// Lax, not Strict: the link is opened from a mail client (a cross-site navigation), and the
// redirect that follows must carry the cookie; the form's own POST is same-site either way.
const flags = () => ({ httpOnly: true, sameSite: 'lax' as const, secure: isSecureSite(), path: '/' });

/** Keeps the token of an opened reset link for the form that follows. */
export function keepResetToken(cookies: AstroCookies, token: string): void {
  cookies.set(resetCookieName(), token, { ...flags(), maxAge: RESET_COOKIE_MAX_AGE_SEC });
}

/** The token this browser opened, if any. */
export function readResetToken(cookies: AstroCookies): string {
  return cookies.get(resetCookieName())?.value ?? '';
}

/** Forgets the token (spent, dead or replaced). */
export function clearResetToken(cookies: AstroCookies): void {
  cookies.set(resetCookieName(), '', { ...flags(), maxAge: 0 });
}
