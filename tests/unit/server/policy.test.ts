// Specification of the server's header policy and body limits (server/policy.mjs, server/limits.mjs).
import { describe, expect, it } from 'vitest';
import { BASELINE_CSP, completeCsp, securityHeaders } from '../../../server/policy.mjs';
import { bodyLimitFor, defaultBodyLimit } from '../../../server/limits.mjs';

describe('completeCsp', () => {
  it('keeps a page’s own script and style hashes and adds every baseline directive it lacks', () => {
    const csp = completeCsp("script-src 'self' 'sha256-abc='; style-src 'sha256-def=';");
    expect(csp).toContain("script-src 'self' 'sha256-abc='");
    expect(csp).toContain("style-src 'sha256-def='");
    expect(csp).not.toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("style-src-attr 'unsafe-inline'");
  });

  it('leaves the baseline as it is', () => {
    expect(completeCsp(BASELINE_CSP)).toBe(BASELINE_CSP);
  });
});

describe('securityHeaders', () => {
  it('adds HSTS only for an https site', () => {
    expect(securityHeaders('https://summit.example')['Strict-Transport-Security']).toMatch(/^max-age=31536000/);
    expect(securityHeaders('http://localhost:4321')['Strict-Transport-Security']).toBeUndefined();
  });
});

describe('bodyLimitFor', () => {
  it('gives 1 MiB by default, MAX_BODY_BYTES when set, and a listed path its own allowance', () => {
    expect(defaultBodyLimit({})).toBe(1024 * 1024);
    expect(defaultBodyLimit({ MAX_BODY_BYTES: '2048' })).toBe(2048);
    expect(defaultBodyLimit({ MAX_BODY_BYTES: 'lots' })).toBe(1024 * 1024);
    const uploads = [{ pattern: /^\/api\/uploads\//, maxBytes: 6 * 1024 * 1024 }];
    expect(bodyLimitFor('/api/uploads/logo', uploads, 1024)).toBe(6 * 1024 * 1024);
    expect(bodyLimitFor('/_server-islands/SeatPanel', uploads, 1024)).toBe(1024);
  });
});

describe('bodyLimitFor and Astro Actions', () => {
  it('caps every form action at 64 KiB, by its /_actions/ path or its ?_action= query', () => {
    expect(bodyLimitFor('/_actions/auth.login', undefined, 1024 * 1024)).toBe(64 * 1024);
    expect(bodyLimitFor('/en/register/', undefined, 1024 * 1024, '?_action=registration.register')).toBe(64 * 1024);
  });
  it('lets the image upload actions through to the upload allowance', () => {
    expect(bodyLimitFor('/_actions/exhibitors.addImage', undefined, 1024 * 1024)).toBe(6 * 1024 * 1024);
    expect(bodyLimitFor('/en/exhibitor/', undefined, 1024 * 1024, '?_action=exhibitors.uploadLogo')).toBe(
      6 * 1024 * 1024,
    );
  });
  it('leaves requests that name no action to the path table', () => {
    expect(bodyLimitFor('/api/register', undefined, 1024 * 1024)).toBe(1024 * 1024);
  });
});
