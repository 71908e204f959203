// Rate limits (rate-limiter-flexible on the SQLite database, so a restart keeps the counts):
// login per account and per address, registration, password reset, and a generic factory.
import { RateLimiterRes, RateLimiterSQLite } from 'rate-limiter-flexible';
import { getSqlite } from '../../../../db/client';

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
  const m = Number(process.env.RATE_LIMIT_MULTIPLIER ?? '1');
  return Number.isFinite(m) && m >= 1 ? m : 1;
}

function retryAfter(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Makes a limiter stored in the rate_limits table under keys prefixed with `name`. */
export function createLimiter(name: string, limit: Limit): Limiter {
  let store: RateLimiterSQLite | undefined;
  const points = Math.round(limit.points * multiplier());
  const get = () =>
    (store ??= new RateLimiterSQLite({
      storeClient: getSqlite(),
      storeType: 'better-sqlite3',
      tableName: 'rate_limits', // created by the migrations (db/schema.ts rateLimits)
      tableCreated: true,
      keyPrefix: name,
      points,
      duration: limit.durationSec,
      blockDuration: limit.blockSec ?? 0,
    }));
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
/** Failed logins for one account (any address): 5 per 15 minutes, then 15 minutes' wait. */
export const loginAccountLimiter = createLimiter('login-account', {
  points: 5,
  durationSec: 15 * MINUTE,
  blockSec: 15 * MINUTE,
});
/** Failed logins from one address (any account): 20 per 15 minutes. */
export const loginAddressLimiter = createLimiter('login-address', {
  points: 20,
  durationSec: 15 * MINUTE,
  blockSec: 15 * MINUTE,
});
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

/**
 * The address to count a request by. Astro takes X-Forwarded-For at face value; unless
 * TRUST_PROXY=1 says a proxy sets it, requests carrying it share one bucket, so rotating
 * a forged header buys no fresh budget.
 */
export function rateLimitAddress(request: Request, clientAddress: string): string {
  if (process.env.TRUST_PROXY === '1') return clientAddress;
  return request.headers.has('x-forwarded-for') ? 'forwarded-untrusted' : clientAddress;
}
