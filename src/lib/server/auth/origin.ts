// Cross-site request forgery defence for every route, JSON APIs included: an unsafe
// method must come from our own origin. Astro's checkOrigin covers only form posts.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The headers and origins a decision needs. */
export interface OriginInput {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  /** The origin the request was addressed to (scheme://host[:port]). */
  requestOrigin: string;
  /** The public origin from SITE_URL, when set. */
  siteOrigin?: string | undefined;
}

/**
 * True when an unsafe request is cross-site: the browser says so (Sec-Fetch-Site), or
 * the Origin header names another origin (or "null", as sandboxed frames send).
 * Requests without either header are not from a browser form or fetch and pass.
 */
export function isCrossSiteRequest(input: OriginInput): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return false;
  if (input.secFetchSite === 'cross-site') return true;
  if (input.origin === null) return false;
  const allowed = new Set([input.requestOrigin, input.siteOrigin].filter(Boolean));
  return !allowed.has(input.origin);
}
