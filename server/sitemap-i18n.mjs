// The sitemap's hreflang links (each page's language versions), computed in one pass for
// @astrojs/sitemap. Its own `i18n` option (3.7) scans every URL once per page: a 2,000-session
// build lists ~11,000 URLs, ~60 million comparisons (~4 s) and growing with the square. Same
// links in the same order: every language version of a path, in the sitemap's URL order, when
// there is more than one.

const STATUS_PAGES = ['404', '500'];

/** @typedef {{ url: string, lang: string }} SitemapLink */

/**
 * Where a URL belongs: its language and its path without the language, as @astrojs/sitemap parses it.
 * @param {string} url
 * @param {string} base
 * @param {string} defaultLocale
 * @param {Record<string, string>} locales
 * @returns {{ locale: string, path: string } | undefined}
 */
export function parseLocalizedUrl(url, base, defaultLocale, locales) {
  if (!url.startsWith(base)) return undefined;
  let s = url.slice(base.length);
  if (!s || s === '/') return { locale: defaultLocale, path: '/' };
  if (s[0] !== '/') s = `/${s}`;
  const locale = s.split('/')[1];
  if (Object.hasOwn(locales, locale)) return { locale, path: s.slice(1 + locale.length) || '/' };
  return { locale: defaultLocale, path: s };
}

// The sitemap's URL order: @astrojs/sitemap sorts with a.localeCompare(b, 'en', { numeric: true }),
// which is this collator's order (one collator instead of one per comparison).
const byUrl = new Intl.Collator('en', { numeric: true }).compare;

/**
 * `filter` (wrapping the sitemap's own) and `serialize` options for @astrojs/sitemap that add the
 * hreflang links its `i18n` option would, for `{ defaultLocale, locales: { vi: 'vi-VN', … } }`.
 * @param {{ defaultLocale: string, locales: Record<string, string> }} i18n
 * @param {string} site
 */
export function sitemapI18n({ defaultLocale, locales }, site) {
  const base = new URL('/', site).href;
  const statusPaths = new Set(Object.keys(locales).flatMap((l) => STATUS_PAGES.map((p) => `/${l}/${p}/`)));
  /** @type {string[]} */
  const kept = [];
  /** @type {Map<string, SitemapLink[]> | undefined} */
  let linksByPath;
  /** @param {string} url */
  const linksFor = (url) => {
    if (!linksByPath) {
      /** @type {Map<string, SitemapLink[]>} */
      const groups = new Map();
      for (const u of [...kept].sort(byUrl)) {
        const parsed = parseLocalizedUrl(u, base, defaultLocale, locales);
        if (!parsed) continue;
        const group = groups.get(parsed.path) ?? [];
        group.push({ url: u, lang: locales[parsed.locale] ?? parsed.locale });
        groups.set(parsed.path, group);
      }
      linksByPath = groups;
    }
    const parsed = parseLocalizedUrl(url, base, defaultLocale, locales);
    const links = parsed && linksByPath.get(parsed.path);
    return links && links.length > 1 ? links : undefined;
  };
  return {
    /**
     * Keeps what `keep` keeps (and, as the `i18n` option did, no language's status pages); records it.
     * @param {(url: string) => boolean} keep
     * @returns {(url: string) => boolean}
     */
    filter: (keep) => (url) => {
      const path = url.startsWith(base) ? `/${url.slice(base.length).replace(/\/?$/, '/')}` : undefined;
      if (path && statusPaths.has(path)) return false;
      if (!keep(url)) return false;
      kept.push(url);
      return true;
    },
    /**
     * Adds the page's language versions to a sitemap entry.
     * @template {{ url: string }} T
     * @param {T} item
     * @returns {T & { links: SitemapLink[] | undefined }}
     */
    serialize: (item) => ({ ...item, links: linksFor(item.url) }),
  };
}
