// Middleware step: protective HTTP headers on every on-demand response.
// The CSP here does not restrict scripts or styles (Astro islands use inline
// bootstrap scripts); it forbids framing (clickjacking on forms), plugins,
// <base> hijacking and form posts to other origins. Prerendered files are served
// by the adapter's static handler without these; they hold no forms that change
// state except ones posting to on-demand routes, which answer with these headers.
import { defineMiddleware } from 'astro:middleware';

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The check-in page scans tickets with the camera; nothing else needs devices.
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Adds the headers a response does not already set (routes may tighten them, e.g. no-referrer on feeds). */
export const securityHeaders = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  for (const [name, value] of Object.entries(HEADERS)) {
    if (!response.headers.has(name)) {
      try {
        response.headers.set(name, value);
      } catch {
        // Immutable headers (e.g. a fetched Response passed through): leave them as they are.
      }
    }
  }
  return response;
});
