// Absolute links for emails, built on the public origin (SITE_URL, as in astro.config.mjs).

/** The public origin emails link to. */
export function siteOrigin(): string {
  return process.env.SITE_URL ?? 'http://localhost:4321';
}

/** An absolute URL on the site for a path such as "/en/verify-email/?token=…". */
export function absoluteUrl(path: string): string {
  return new URL(path, siteOrigin()).href;
}
