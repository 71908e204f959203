// Starred sessions as plain data: what a slug looks like, how the browser keeps its
// stars, how browser and account stars merge (a union: nothing starred is lost), and
// which sessions may be starred at all.

/** Session slugs are content folder names: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 120;
/** More than the programme will ever hold; caps request and storage sizes. */
export const MAX_STARS = 500;
/** The localStorage key of a visitor's stars (a JSON array of slugs). */
export const BROWSER_STARS_KEY = 'summit:stars';
/** The slugs last copied from the account, so a star removed on another device is not merged back. */
export const BROWSER_SYNCED_KEY = 'summit:stars:synced';
/** The stars cookie as this browser last wrote it, to tell what a form changed since (reconcileWithCookie). */
export const BROWSER_COOKIE_BASE_KEY = 'summit:stars:cookie';

/** Whether a slug can be starred: on the programme, cancelled, or unknown. */
export type SlugStatus = 'ok' | 'cancelled' | 'unknown';

/** Why a star change is refused, or null when it may go ahead. */
export type StarRefusal = 'unknown-session' | 'session-cancelled';

/**
 * Unknown sessions are never starred. A cancelled one cannot be starred, but unstarring
 * it is allowed: that is a delegate tidying up their agenda.
 */
export function starRefusal(status: SlugStatus, starred: boolean): StarRefusal | null {
  if (status === 'unknown') return 'unknown-session';
  if (status === 'cancelled' && starred) return 'session-cancelled';
  return null;
}

/**
 * Browser storage may hold sessions since removed or cancelled: merge the ones still on the
 * programme and report the rest (cancelled ones follow the same rule as starring one).
 */
export function splitForMerge(
  slugs: readonly string[],
  statuses: ReadonlyMap<string, SlugStatus>,
): { accepted: string[]; ignored: string[] } {
  const accepted = slugs.filter((s) => starRefusal(statuses.get(s) ?? 'unknown', true) === null);
  const taken = new Set(accepted);
  return { accepted, ignored: slugs.filter((s) => !taken.has(s)) };
}

/** True for a string shaped like a session slug. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}

/** The union of two star lists, each slug once, in first-seen order. */
export function mergeStars(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * The browser stars to merge into the account at sign-in: those made in this browser,
 * not those it merely mirrored from an account (which were unstarred elsewhere, or
 * belong to someone else who used this browser), and not those already there.
 */
export function pendingForAccount(
  local: readonly string[],
  synced: readonly string[],
  account: readonly string[],
): string[] {
  const skip = new Set([...synced, ...account]);
  return local.filter((s) => !skip.has(s));
}

/** Reads the browser's stored stars, ignoring anything malformed (storage is user-editable). */
export function parseBrowserStars(raw: string | null | undefined): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? mergeStars(value.filter(isSlug)).slice(0, MAX_STARS) : [];
  } catch {
    return [];
  }
}

/** Reads a `?s=a,b` list of slugs from the visitor agenda URL. */
export function parseSlugList(value: string | null | undefined): { slugs: string[]; invalid: number } {
  const parts = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const slugs = mergeStars(parts.filter(isSlug)).slice(0, MAX_STARS);
  return { slugs, invalid: parts.length - parts.filter(isSlug).length };
}

/**
 * The first-party cookie holding a visitor's own stars, so forms without JavaScript and the server
 * see them. The render cache ignores it (CACHE_BLIND_COOKIES in server/render-cache.mjs): no cached
 * page may render from it.
 */
export const STARS_COOKIE = 'summit_stars';
/** A year: a visitor's agenda outlives the run-up to the summit. */
export const STARS_COOKIE_MAX_AGE = 365 * 24 * 3600;
/** Well under the ~4 kB a browser keeps per cookie, leaving room for the name and attributes. */
export const MAX_STARS_COOKIE_LENGTH = 3500;
// Slugs never contain a dot, and a dot needs no escaping in a cookie value (RFC 6265 cookie-octet).
const COOKIE_SEPARATOR = '.';

/** Reads the stars cookie's value, ignoring anything malformed (cookies are user-editable). */
export function parseStarsCookie(value: string | null | undefined): string[] {
  const parts = (value ?? '').split(COOKIE_SEPARATOR).filter(isSlug);
  return mergeStars(parts).slice(0, MAX_STARS);
}

/** The cookie value for a list of stars, or null when it would pass MAX_STARS_COOKIE_LENGTH. */
export function formatStarsCookie(slugs: readonly string[]): string | null {
  const value = mergeStars(slugs.filter(isSlug)).join(COOKIE_SEPARATOR);
  return value.length <= MAX_STARS_COOKIE_LENGTH ? value : null;
}

/** The stars cookie's slugs in a Cookie header (or `document.cookie`); null when there is no such cookie. */
export function starsInCookieHeader(header: string | null | undefined): string[] | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > -1 && part.slice(0, eq).trim() === STARS_COOKIE) return parseStarsCookie(part.slice(eq + 1).trim());
  }
  return null;
}

/** The list with `slug` starred (added last) or unstarred. */
export function withStar(slugs: readonly string[], slug: string, starred: boolean): string[] {
  const rest = slugs.filter((s) => s !== slug);
  return starred ? [...rest, slug] : rest;
}

/**
 * The browser's stars after the cookie was changed without it (a form post on a page with no
 * JavaScript): stars added to the cookie since `base` (its value when the browser last wrote or
 * read it) join, stars removed from it leave. With no cookie, or no base yet, nothing is lost:
 * the local list stays, plus whatever the cookie holds.
 */
export function reconcileWithCookie(
  local: readonly string[],
  cookie: readonly string[] | null,
  base: readonly string[] | null,
): string[] {
  if (cookie === null) return [...local];
  if (base === null) return mergeStars(local, cookie);
  const removed = new Set(base.filter((s) => !cookie.includes(s)));
  const added = cookie.filter((s) => !base.includes(s));
  return mergeStars(
    local.filter((s) => !removed.has(s)),
    added,
  );
}
