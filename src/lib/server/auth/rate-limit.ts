// Rate limits (rate-limiter-flexible on the SQLite database, so a restart keeps the counts):
// sign-in, registration, password-reset mail, stars, feed tokens, and a generic factory.
// Which address a request is counted by is src/lib/server/client-address.server.ts.
import { RateLimiterRes, RateLimiterSQLite } from 'rate-limiter-flexible';
import { getSqlite } from '~db/client';
import type { SqliteDatabase } from '~db/sqlite';
import { config } from '~/lib/server/config';

/** A budget of `points` per `durationSec`; once spent, the key waits `blockSec` (or the window). */
export interface Limit {
  points: number;
  durationSec: number;
  blockSec?: number;
}

/** Whether an attempt may go ahead, and if not, how long until it may. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSec: number };

/** One named limiter; keys are whatever the caller counts by (an email, an address). */
export interface Limiter {
  /** Counts one attempt; refused when the budget is spent. */
  consume(key: string): Promise<RateDecision>;
  /** Says whether the key is currently refused, without counting. */
  check(key: string): Promise<RateDecision>;
  /** Forgets the key (after a successful login). */
  reset(key: string): Promise<void>;
}

// RATE_LIMIT_MULTIPLIER (default 1) scales every budget, e.g. for load tests; never below 1.
function multiplier(): number {
  return Math.max(1, config('RATE_LIMIT_MULTIPLIER'));
}

function retryAfter(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Makes a limiter stored in the rate_limits table under keys prefixed with `name`. */
export function createLimiter(name: string, limit: Limit): Limiter {
  let store: { sqlite: SqliteDatabase; limiter: RateLimiterSQLite } | undefined;
  const points = Math.round(limit.points * multiplier());
  // Bound to the connection it was made on: after closeDb() (scripts, tests) a new one is made.
  const get = () => {
    const sqlite = getSqlite();
    if (store?.sqlite !== sqlite) {
      const limiter = new RateLimiterSQLite({
        storeClient: sqlite,
        storeType: 'better-sqlite3',
        tableName: 'rate_limits', // created by the migrations (db/schema.ts rateLimits)
        tableCreated: true,
        keyPrefix: name,
        points,
        duration: limit.durationSec,
        blockDuration: limit.blockSec ?? 0,
      });
      store = { sqlite, limiter };
    }
    return store.limiter;
  };
  return {
    async consume(key) {
      try {
        await get().consume(key);
        return { allowed: true };
      } catch (err) {
        if (err instanceof RateLimiterRes) return { allowed: false, retryAfterSec: retryAfter(err.msBeforeNext) };
        throw err;
      }
    },
    async check(key) {
      const res = await get().get(key);
      if (res && res.consumedPoints >= points) return { allowed: false, retryAfterSec: retryAfter(res.msBeforeNext) };
      return { allowed: true };
    },
    async reset(key) {
      await get().delete(key);
    },
  };
}

const MINUTE = 60;
// Sign-in (policy in README, "Rate limits and proxies"). Keys use the address as typed,
// trimmed and lower-cased, whether or not an account has it, so limits reveal nothing.
/** Failed sign-ins for one account from one client: 5 per 15 minutes, then 15 minutes' wait. */
export const loginPairLimiter = createLimiter('login-pair', {
  points: 5,
  durationSec: 15 * MINUTE,
  blockSec: 15 * MINUTE,
});
/** Failed sign-ins for one account from all untrusted clients together: 50 per 15 minutes (distributed guessing). */
export const loginAccountCeilingLimiter = createLimiter('login-account-ceiling', {
  points: 50,
  durationSec: 15 * MINUTE,
  blockSec: 15 * MINUTE,
});
/** Failed sign-ins from one client (any account), untrusted clients only: 20 per 15 minutes. */
export const loginAddressLimiter = createLimiter('login-address', {
  points: 20,
  durationSec: 15 * MINUTE,
  blockSec: 15 * MINUTE,
});
/** Failed sign-ins with one device cookie: 10 per 15 minutes; then that cookie counts as untrusted. */
export const loginDeviceLimiter = createLimiter('login-device', {
  points: 10,
  durationSec: 15 * MINUTE,
  blockSec: 15 * MINUTE,
});
/** Wrong current passwords from a signed-in user (password change, deletion): 5 per 15 minutes. */
export const ownPasswordLimiter = createLimiter('own-password-user', {
  points: 5,
  durationSec: 15 * MINUTE,
  blockSec: 15 * MINUTE,
});
/** Star changes per delegate: 120 a minute, room for a visitor's stars merging at sign-in. */
export const starLimiter = createLimiter('stars-user', { points: 120, durationSec: MINUTE });
/** New private calendar-feed tokens per delegate: 10 an hour (revoking is never limited). */
export const feedTokenLimiter = createLimiter('feed-token-user', { points: 10, durationSec: 60 * MINUTE });
/** Registrations from one address: 10 per hour. */
export const registrationLimiter = createLimiter('register-address', { points: 10, durationSec: 60 * MINUTE });
/** Password-reset and verification mails from one address: 10 per hour. */
export const emailRequestAddressLimiter = createLimiter('email-request-address', {
  points: 10,
  durationSec: 60 * MINUTE,
});
/** Password-reset and verification mails to one account: 3 per hour, so nobody is mail-bombed. */
export const emailRequestAccountLimiter = createLimiter('email-request-account', {
  points: 3,
  durationSec: 60 * MINUTE,
});
