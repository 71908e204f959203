// The Astro side of the render cache (server/render-cache.mjs keeps the entries): a route says it
// may be cached and what it depends on; contentChanged(scope) makes every render that depends on
// a scope stale at once, so the next request renders afresh. The version table lives on
// globalThis under a registered symbol because the server and the Astro bundle are two module graphs.
import type { AstroGlobal } from 'astro';

/** What a cached render depends on: the programme mirror (sync), the showcase (moderation), seat counts. */
export type ContentScope = 'programme' | 'showcase' | 'seats';

const VERSIONS = Symbol.for('summit.content-versions');
/** The header server/render-cache.mjs reads (and strips). */
const HEADER = 'X-Render-Cache';
/** Longest a render is kept without a change of content: a day (the real clock moves the status anyway). */
const MAX_TTL_MS = 24 * 3600 * 1000;

function versions(): Map<string, number> {
  const g = globalThis as { [VERSIONS]?: Map<string, number> };
  g[VERSIONS] ??= new Map();
  return g[VERSIONS];
}

/** Call after content in `scope` changed (programme sync, moderation decision, seats): cached renders using it are dropped. */
export function contentChanged(scope: ContentScope): void {
  const table = versions();
  table.set(scope, (table.get(scope) ?? 0) + 1);
}

/** The current version of a scope (tests and diagnostics). */
export function contentVersion(scope: ContentScope): number {
  return versions().get(scope) ?? 0;
}

interface CacheOptions {
  /** The content this render shows. */
  scopes: ContentScope[];
  /** The instant (summit clock) at which the render stops being right, e.g. the next status change. */
  validUntil?: Date | null;
  /** The summit clock's "now", to turn validUntil into a duration. */
  now?: Date;
}

/** The X-Render-Cache value for a render (exported for tests). */
export function renderCacheDirective({ scopes, validUntil, now = new Date() }: CacheOptions): string {
  const ttl = validUntil ? Math.max(1, Math.min(MAX_TTL_MS, validUntil.getTime() - now.getTime())) : MAX_TTL_MS;
  return `scopes=${scopes.join(',')}; ttl=${ttl}`;
}

/**
 * Lets the server keep this render for anonymous visitors (no cookies) until content in one of
 * `scopes` changes or `validUntil` passes. Only for output that is the same for every visitor.
 */
export function cacheRender(
  context: Pick<AstroGlobal, 'response'> | { response: { headers: Headers } },
  options: CacheOptions,
): void {
  context.response.headers.set(HEADER, renderCacheDirective(options));
}

/** The same, for an endpoint's own Response. */
export function cacheResponse(response: Response, options: CacheOptions): Response {
  if (response.status === 200) response.headers.set(HEADER, renderCacheDirective(options));
  return response;
}
