// Specification of the render cache (server/render-cache.mjs), its encodings (server/encoding.mjs)
// and the Astro side that invalidates it (src/lib/server/render-cache.ts).
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  CACHE_BLIND_COOKIES,
  cacheKey,
  createRenderCache,
  isCacheable,
  parseDirective,
  snapshotVersions,
} from '../../../server/render-cache.mjs';
import { chooseEncoding } from '../../../server/encoding.mjs';
import { contentChanged, renderCacheDirective } from '~/lib/server/render-cache';
import { STARS_COOKIE } from '~/lib/personal-agenda/stars';

const page = Buffer.from('<!doctype html><title>Agenda</title>' + '<p>session</p>'.repeat(200));

function stored(directive = 'scopes=programme,seats', key = '/en/agenda/') {
  const cache = createRenderCache();
  const parsed = parseDirective(directive);
  if (!parsed) throw new Error('directive did not parse');
  return {
    cache,
    key,
    entry: cache.store(key, { headers: {}, identity: page, directive: parsed, versions: snapshotVersions() }),
  };
}

describe('cacheKey', () => {
  it('treats the query in any order and a missing trailing slash as one page', () => {
    expect(cacheKey('/en/agenda?track=ai&format=talk')).toBe(cacheKey('/en/agenda/?format=talk&track=ai'));
  });

  it('keeps different filters apart', () => {
    expect(cacheKey('/en/agenda/?track=ai')).not.toBe(cacheKey('/en/agenda/?track=energy'));
  });

  it('leaves a file path such as a feed as it is', () => {
    expect(cacheKey('/calendar/summit.ics?lang=en')).toBe('/calendar/summit.ics?lang=en');
  });
});

describe('isCacheable', () => {
  it('serves visitors without cookies from the cache', () => {
    expect(isCacheable({ method: 'GET', headers: {} })).toBe(true);
  });

  it('never serves a request with a cookie (a signed-in delegate, a form result) from it', () => {
    expect(isCacheable({ method: 'GET', headers: { cookie: 'summit_session=abc' } })).toBe(false);
  });

  it('serves a visitor who keeps stars in the stars cookie from it (no cached page reads that cookie)', () => {
    expect(isCacheable({ method: 'GET', headers: { cookie: `${STARS_COOKIE}=opening-ceremony.lunch-break` } })).toBe(
      true,
    );
    expect(isCacheable({ method: 'HEAD', headers: { cookie: `${STARS_COOKIE}=` } })).toBe(true);
    expect([...CACHE_BLIND_COOKIES]).toEqual([STARS_COOKIE]);
  });

  it('never serves the stars cookie beside any other cookie from it', () => {
    expect(isCacheable({ method: 'GET', headers: { cookie: `${STARS_COOKIE}=a; session=abc` } })).toBe(false);
    expect(isCacheable({ method: 'GET', headers: { cookie: `session=abc;${STARS_COOKIE}=a` } })).toBe(false);
    expect(isCacheable({ method: 'GET', headers: { cookie: `x${STARS_COOKIE}=a` } })).toBe(false);
    expect(isCacheable({ method: 'GET', headers: { cookie: 'summit_signed_in=1' } })).toBe(false);
    expect(isCacheable({ method: 'GET', headers: { cookie: 'garbage' } })).toBe(false);
  });

  it('never serves a request with credentials from it, stars cookie or not', () => {
    expect(isCacheable({ method: 'GET', headers: { cookie: `${STARS_COOKIE}=a`, authorization: 'Bearer x' } })).toBe(
      false,
    );
  });

  it('never serves a POST from it', () => {
    expect(isCacheable({ method: 'POST', headers: {} })).toBe(false);
  });
});

describe('the cache', () => {
  it('keeps a render with a validator and both compressed variants of the same body', async () => {
    const { cache, key, entry } = stored();
    await entry;
    const hit = cache.get(key);
    expect(hit?.etag).toMatch(/^W\/"/);
    expect(brotliDecompressSync(hit!.br)).toEqual(page);
    expect(gunzipSync(hit!.gzip)).toEqual(page);
  });

  it('drops every render that depends on a scope once contentChanged(scope) is called', async () => {
    const { cache, key, entry } = stored('scopes=seats');
    await entry;
    expect(cache.get(key)).toBeDefined();
    contentChanged('seats');
    expect(cache.get(key)).toBeUndefined();
  });

  it('keeps renders that do not depend on the changed scope', async () => {
    const { cache, key, entry } = stored('scopes=showcase');
    await entry;
    contentChanged('programme');
    expect(cache.get(key)).toBeDefined();
  });

  it('does not keep a render that was under way when its content changed', async () => {
    const cache = createRenderCache();
    const versions = snapshotVersions();
    contentChanged('programme');
    await cache.store('/en/', {
      headers: {},
      identity: page,
      directive: parseDirective('scopes=programme')!,
      versions,
    });
    expect(cache.get('/en/')).toBeUndefined();
  });

  it('drops a render when its time is up (the summit status moved)', async () => {
    const { cache, key, entry } = stored('scopes=programme; ttl=1');
    await entry;
    await new Promise((r) => setTimeout(r, 5));
    expect(cache.get(key)).toBeUndefined();
  });
});

describe('renderCacheDirective', () => {
  it('keeps a render until the next status change', () => {
    const now = new Date('2025-12-23T03:15:00Z');
    const validUntil = new Date('2025-12-23T03:30:00Z');
    expect(renderCacheDirective({ scopes: ['programme'], validUntil, now })).toBe('scopes=programme; ttl=900000');
  });

  it('parses back into scopes and a lifetime', () => {
    expect(parseDirective('scopes=programme,seats; ttl=900000')).toEqual({
      scopes: ['programme', 'seats'],
      ttlMs: 900000,
    });
  });

  it('refuses a malformed or absent directive', () => {
    expect(parseDirective(undefined)).toBeNull();
    expect(parseDirective('scopes=programme; ttl=soon')).toBeNull();
  });
});

describe('chooseEncoding', () => {
  it('prefers Brotli, then gzip, then the identity body', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding(undefined)).toBe('identity');
  });

  it('honours a refusal with q=0', () => {
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('*;q=0')).toBe('identity');
  });
});
