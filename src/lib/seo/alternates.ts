// URLs of a page in each language: the localized path, its canonical URL and the
// hreflang alternates (vi, en, x-default) every public page declares.
import { DEFAULT_LANG, LANGS, type Lang } from '~/lib/i18n/locales';
import { localizedPath } from '~/lib/i18n/paths';

export interface Alternate {
  hreflang: string;
  href: string;
}

// Kept while parallel branches still import it from here; new code imports ~/lib/i18n/paths.
/** @deprecated Import `localizedPath` from `~/lib/i18n/paths`. */
export { localizedPath };

/** The absolute canonical URL of a page in a language. */
export function canonicalUrl(lang: Lang, path: string, site: URL | string): string {
  return new URL(localizedPath(lang, path), site).href;
}

/**
 * The hreflang alternates of a page. x-default is the language-negotiating root
 * for the home page, and the default-language page elsewhere.
 */
export function alternates(path: string, site: URL | string): Alternate[] {
  const own = LANGS.map((lang) => ({ hreflang: lang, href: canonicalUrl(lang, path, site) }));
  const fallback = path === '/' ? new URL('/', site).href : canonicalUrl(DEFAULT_LANG, path, site);
  return [...own, { hreflang: 'x-default', href: fallback }];
}
