// The browser side of stars, shared by every StarButton on a page: localStorage for
// visitors, written through to the stars cookie (which the session page's star form also
// writes, without JavaScript), the account once signed in (read and merged through /api/stars
// on the first page load; each star then through the stars.toggle action).
import { actions } from 'astro:actions';
import {
  BROWSER_COOKIE_BASE_KEY,
  BROWSER_STARS_KEY,
  BROWSER_SYNCED_KEY,
  STARS_COOKIE,
  STARS_COOKIE_MAX_AGE,
  formatStarsCookie,
  parseBrowserStars,
  parseStarsCookie,
  pendingForAccount,
  reconcileWithCookie,
  starsInCookieHeader,
  withStar,
} from './stars';
import { hasSignedInHint, SIGNED_IN_HINT_COOKIE } from '~/lib/server/auth/signed-in-hint';

type Listener = (stars: ReadonlySet<string>) => void;

let stars = new Set<string>();
let signedIn = false;
/** False until the first answer (visitor or account) is known: buttons keep their server-rendered state till then. */
let loaded = false;
let started: Promise<number> | undefined;
const listeners = new Set<Listener>();

function read(key: string): string[] {
  try {
    return parseBrowserStars(localStorage.getItem(key));
  } catch {
    return []; // storage disabled: stars last for this page only
  }
}

function write(key: string, list: readonly string[]): void {
  try {
    localStorage.setItem(key, JSON.stringify(list));
  } catch {
    // storage full or disabled: nothing else to do
  }
}

function readBase(): string[] | null {
  try {
    const raw = localStorage.getItem(BROWSER_COOKIE_BASE_KEY);
    return raw === null ? null : parseBrowserStars(raw);
  } catch {
    return null;
  }
}

const cookieAttributes = () => `Path=/; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`;

/** A visitor's own stars (not those mirrored from an account) go into the cookie the server reads. */
function writeCookie(list: readonly string[]): void {
  const synced = new Set(read(BROWSER_SYNCED_KEY));
  const value = formatStarsCookie(list.filter((s) => !synced.has(s)));
  if (value === null) return; // too many for a cookie: they stay in this browser's storage
  if (value === '' && starsInCookieHeader(document.cookie) === null) return; // no stars, no cookie yet: none needed
  document.cookie = `${STARS_COOKIE}=${value}; Max-Age=${STARS_COOKIE_MAX_AGE}; ${cookieAttributes()}`;
  write(BROWSER_COOKIE_BASE_KEY, parseStarsCookie(value));
}

/** Once the account holds them, the visitor cookie has done its job. */
function clearCookie(): void {
  document.cookie = `${STARS_COOKIE}=; Max-Age=0; ${cookieAttributes()}`;
  try {
    localStorage.removeItem(BROWSER_COOKIE_BASE_KEY);
  } catch {
    // storage disabled: there is no base to forget
  }
}

/**
 * The browser's stars, with what a form changed in the cookie since the browser last wrote it
 * (a star added or removed on a session page). Stars added there are this browser's own.
 */
function browserStars(): { local: string[]; cookie: string[] | null } {
  const cookie = starsInCookieHeader(document.cookie);
  const base = readBase();
  const local = reconcileWithCookie(read(BROWSER_STARS_KEY), cookie, base);
  const added = new Set((cookie ?? []).filter((s) => !(base ?? []).includes(s)));
  if (added.size > 0)
    write(
      BROWSER_SYNCED_KEY,
      read(BROWSER_SYNCED_KEY).filter((s) => !added.has(s)),
    );
  return { local, cookie };
}

function publish(list: readonly string[], fromAccount: boolean): void {
  loaded = true;
  stars = new Set(list);
  write(BROWSER_STARS_KEY, list);
  if (fromAccount) write(BROWSER_SYNCED_KEY, list);
  else if (!signedIn) writeCookie(list);
  for (const l of listeners) l(stars);
}

async function slugsFrom(res: Response): Promise<string[] | null> {
  if (!res.ok) return null;
  const body: unknown = await res.json().catch(() => null);
  const slugs = typeof body === 'object' && body !== null && 'slugs' in body ? body.slugs : null;
  return Array.isArray(slugs) ? parseBrowserStars(JSON.stringify(slugs)) : null;
}

/** Calls `listener` with the stars once they are known, and on every change; returns an unsubscribe. */
export function subscribeStars(listener: Listener): () => void {
  listeners.add(listener);
  if (loaded) listener(stars);
  return () => listeners.delete(listener);
}

/**
 * Loads local stars, then (signed in) merges them into the account and mirrors the account
 * locally. Runs once per page; resolves to how many browser stars were added to the account.
 */
export function startStarStore(): Promise<number> {
  started ??= (async () => {
    // Visitors (no signed-in hint cookie) keep their stars here without asking the server.
    const res = hasSignedInHint(document.cookie)
      ? await fetch('/api/stars', { headers: { Accept: 'application/json' } }).catch(() => null)
      : null;
    const account = res ? await slugsFrom(res) : null;
    const { local, cookie } = browserStars();
    if (!account) {
      // A 401 despite the hint: the session ended elsewhere; forget the stale hint.
      if (res?.status === 401) document.cookie = `${SIGNED_IN_HINT_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
      publish(local, false); // a visitor, whose stars stay in this browser (and its cookie)
      return 0;
    }
    signedIn = true;
    const pending = pendingForAccount(local, read(BROWSER_SYNCED_KEY), account);
    let merged: string[] | null = account;
    if (pending.length > 0) {
      const put = await fetch('/api/stars', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ slugs: pending }),
      }).catch(() => null);
      merged = put && (await slugsFrom(put));
    }
    // Merged (or nothing to merge): the account has the cookie's stars; a failed merge keeps it for next time.
    if (merged && cookie !== null) clearCookie();
    merged ??= account;
    publish(merged, true);
    return merged.length - account.length;
  })();
  return started;
}

/** Stars or unstars a session; resolves false (and restores the old state) when the account refused it. */
export async function toggleStar(slug: string, starred: boolean): Promise<boolean> {
  await startStarStore();
  const before = [...stars];
  const next = withStar(before, slug, starred);
  if (!signedIn) {
    // A choice made here, signed out, is this browser's own: merge it at the next sign-in.
    write(
      BROWSER_SYNCED_KEY,
      read(BROWSER_SYNCED_KEY).filter((s) => s !== slug),
    );
    publish(next, false);
    return true;
  }
  publish(next, false);
  // A refusal (rate limit, a session cancelled meanwhile) or no network: the star goes back.
  const answer = await actions.stars.toggle({ slug, starred }).catch(() => null);
  const account = answer?.data?.slugs ?? null;
  if (!account) {
    publish(before, false);
    return false;
  }
  publish(account, true);
  return true;
}
