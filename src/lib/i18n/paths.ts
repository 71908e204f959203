// Paths of pages in a language: the one way to build "/en/sessions/opening-ceremony/"-style URLs.
import type { Lang } from './locales';

/** Query parameters: unset (undefined) ones are left out; repeated keys take an array. */
export type PathQuery = Record<string, string | number | readonly string[] | undefined>;

/**
 * The page at `path` (lang-less, "/" or "/agenda/" or "agenda/") in `lang`, with an optional
 * query: `localizedPath('en', '/sessions/opening-ceremony/')` → "/en/sessions/opening-ceremony/".
 */
export function localizedPath(lang: Lang, path: string, query?: PathQuery): string {
  const base = `/${lang}${path.startsWith('/') ? path : `/${path}`}`;
  if (!query) return base;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
