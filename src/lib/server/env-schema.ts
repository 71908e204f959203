// The environment variables the app reads: name, type, default (astro.config.mjs passes this to
// astro:env; env-fallback.ts applies it outside Astro). Plain field objects, not `envField(...)`:
// this module is also loaded by tsx scripts, and `astro/config` would pull Vite in with it.
import type { AstroUserConfig } from 'astro';
import { DEFAULT_QUEUE_POLICY as Q } from '../email/queue';

type EnvSchema = NonNullable<NonNullable<AstroUserConfig['env']>['schema']>;

// Every field is a server secret: astro:env reads secrets from process.env when the server
// starts (public server fields would be frozen into the build), and none may reach a browser.
const server = { context: 'server', access: 'secret' } as const;
const count = { ...server, type: 'number', int: true, gt: 0 } as const;

/** Every variable with its type and default; README's Configuration table says what each means. */
export const ENV_SCHEMA = {
  // Read by server/index.mjs and scripts/start.mjs (outside Astro); listed so they are validated too.
  HOST: { ...server, type: 'string', default: '127.0.0.1' },
  PORT: { ...server, type: 'number', int: true, min: 1, max: 65535, default: 4321 },
  // No default: unset, the origin the site was built for applies (site-origin.ts).
  SITE_URL: { ...server, type: 'string', optional: true, url: true },
  DATABASE_PATH: { ...server, type: 'string', default: './data/summit.db' },
  MIGRATIONS_DIR: { ...server, type: 'string', default: 'db/migrations' },
  SMTP_URL: { ...server, type: 'string', optional: true },
  MAIL_FROM: { ...server, type: 'string', optional: true },
  // An instant; one that does not parse leaves the real clock (clock.server.ts).
  SUMMIT_NOW: { ...server, type: 'string', optional: true },
  // Parsed by parseTrustProxy: anything but a hop count or `true` ignores X-Forwarded-For.
  TRUST_PROXY: { ...server, type: 'string', optional: true },
  APP_SECRET: { ...server, type: 'string', optional: true },
  RATE_LIMIT_MULTIPLIER: { ...server, type: 'number', gt: 0, default: 1 },
  OUTBOX_POLL_MS: { ...count, default: Q.pollMs },
  OUTBOX_MAX_ATTEMPTS: { ...count, default: Q.maxAttempts },
  OUTBOX_RETRY_BASE_MS: { ...count, default: Q.retryBaseMs },
  OUTBOX_RETRY_MAX_MS: { ...count, default: Q.retryMaxMs },
  OUTBOX_LEASE_MS: { ...count, default: Q.leaseMs },
  UPLOADS_DIR: { ...server, type: 'string', default: './data/uploads' },
  EXHIBITOR_PRODUCT_LIMIT: { ...count, default: 5 },
} as const satisfies EnvSchema;

/** A variable's value as the app sees it: its type, `undefined` only when optional without default. */
type FieldValue<F> =
  | (F extends { type: 'number' } ? number : F extends { type: 'boolean' } ? boolean : string)
  | (F extends { default: unknown } ? never : F extends { optional: true } ? undefined : never);

/** Every configured value, typed as astro:env/server exports it. */
export type EnvValues = { [K in keyof typeof ENV_SCHEMA]: FieldValue<(typeof ENV_SCHEMA)[K]> };

/** A variable name of the schema. */
export type EnvName = keyof typeof ENV_SCHEMA;
