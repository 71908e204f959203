// Every on-demand response carries the protective headers; routes can still tighten them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startServer();
});
afterAll(() => app?.stop());

describe('security headers', () => {
  it('forbid framing and set nosniff, referrer and permissions policies on pages, redirects and APIs', async () => {
    for (const path of ['/en/agenda/', '/en/login/', '/en/me/', '/api/stars', '/healthz']) {
      const res = await fetch(app.url + path, { redirect: 'manual' });
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy'), path).toContain("form-action 'self'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('permissions-policy'), path).toContain('camera=(self)');
    }
  });

  it('keep the stricter referrer policy of the private calendar feed routes', async () => {
    const res = await fetch(`${app.url}/calendar/personal/${'a'.repeat(32)}.ics`);
    expect(res.status).toBe(404);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
