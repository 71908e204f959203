// Text responses go out compressed (Brotli where accepted, else gzip) with the same body inside,
// carry a validator that answers 304, and only hashed assets are cached as immutable.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { createAccount } from '../support/accounts';
import { distDir } from '../support/paths';
import { rawGet, type RawResponse } from '../support/raw-http';

let app: TestServer;
beforeAll(async () => {
  app = await startServer();
});
afterAll(() => app?.stop());

const get = (path: string, headers: Record<string, string> = {}) => rawGet(app.url + path, headers);

/** The body as the client reads it once decoded. */
function decoded(res: RawResponse): string {
  const coding = res.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(res.body).toString('utf8');
  if (coding === 'gzip') return gunzipSync(res.body).toString('utf8');
  expect(coding).toBeUndefined();
  return res.body.toString('utf8');
}

const hashedScript = () => `/_astro/${readdirSync(join(distDir(), 'client/_astro')).find((f) => f.endsWith('.js'))}`;

describe('compression', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['a cached on-demand page', '/en/agenda/?track=plenary', {}],
    ['a prerendered page', '/en/speakers/', {}],
    ['a public feed', '/calendar/summit.ics', {}],
    ['a hashed asset', 'ASSET', {}],
    ['a page rendered for one request (with a cookie)', '/en/agenda/', { cookie: 'unrelated=1' }],
  ];
  for (const [what, path, extra] of cases) {
    it(`sends ${what} as Brotli, gzip or plain with the same body`, async () => {
      const p = path === 'ASSET' ? hashedScript() : path;
      const plain = await get(p, extra);
      const br = await get(p, { ...extra, 'accept-encoding': 'gzip, deflate, br' });
      const gz = await get(p, { ...extra, 'accept-encoding': 'gzip' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(br.headers['content-encoding']).toBe('br');
      expect(gz.headers['content-encoding']).toBe('gzip');
      for (const res of [br, gz]) {
        expect(String(res.headers.vary)).toMatch(/Accept-Encoding/i);
        expect(res.body.length).toBeLessThan(plain.body.length / 2);
      }
      const body = decoded(plain);
      expect(decoded(br)).toBe(body);
      expect(decoded(gz)).toBe(body);
    });
  }

  it('does not compress for a client that refuses every coding', async () => {
    const res = await get('/en/agenda/', { 'accept-encoding': 'identity' });
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('validators', () => {
  for (const path of ['/en/', '/en/agenda/', '/en/speakers/', '/calendar/summit.ics']) {
    it(`answers 304 to a matching If-None-Match on ${path}, in any encoding`, async () => {
      const first = await get(path, { 'accept-encoding': 'br' });
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^(W\/)?"/);
      const again = await get(path, { 'accept-encoding': 'br', 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      const other = await get(path, { 'if-none-match': '"something-else"' });
      expect(other.status).toBe(200);
    });
  }
});

describe('long-lived caching', () => {
  it('marks hashed assets immutable', async () => {
    const res = await get(hashedScript());
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('never marks HTML or personal pages immutable', async () => {
    const delegate = createAccount(app.db, app.url);
    const responses = [
      await get('/en/'),
      await get('/en/agenda/'),
      await get('/en/speakers/'),
      await get('/en/showcase/'),
      await get('/en/me/agenda/', { cookie: delegate.cookie }),
      await get('/en/agenda/', { cookie: delegate.cookie }),
    ];
    for (const res of responses) {
      expect(res.status).toBe(200);
      expect(String(res.headers['cache-control'] ?? '')).not.toMatch(/immutable|max-age=[1-9]/);
    }
    expect(responses[4]!.headers['cache-control']).toBe('private, no-store');
    expect(responses[5]!.headers['cache-control']).toBe('private, no-store');
  });
});
