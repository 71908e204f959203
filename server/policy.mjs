// The site's HTTP header policy, one table for every response: prerendered files served by
// server/static.mjs, on-demand responses rendered by Astro, and the CSP directives Astro
// puts in front of the script/style hashes it computes (astro.config.mjs imports them).

/**
 * CSP directives besides script-src and style-src, which Astro writes with its hashes.
 * frame-ancestors stops the clickjacking found in review (a session page framed by another
 * site reserving a seat in one click); form-action and base-uri stop form and <base> hijacking.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/**
 * style attributes (Astro's own <Image> writes `style="--fit: cover"`, the agenda grid places
 * cells with them) cannot carry hashes; a hashed style-src would refuse them all, so attributes
 * get their own, looser directive while <style> elements stay hashed.
 */
export const STYLE_ATTR_DIRECTIVE = "style-src-attr 'unsafe-inline'";

/** The CSP for responses Astro did not write one for (APIs, redirects, scripts, images, feeds). */
export const BASELINE_CSP = [...CSP_DIRECTIVES, "script-src 'self'", "style-src 'self'", STYLE_ATTR_DIRECTIVE].join(
  '; ',
);

/**
 * Completes a route's own CSP (Astro's page CSP with its hashes, or a hand-written page's
 * `style-src` hash) with every baseline directive it does not set, so no response loses
 * frame-ancestors or form-action by setting a policy of its own.
 */
export function completeCsp(csp) {
  const own = csp
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const names = new Set(own.map((d) => d.split(/\s+/)[0].toLowerCase()));
  const missing = BASELINE_CSP.split('; ').filter((d) => !names.has(d.split(' ')[0]));
  return [...own, ...missing].join('; ');
}

/**
 * The headers every response carries unless the route set its own (e.g. no-referrer on feeds).
 * @returns {Record<string, string>}
 */
export function securityHeaders(siteUrl = process.env.SITE_URL ?? '') {
  /** @type {Record<string, string>} */
  const headers = {
    'Content-Security-Policy': BASELINE_CSP,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // The check-in page scans tickets with the camera; nothing else needs devices.
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  // HSTS only means something over https; sent on http it would be ignored, on a LAN test it would pin.
  if (siteUrl.startsWith('https:')) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}
