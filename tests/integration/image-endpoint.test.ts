// /_image serves only the site's own pictures at the sizes its pages use; every other request
// is refused at once with 4xx, so it can never be made to render an image for minutes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startServer();
});
afterAll(() => app?.stop());

/** Every image URL (src and srcset) a page's HTML references. */
async function imageUrls(path: string): Promise<string[]> {
  const html = await (await fetch(app.url + path)).text();
  const urls = new Set<string>();
  for (const [, src] of html.matchAll(/<img[^>]*?\ssrc="([^"]+)"/g)) urls.add(src as string);
  for (const [, set] of html.matchAll(/\ssrcset="([^"]+)"/g)) {
    for (const part of (set as string).split(',')) urls.add(part.trim().split(/\s+/)[0] as string);
  }
  return [...urls].map((u) => u.replaceAll('&#38;', '&').replaceAll('&amp;', '&'));
}

describe('the image endpoint', () => {
  it('refuses the oversized render from the review quickly', async () => {
    const started = performance.now();
    const res = await fetch(`${app.url}/_image?href=%2Fog-image.png&w=99999&h=99999&f=png`);
    expect(res.status).toBe(400);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('answers bad parameters with 4xx, never 500', async () => {
    const own = (await imageUrls('/en/showcase/')).find((u) => u.startsWith('/_image?')) as string;
    const good = new URL(own, app.url).searchParams;
    const variants: Record<string, string> = {
      missing: '',
      nope: 'href=/nope.png',
      negative: 'w=-1',
      format: 'f=xyz',
    };
    for (const [name, query] of Object.entries(variants)) {
      const res = await fetch(`${app.url}/_image?${query}`);
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
    }
    const tweak = (name: string, value: string) => {
      const p = new URLSearchParams(good);
      p.set(name, value);
      return `${app.url}/_image?${p}`;
    };
    for (const url of [
      tweak('w', '481'),
      tweak('f', 'png'),
      tweak('f', 'xyz'),
      tweak('w', '-1'),
      tweak('href', '/og-image.png'),
      tweak('href', '/_astro/missing.AbCdEf12.jpg'),
      tweak('href', '/_astro/../../etc/passwd'),
      tweak('q', '100'),
    ]) {
      const res = await fetch(url);
      expect([400, 404], url).toContain(res.status);
    }
  });

  it('serves every image the on-demand and prerendered pages reference', async () => {
    for (const page of ['/en/', '/vi/showcase/', '/en/speakers/', '/en/exhibitors/']) {
      const urls = await imageUrls(page);
      expect(urls.length, page).toBeGreaterThan(0);
      for (const url of urls) {
        const res = await fetch(new URL(url, app.url));
        expect(res.status, `${page} ${url}`).toBe(200);
        expect(res.headers.get('content-type'), url).toMatch(/^image\//);
      }
    }
  });
});
