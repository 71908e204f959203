// Cross-site request checks (src/lib/server/auth/origin.ts): safe methods, our own origin, refused
// origins, and non-browser clients.
import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest } from '../../../../src/lib/server/auth/origin';

const base = {
  method: 'POST',
  origin: null,
  secFetchSite: null,
  requestOrigin: 'http://127.0.0.1:4321',
  siteOrigin: 'https://summit.example',
};

describe('isCrossSiteRequest', () => {
  it('never blocks safe methods', () => {
    expect(
      isCrossSiteRequest({ ...base, method: 'GET', origin: 'https://evil.example', secFetchSite: 'cross-site' }),
    ).toBe(false);
  });

  it('accepts our own origin, as addressed or as published in SITE_URL', () => {
    expect(isCrossSiteRequest({ ...base, origin: 'http://127.0.0.1:4321' })).toBe(false);
    expect(isCrossSiteRequest({ ...base, origin: 'https://summit.example' })).toBe(false);
  });

  it('refuses any other origin, the opaque "null" origin, and what the browser marks cross-site', () => {
    expect(isCrossSiteRequest({ ...base, origin: 'https://evil.example' })).toBe(true);
    expect(isCrossSiteRequest({ ...base, origin: 'https://sub.summit.example' })).toBe(true);
    expect(isCrossSiteRequest({ ...base, origin: 'null' })).toBe(true);
    expect(isCrossSiteRequest({ ...base, secFetchSite: 'cross-site' })).toBe(true);
    expect(isCrossSiteRequest({ ...base, method: 'DELETE', origin: 'https://evil.example' })).toBe(true);
  });

  it('lets non-browser clients (no Origin, no Sec-Fetch-Site) through to the route', () => {
    expect(isCrossSiteRequest(base)).toBe(false);
  });
});
