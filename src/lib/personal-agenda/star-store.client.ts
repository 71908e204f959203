// The browser side of stars, shared by every StarButton on a page: localStorage for
// visitors, the account (via /api/stars) once signed in, merged on the first page load.
import { BROWSER_STARS_KEY, BROWSER_SYNCED_KEY, parseBrowserStars, pendingForAccount } from './stars';
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

function publish(list: readonly string[], fromAccount: boolean): void {
  loaded = true;
  stars = new Set(list);
  write(BROWSER_STARS_KEY, list);
  if (fromAccount) write(BROWSER_SYNCED_KEY, list);
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
    if (!account) {
      // A 401 despite the hint: the session ended elsewhere; forget the stale hint.
      if (res?.status === 401) document.cookie = `${SIGNED_IN_HINT_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
      publish(read(BROWSER_STARS_KEY), false); // a visitor, whose stars stay in this browser
      return 0;
    }
    signedIn = true;
    const pending = pendingForAccount(read(BROWSER_STARS_KEY), read(BROWSER_SYNCED_KEY), account);
    let merged = account;
    if (pending.length > 0) {
      const put = await fetch('/api/stars', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ slugs: pending }),
      }).catch(() => null);
      merged = (put && (await slugsFrom(put))) ?? account;
    }
    publish(merged, true);
    return merged.length - account.length;
  })();
  return started;
}

/** Stars or unstars a session; resolves false (and restores the old state) when the account refused it. */
export async function toggleStar(slug: string, starred: boolean): Promise<boolean> {
  await startStarStore();
  const before = [...stars];
  const next = starred ? [...before.filter((s) => s !== slug), slug] : before.filter((s) => s !== slug);
  publish(next, false);
  if (!signedIn) {
    // A choice made here, signed out, is this browser's own: merge it at the next sign-in.
    write(
      BROWSER_SYNCED_KEY,
      read(BROWSER_SYNCED_KEY).filter((s) => s !== slug),
    );
    return true;
  }
  const res = await fetch('/api/stars', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ slug, starred }),
  }).catch(() => null);
  const account = res ? await slugsFrom(res) : null;
  if (!account) {
    publish(before, false);
    return false;
  }
  publish(account, true);
  return true;
}
