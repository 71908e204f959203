// The public site over HTTP: language negotiation at the root, every page type in
// both languages, 404s, and the SEO head (canonical, hreflang, Open Graph, JSON-LD,
// sitemap, robots.txt).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type TestServer } from '../support/server';
import { repoRoot } from '../support/paths';

let app: TestServer;

beforeAll(async () => {
  app = await startServer();
});

afterAll(async () => {
  await app?.stop();
});

async function html(path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`${app.url}${path}`);
  return { status: res.status, body: await res.text() };
}

/** The first link under a path prefix found on a page, e.g. a session slug. */
async function firstLink(listing: string, prefix: string): Promise<string> {
  const { body } = await html(listing);
  const match = new RegExp(`href="(${prefix}[a-z0-9-]+/)"`).exec(body);
  if (!match) throw new Error(`no link to ${prefix}… on ${listing}`);
  return match[1]!;
}

/** The slugs content/ defines, read from its folders (one folder per entry). */
function contentSlugs(): { sessions: string[]; speakers: string[]; products: string[] } {
  const dirs = (kind: string) =>
    readdirSync(join(repoRoot, 'content', kind), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  return { sessions: dirs('sessions'), speakers: dirs('speakers'), products: dirs('products') };
}

function jsonLd(body: string): Record<string, unknown>[] {
  return [...body.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

describe('the root address', () => {
  it('sends a visitor whose browser prefers English to /en/, varying on Accept-Language', async () => {
    const res = await fetch(`${app.url}/`, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'en-GB,en;q=0.9,vi;q=0.5' },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/en/');
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
  });

  it('sends a Vietnamese or unknown browser to /vi/', async () => {
    for (const header of ['vi-VN,vi;q=0.9', 'fr-FR', '']) {
      const res = await fetch(`${app.url}/`, { redirect: 'manual', headers: { 'Accept-Language': header } });
      expect(res.headers.get('location')).toBe('/vi/');
    }
  });
});

describe('every page type in both languages', () => {
  it('answers 200 with the page language and a translated heading', async () => {
    const session = await firstLink('/en/agenda/', '/en/sessions/');
    const speaker = await firstLink('/en/speakers/', '/en/speakers/');
    const product = await firstLink('/en/showcase/', '/en/showcase/');
    const paths = [
      '/',
      '/agenda/',
      '/agenda/?view=grid',
      session.slice(3),
      '/speakers/',
      speaker.slice(3),
      '/showcase/',
      product.slice(3),
      '/exhibitors/',
      '/practical/',
      '/privacy/',
    ];
    for (const lang of ['vi', 'en']) {
      for (const path of paths) {
        const { status, body } = await html(`/${lang}${path}`);
        expect(status, `/${lang}${path}`).toBe(200);
        expect(body.includes(`<html lang="${lang}"`), `/${lang}${path} is in ${lang}`).toBe(true);
        expect(/<h1[^>]*>/.test(body), `/${lang}${path} has a heading`).toBe(true);
      }
    }
  });

  it('answers 404 with the bilingual not-found page for unknown pages and languages', async () => {
    for (const path of [
      '/en/no-such-page/',
      '/en/sessions/no-such-session/',
      '/fr/agenda/',
      '/de/',
      '/fr/my-agenda/',
    ]) {
      const { status, body } = await html(path);
      expect(status, path).toBe(404);
      expect(body.includes('Không tìm thấy trang') && body.includes('Page not found'), path).toBe(true);
    }
  });

  it('links every page, prerendered or not, to registration, the account and the personal agenda', async () => {
    const product = await firstLink('/vi/showcase/', '/vi/showcase/');
    for (const lang of ['vi', 'en']) {
      for (const path of [
        `/${lang}/`,
        `/${lang}/agenda/`,
        `/${lang}/speakers/`,
        `/${lang}/practical/`,
        `/${lang}${product.slice(3)}`,
      ]) {
        const { body } = await html(path);
        for (const target of ['/register/', '/me/', '/my-agenda/']) {
          expect(body.includes(`href="/${lang}${target}"`), `${path} links to /${lang}${target}`).toBe(true);
        }
      }
    }
    expect((await html('/en/my-agenda/')).body).toMatch(
      /<a href="\/en\/my-agenda\/" aria-current="page"[^>]*>My agenda<\/a>/,
    );
  });

  it('sends a visitor who follows "My account" to sign in', async () => {
    const res = await fetch(`${app.url}/en/me/`, { redirect: 'manual' });
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    expect(res.headers.get('location')).toMatch(/\/en\/login\/\?next=%2Fen%2Fme%2F$/);
  });

  it('offers the summit and every track as calendar downloads and webcal:// subscriptions on the agenda', async () => {
    for (const lang of ['vi', 'en']) {
      const { body } = await html(`/${lang}/agenda/?view=grid`);
      expect(body).toContain(`href="/calendar/summit.ics?lang=${lang}"`);
      expect(body).toMatch(new RegExp(`href="webcal://[^"]+/calendar/summit\\.ics\\?lang=${lang}"`));
      for (const track of ['plenary', 'e-government', 'green-mobility-energy']) {
        expect(body, `${track} in ${lang}`).toContain(`href="/calendar/tracks/${track}.ics?lang=${lang}"`);
      }
    }
  });

  it('ignores unknown agenda filters with a note instead of failing', async () => {
    const { status, body } = await html('/en/agenda/?track=%3Cmarquee%3E&format=panel');
    expect(status).toBe(200);
    expect(body).toContain('Some filters were not recognised');
    expect(body.includes('<marquee>'), 'the unknown value is never echoed as markup').toBe(false);
  });

  it('filters the showcase from the query string without JavaScript', async () => {
    const all = await html('/en/showcase/');
    const pilots = await html('/en/showcase/?maturity=pilot');
    const count = (body: string) => (body.match(/class="card product-card"/g) ?? []).length;
    expect(count(pilots.body)).toBeGreaterThan(0);
    expect(count(pilots.body)).toBeLessThan(count(all.body));
    expect(pilots.body).toMatch(/href="\/vi\/showcase\/\?maturity=pilot"/);
  });
});

describe('search engines and sharing', () => {
  it('declares canonical, hreflang alternates and Open Graph on a session page', async () => {
    const session = await firstLink('/en/agenda/', '/en/sessions/');
    const { body } = await html(session);
    const path = session.slice(3);
    expect(body).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/en${path}">`));
    expect(body).toMatch(new RegExp(`<link rel="alternate" hreflang="vi" href="[^"]*/vi${path}">`));
    expect(body).toMatch(new RegExp(`<link rel="alternate" hreflang="en" href="[^"]*/en${path}">`));
    expect(body).toMatch(/<link rel="alternate" hreflang="x-default" href="[^"]+">/);
    expect(body).toMatch(/<meta property="og:title" content="[^"]+">/);
    expect(body).toMatch(/<meta property="og:image" content="[^"]+\/og-image\.png">/);
  });

  it('describes the summit and each session as schema.org Events in Hanoi time', async () => {
    const home = jsonLd((await html('/en/')).body);
    expect(home[0]).toMatchObject({
      '@type': 'Event',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
    expect(home[0]!.startDate).toMatch(/^2025-12-23T\d{2}:\d{2}:00\+07:00$/);
    expect(home[0]!.location).toMatchObject({ '@type': 'Place', address: { '@type': 'PostalAddress' } });

    const session = jsonLd((await html(await firstLink('/vi/agenda/', '/vi/sessions/'))).body);
    expect(session[0]).toMatchObject({ '@type': 'Event', location: { '@type': 'Place' } });
    expect(session[0]!.organizer).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ '@type': 'Organization', name: expect.any(String) as unknown }),
      ]),
    );
    expect(session[0]!.image).toEqual([expect.stringMatching(/\/og-image\.png$/)]);
    expect(session[0]!.startDate).toMatch(/\+07:00$/);
  });

  it('lists every public page in both languages in the sitemap, and nothing marked noindex', async () => {
    const index = await html('/sitemap-index.xml');
    expect(index.status).toBe(200);
    const sitemap = await html('/sitemap-0.xml');
    const listed = new Set([...sitemap.body.matchAll(/<loc>[a-z]+:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!));
    const { sessions, speakers, products } = contentSlugs();
    for (const lang of ['vi', 'en']) {
      const pages = [
        ...['', 'agenda/', 'speakers/', 'showcase/', 'exhibitors/', 'practical/', 'privacy/', 'register/'].map(
          (p) => `/${lang}/${p}`,
        ),
        ...sessions.map((slug) => `/${lang}/sessions/${slug}/`),
        ...speakers.map((slug) => `/${lang}/speakers/${slug}/`),
        ...products.map((slug) => `/${lang}/showcase/${slug}/`),
      ];
      for (const page of pages) expect(listed.has(page), `${page} in the sitemap`).toBe(true);
    }
    for (const page of listed) {
      const { status, body } = await html(page);
      expect(status, page).toBe(200);
      expect(body.includes('<meta name="robots" content="noindex"'), `${page} is listed but noindex`).toBe(false);
    }
    const robots = await html('/robots.txt');
    expect(robots.body).toMatch(/^Sitemap: \S+\/sitemap-index\.xml$/m);
  });
});
