// The sitemap's hreflang links (server/sitemap-i18n.mjs): the links @astrojs/sitemap's own `i18n`
// option gives, found by grouping URLs once instead of comparing every URL with every other.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sitemapI18n } from '../../../server/sitemap-i18n.mjs';
import { repoRoot } from '../../support/paths';

type Link = { url: string; lang: string };
type Item = { url: string; links?: Link[] | undefined };
// The integration's own implementation, as the oracle (not in its package exports).
const { generateSitemap } = (await import(
  pathToFileURL(join(repoRoot, 'node_modules/@astrojs/sitemap/dist/generate-sitemap.js')).href
)) as { generateSitemap: (urls: string[], site: string, opts: object) => Item[] };

const site = 'https://summit.example';
const i18n = { defaultLocale: 'vi', locales: { vi: 'vi-VN', en: 'en-GB' } };
const urls = [
  '/',
  '/vi/',
  '/en/',
  '/vi/agenda/',
  '/en/agenda/',
  '/vi/sessions/talk-2/',
  '/vi/sessions/talk-10/',
  '/en/sessions/talk-10/',
  '/en/sessions/talk-2/',
  '/vi/only-vietnamese/',
  '/en/only-english/',
  '/robots.txt',
].map((p) => new URL(p, site).href);

/** What the integration writes: its filter, then the URL order, then serialize. */
function withOurLinks(all: string[], keep: (url: string) => boolean = () => true): Item[] {
  const languages = sitemapI18n(i18n, site);
  const filter = languages.filter(keep);
  const items = generateSitemap(all.filter(filter), `${site}/`, {});
  return items.map((item) => languages.serialize(item));
}

describe('sitemap language links', () => {
  it('are the links of the integration’s i18n option, for every URL and in the same order', () => {
    const theirs = generateSitemap(urls, `${site}/`, { i18n });
    const ours = withOurLinks(urls);
    expect(ours.map((i) => i.url)).toEqual(theirs.map((i) => i.url));
    expect(ours.map((i) => i.links)).toEqual(theirs.map((i) => i.links));
    expect(ours.find((i) => i.url.endsWith('/en/sessions/talk-2/'))?.links).toEqual([
      { url: `${site}/en/sessions/talk-2/`, lang: 'en-GB' },
      { url: `${site}/vi/sessions/talk-2/`, lang: 'vi-VN' },
    ]);
  });

  it('leave a page in one language without links', () => {
    const ours = withOurLinks(urls);
    expect(ours.find((i) => i.url.endsWith('/only-vietnamese/'))?.links).toBeUndefined();
    expect(ours.find((i) => i.url.endsWith('/robots.txt'))?.links).toBeUndefined();
  });

  it('link only to pages the sitemap keeps', () => {
    const ours = withOurLinks(urls, (url) => !url.includes('/en/agenda/'));
    expect(ours.find((i) => i.url.endsWith('/vi/agenda/'))?.links).toBeUndefined();
    expect(ours.some((i) => i.url.endsWith('/en/agenda/'))).toBe(false);
  });

  it('keep each language’s status pages out, as the i18n option does', () => {
    const ours = withOurLinks([...urls, `${site}/vi/404/`, `${site}/en/500`]);
    expect(ours.some((i) => /\/(404|500)/.test(i.url))).toBe(false);
  });

  it('grow with the number of pages, not its square', () => {
    // Our filter and serialize only (the integration's own sort is not ours). Times are the best of
    // five, and compared as a ratio so a busy machine does not decide: four times the pages cost
    // about four times as much (the grouping's sort adds a little); scanning every URL per page
    // (the integration's i18n option) costs sixteen times as much.
    const cost = (pages: number) => {
      const all = Array.from({ length: pages }, (_, i) => [`${site}/vi/p-${i}/`, `${site}/en/p-${i}/`]).flat();
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        const languages = sitemapI18n(i18n, site);
        const filter = languages.filter(() => true);
        all.forEach((url) => filter(url));
        const ours = all.map((url) => languages.serialize({ url }));
        best = Math.min(best, performance.now() - t0);
        expect(ours.every((i) => i.links?.length === 2)).toBe(true);
      }
      return best;
    };
    cost(2_000); // warm up the JIT, so the first measurement is not the slow one
    const small = cost(2_000);
    const large = cost(8_000);
    expect(large / small).toBeLessThan(9);
  });
});
