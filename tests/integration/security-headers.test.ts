// Every response — prerendered file or on-demand — carries the same protective headers, with a
// Content-Security-Policy whose script-src allows only the site's own scripts; routes can still tighten them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startServer();
});
afterAll(() => app?.stop());

/** One path of each kind: on-demand pages, redirects and APIs, prerendered pages, built scripts, public files. */
async function samplePaths(): Promise<string[]> {
  // Session pages ship no script file: the agenda's islands do.
  const html = await (await fetch(`${app.url}/en/agenda/`)).text();
  const script = html.match(/\/_astro\/[\w.-]+\.js/)?.[0];
  expect(script, 'a built script on the agenda page').toBeTruthy();
  return [
    '/en/agenda/',
    '/en/login/',
    '/en/me/',
    '/api/stars',
    '/healthz',
    '/en/speakers/',
    '/vi/practical/',
    '/en/sessions/keynote-greener-asian-cities/',
    '/favicon.svg',
    '/nope',
    script as string,
  ];
}

describe('security headers', () => {
  it('forbid framing and set nosniff, referrer and permissions policies on on-demand and prerendered responses', async () => {
    for (const path of await samplePaths()) {
      const res = await fetch(app.url + path, { redirect: 'manual' });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("form-action 'self'");
      expect(csp, path).toContain("object-src 'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('permissions-policy'), path).toContain('camera=(self)');
    }
  });

  it('allow scripts and styles only from the site and by hash, never any inline code', async () => {
    for (const path of ['/en/', '/en/agenda/', '/en/speakers/', '/en/sessions/keynote-greener-asian-cities/']) {
      const csp = (await fetch(app.url + path)).headers.get('content-security-policy') ?? '';
      const scriptSrc = csp.match(/script-src ([^;]*)/)?.[1] ?? '';
      const styleSrc = csp.match(/style-src ([^;]*)/)?.[1] ?? '';
      expect(scriptSrc, path).toMatch(/^'self'( 'sha256-[\w+/=]+')+$/);
      expect(styleSrc, path).toMatch(/^'self'( 'sha256-[\w+/=]+')+$/);
      expect(csp, path).not.toContain("'unsafe-eval'");
      expect(csp, path).toContain("default-src 'self'");
    }
  });

  it('give a revalidated prerendered page (304) the same CSP as the page, so its inline styles still apply', async () => {
    const path = `${app.url}/en/sessions/keynote-greener-asian-cities/`;
    const page = await fetch(path);
    const csp = page.headers.get('content-security-policy');
    expect(csp).toMatch(/style-src 'self' 'sha256-/);
    const again = await fetch(path, { headers: { 'If-None-Match': page.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toBe(csp);
    // A path no file matches still gets the baseline policy, not some page's.
    const missing = await fetch(`${app.url}/en/sessions/no-such-session/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).not.toBe(csp);
  });

  it('keep the stricter referrer policy of the private calendar feed routes', async () => {
    const res = await fetch(`${app.url}/calendar/personal/${'a'.repeat(32)}.ics`);
    expect(res.status).toBe(404);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('send no Strict-Transport-Security over plain http', async () => {
    const res = await fetch(`${app.url}/en/`);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('security headers on an https site', () => {
  let https: TestServer;
  beforeAll(async () => {
    https = await startServer({ env: { SITE_URL: 'https://summit.example' } });
  });
  afterAll(() => https?.stop());

  it('ask browsers to use https for a year on pages and files', async () => {
    for (const path of ['/healthz', '/en/speakers/', '/favicon.svg']) {
      const res = await fetch(https.url + path);
      expect(res.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
    }
  });
});
