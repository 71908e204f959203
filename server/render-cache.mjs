// The render cache: on-demand public pages and feeds rendered once per content version and kept
// in memory, stored compressed (Brotli, gzip) with an ETag, and answered without running Astro.
// A route opts in with the X-Render-Cache response header (src/lib/server/render-cache.ts writes
// it): which content scopes the render depends on and for how long it is right (the summit clock).
// contentChanged(scope) in the Astro bundle bumps a scope's version on globalThis; an entry whose
// versions are not the current ones is never served. Only requests without cookies (but the
// visitor stars cookie, which no cached page reads) use the cache.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { compressOnce } from './encoding.mjs';

/** The response header a route sets to be cached (stripped before the response leaves the server). */
export const RENDER_CACHE_HEADER = 'x-render-cache';
const VERSIONS = Symbol.for('summit.content-versions');

/** The shared scope → version table (the Astro bundle's contentChanged() writes it). */
export function contentVersions() {
  globalThis[VERSIONS] ??= new Map();
  return globalThis[VERSIONS];
}

/** The versions of every scope now, to compare with once a render finishes. */
export function snapshotVersions() {
  return new Map(contentVersions());
}

/**
 * The cache key: the path with one trailing slash (trailingSlash 'ignore' renders both alike)
 * and the query with its parameters sorted, so `?b=1&a=2` and `?a=2&b=1` are one entry.
 */
export function cacheKey(rawUrl) {
  const url = new URL(rawUrl, 'http://localhost');
  const path = url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
  url.searchParams.sort();
  const query = url.searchParams.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Cookies no cached page renders from, so carrying them does not turn the cache off: only the
 * visitor stars cookie (STARS_COOKIE in src/lib/personal-agenda/stars.ts), which the agenda's
 * star islands read in the browser and only the star server island (private, no-store) reads
 * on the server. A page opting into the cache must never read a cookie on this list.
 */
export const CACHE_BLIND_COOKIES = new Set(['summit_stars']);

/** True when a Cookie header is absent or holds only cookies on CACHE_BLIND_COOKIES. */
function onlyCacheBlindCookies(header) {
  if (!header) return true;
  return String(header)
    .split(';')
    .map((part) => part.slice(0, part.includes('=') ? part.indexOf('=') : undefined).trim())
    .every((name) => name === '' || CACHE_BLIND_COOKIES.has(name));
}

/**
 * Whether a request may be answered from (and fill) the cache: GET or HEAD, and no cookies but
 * the cache-blind ones — a signed-in delegate's agenda shows their own seats, and a form's
 * result travels in a cookie.
 */
export function isCacheable(req) {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    onlyCacheBlindCookies(req.headers.cookie) &&
    !req.headers.authorization
  );
}

/** Parses `scopes=programme,showcase; ttl=5000` into { scopes, ttlMs }, or null when absent or malformed. */
export function parseDirective(value) {
  if (typeof value !== 'string') return null;
  const fields = Object.fromEntries(
    value.split(';').map((part) => {
      const [k, v = ''] = part.split('=').map((s) => s.trim());
      return [k, v];
    }),
  );
  const scopes = (fields.scopes ?? '').split(',').filter(Boolean);
  const ttlMs = fields.ttl === undefined ? Infinity : Number(fields.ttl);
  if (!Number.isFinite(ttlMs) && ttlMs !== Infinity) return null;
  return ttlMs > 0 ? { scopes, ttlMs } : null;
}

/** A weak validator from the identity body: the same for every encoding of it (RFC 9110 §8.8.1). */
export function etagOf(body) {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * One stored render: the response headers, the identity body and both compressed variants, its
 * validator, the versions of the scopes it was rendered from, and when its time is up.
 * @typedef {{ headers: Record<string, unknown>, identity: Buffer, br: Buffer, gzip: Buffer, etag: string,
 *   versions: [string, number][], expiresAt: number }} RenderEntry
 */

/** An in-memory cache bounded by entries and bytes (an attacker's random queries only evict). */
export function createRenderCache({ maxEntries = 1000, maxBytes = 96 * 1024 * 1024 } = {}) {
  /** @type {LRUCache<string, RenderEntry>} */
  const entries = new LRUCache({
    max: maxEntries,
    maxSize: maxBytes,
    sizeCalculation: (e) => e.identity.length + e.br.length + e.gzip.length + 512,
  });
  /** Renders being stored, so concurrent misses of one key wait for the first instead of all rendering. */
  /** @type {Map<string, Promise<RenderEntry>>} */
  const pending = new Map();

  /** @param {RenderEntry} entry */
  const isCurrent = (entry) => {
    if (entry.expiresAt <= Date.now()) return false;
    const now = contentVersions();
    return entry.versions.every(([scope, v]) => (now.get(scope) ?? 0) === v);
  };

  return {
    /** The current entry for a key, or undefined (stale entries are dropped). */
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (isCurrent(entry)) return entry;
      entries.delete(key);
      return undefined;
    },
    isCurrent,
    /** A render of this key already being stored, to wait for. */
    pending: (key) => pending.get(key),
    /**
     * Stores a finished render. `versions` is the snapshot taken before rendering: if a scope
     * changed meanwhile the entry is stored already stale, so the next request renders again.
     */
    store(key, { headers, identity, directive, versions }) {
      const work = (async () => {
        const { br, gzip } = await compressOnce(identity);
        /** @type {RenderEntry} */
        const entry = {
          headers,
          identity,
          br,
          gzip,
          etag: etagOf(identity),
          versions: directive.scopes.map((s) => [s, versions.get(s) ?? 0]),
          expiresAt: Date.now() + Math.min(directive.ttlMs, 24 * 3600 * 1000),
        };
        if (isCurrent(entry)) entries.set(key, entry);
        return entry;
      })().finally(() => pending.delete(key));
      pending.set(key, work);
      return work;
    },
    get size() {
      return entries.size;
    },
  };
}
