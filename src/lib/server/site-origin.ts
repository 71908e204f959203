// The public origin of the site (SITE_URL at run time, else the one the site was built
// for): the one place links in emails, calendar feeds and the origin check start from.
import { config } from '~/lib/server/config';

/** The public origin, e.g. "https://summit.example" or "http://localhost:4321". */
export function siteOrigin(): string {
  // `import.meta.env` exists inside Astro/Vite but not when scripts run under tsx.
  const built = (import.meta.env as ImportMetaEnv | undefined)?.SITE;
  return new URL(config('SITE_URL') || built || 'http://localhost:4321').origin;
}

/** An absolute URL on the site for a path such as "/en/verify-email/?token=…". */
export function absoluteUrl(path: string): string {
  return new URL(path, siteOrigin()).href;
}
