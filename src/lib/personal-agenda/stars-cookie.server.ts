// A visitor's stars in the summit_stars cookie, as the server reads and writes it: the star form
// of a session page (no JavaScript needed), the star server island, and the merge into the
// account at sign-in. The browser's star store keeps the same cookie (star-store.client.ts).
import type { AstroCookies } from 'astro';
import type { SessionUser } from '~/lib/server/auth/session';
import { isSecureSite } from '~/lib/server/auth/cookies';
import { formatStarsCookie, parseStarsCookie, STARS_COOKIE, STARS_COOKIE_MAX_AGE } from './stars';
import { listStars, mergeBrowserStars } from './stars.server';

// Not HttpOnly: the star store on pages with islands reads and writes it too. Nothing secret in it.
const options = () => ({ path: '/', sameSite: 'lax' as const, secure: isSecureSite(), httpOnly: false });

/** The visitor's stars from the cookie ([] without one). */
export function readStarsCookie(cookies: AstroCookies): string[] {
  return parseStarsCookie(cookies.get(STARS_COOKIE, { decode: (v) => v })?.value);
}

/** Stores the visitor's stars; false (and nothing written) when they no longer fit in a cookie. */
export function writeStarsCookie(cookies: AstroCookies, slugs: readonly string[]): boolean {
  const value = formatStarsCookie(slugs);
  if (value === null) return false;
  cookies.set(STARS_COOKIE, value, { ...options(), maxAge: STARS_COOKIE_MAX_AGE, encode: (v) => v });
  return true;
}

/** Whether someone has starred a session: in the account when signed in, else in the visitor cookie. */
export function hasStar(user: Pick<SessionUser, 'id'> | null, cookies: AstroCookies, slug: string): boolean {
  return (user ? listStars(user.id) : readStarsCookie(cookies)).includes(slug);
}

/** At sign-in: the cookie's stars join the account (a union), then the cookie goes. */
export function mergeStarsCookie(cookies: AstroCookies, userId: string): void {
  if (!cookies.has(STARS_COOKIE)) return;
  const slugs = readStarsCookie(cookies);
  if (slugs.length > 0) mergeBrowserStars(userId, slugs);
  cookies.delete(STARS_COOKIE, options());
}
