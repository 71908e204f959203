// Configuration (src/lib/server/config.ts, env-schema.ts, env-fallback.ts): every variable typed
// with its default, the same values whether read through astro:env or outside Astro, bad values refused.
import { afterEach, describe, expect, it } from 'vitest';
import { config, readConfigFrom } from '~/lib/server/config';
import { readEnvVariable } from '~/lib/server/env-fallback';
import { ENV_SCHEMA, type EnvValues } from '~/lib/server/env-schema';
import { DEFAULT_QUEUE_POLICY } from '~/lib/email/queue';

const none = {};

describe('the environment schema', () => {
  it('gives the documented defaults when nothing is set', () => {
    expect(readEnvVariable('DATABASE_PATH', none)).toBe('./data/summit.db');
    expect(readEnvVariable('MIGRATIONS_DIR', none)).toBe('db/migrations');
    expect(readEnvVariable('UPLOADS_DIR', none)).toBe('./data/uploads');
    expect(readEnvVariable('PORT', none)).toBe(4321);
    expect(readEnvVariable('HOST', none)).toBe('127.0.0.1');
    expect(readEnvVariable('RATE_LIMIT_MULTIPLIER', none)).toBe(1);
    expect(readEnvVariable('EXHIBITOR_PRODUCT_LIMIT', none)).toBe(5);
  });

  it('defaults the OUTBOX_* variables to the queue policy', () => {
    expect(readEnvVariable('OUTBOX_MAX_ATTEMPTS', none)).toBe(DEFAULT_QUEUE_POLICY.maxAttempts);
    expect(readEnvVariable('OUTBOX_RETRY_BASE_MS', none)).toBe(DEFAULT_QUEUE_POLICY.retryBaseMs);
    expect(readEnvVariable('OUTBOX_RETRY_MAX_MS', none)).toBe(DEFAULT_QUEUE_POLICY.retryMaxMs);
    expect(readEnvVariable('OUTBOX_LEASE_MS', none)).toBe(DEFAULT_QUEUE_POLICY.leaseMs);
    expect(readEnvVariable('OUTBOX_POLL_MS', none)).toBe(DEFAULT_QUEUE_POLICY.pollMs);
  });

  it('leaves optional variables without a default unset, and treats an empty value as unset', () => {
    for (const name of ['SITE_URL', 'SMTP_URL', 'MAIL_FROM', 'SUMMIT_NOW', 'TRUST_PROXY', 'APP_SECRET'] as const) {
      expect(readEnvVariable(name, none)).toBeUndefined();
      expect(readEnvVariable(name, { [name]: '' })).toBeUndefined();
    }
  });

  it('reads numbers as numbers', () => {
    expect(readEnvVariable('EXHIBITOR_PRODUCT_LIMIT', { EXHIBITOR_PRODUCT_LIMIT: '12' })).toBe(12);
    expect(readEnvVariable('OUTBOX_POLL_MS', { OUTBOX_POLL_MS: '50' })).toBe(50);
    expect(readEnvVariable('RATE_LIMIT_MULTIPLIER', { RATE_LIMIT_MULTIPLIER: '2.5' })).toBe(2.5);
  });

  it('refuses zero, negative, fractional and non-numeric counts, naming the variable', () => {
    for (const value of ['0', '-5', '1.5', 'soon']) {
      expect(() => readEnvVariable('OUTBOX_POLL_MS', { OUTBOX_POLL_MS: value })).toThrow(/OUTBOX_POLL_MS/);
    }
    expect(() => readEnvVariable('EXHIBITOR_PRODUCT_LIMIT', { EXHIBITOR_PRODUCT_LIMIT: 'lots' })).toThrow(
      /EXHIBITOR_PRODUCT_LIMIT/,
    );
  });

  it('refuses a SITE_URL that is not a URL and a port out of range', () => {
    expect(() => readEnvVariable('SITE_URL', { SITE_URL: 'summit.example' })).toThrow(/SITE_URL/);
    expect(() => readEnvVariable('PORT', { PORT: '70000' })).toThrow(/PORT/);
  });

  it('keeps every variable server-only and read at run time (secret), never baked into the build', () => {
    for (const field of Object.values(ENV_SCHEMA)) expect(field).toMatchObject({ context: 'server', access: 'secret' });
  });
});

describe('config()', () => {
  const saved = process.env.UPLOADS_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.UPLOADS_DIR;
    else process.env.UPLOADS_DIR = saved;
  });

  it('reads process.env afresh outside Astro, so a test may set a variable after import', () => {
    process.env.UPLOADS_DIR = '/tmp/one';
    expect(config('UPLOADS_DIR')).toBe('/tmp/one');
    process.env.UPLOADS_DIR = '/tmp/two';
    expect(config('UPLOADS_DIR')).toBe('/tmp/two');
  });

  it('reads the values astro:env hands over once the server has loaded them', () => {
    const fromAstro = Object.fromEntries(
      Object.keys(ENV_SCHEMA).map((name) => [name, readEnvVariable(name as keyof EnvValues, none)]),
    ) as EnvValues;
    readConfigFrom({ ...fromAstro, UPLOADS_DIR: '/srv/uploads' });
    process.env.UPLOADS_DIR = '/tmp/ignored';
    expect(config('UPLOADS_DIR')).toBe('/srv/uploads');
  });
});
