// The outbox delivery policy (src/lib/email/queue.ts): exponential backoff with a cap, a bounded
// number of attempts, settings from the environment, and the status a row is shown with.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUEUE_POLICY,
  afterFailure,
  deliveryStatus,
  queuePolicyFrom,
  retryDelayMs,
  type QueuePolicy,
} from '~/lib/email/queue';

const policy: QueuePolicy = { maxAttempts: 5, retryBaseMs: 1_000, retryMaxMs: 5_000, leaseMs: 10_000, pollMs: 100 };
const at = new Date('2025-12-23T01:00:00Z');

describe('retryDelayMs', () => {
  it('waits the base after the first failure and doubles it after each further one', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, policy))).toEqual([1_000, 2_000, 4_000]);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(4, policy)).toBe(5_000);
    expect(retryDelayMs(1_000, policy)).toBe(5_000);
  });

  it('spreads the default eight attempts over about two hours, from 30 seconds to 32 minutes', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n));
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920].map((s) => s * 1000));
    expect(DEFAULT_QUEUE_POLICY.maxAttempts).toBe(8);
  });
});

describe('afterFailure', () => {
  it('schedules a retry at now plus the backoff while attempts remain', () => {
    expect(afterFailure(2, at, policy)).toEqual({ kind: 'retry', at: new Date(at.getTime() + 2_000) });
  });

  it('gives up once the last allowed attempt has failed', () => {
    expect(afterFailure(4, at, policy).kind).toBe('retry');
    expect(afterFailure(5, at, policy)).toEqual({ kind: 'failed' });
    expect(afterFailure(6, at, policy)).toEqual({ kind: 'failed' });
  });

  it('keeps the lease longer than one SMTP attempt may take by default', () => {
    expect(DEFAULT_QUEUE_POLICY.leaseMs).toBeGreaterThanOrEqual(90_000);
  });
});

describe('queuePolicyFrom', () => {
  it('keeps configured values as they are', () => {
    const values = { maxAttempts: 3, retryBaseMs: 200, retryMaxMs: 800, leaseMs: 2000, pollMs: 50 };
    expect(queuePolicyFrom(values)).toEqual(values);
  });

  it('never lets the cap fall below the base', () => {
    expect(queuePolicyFrom({ ...DEFAULT_QUEUE_POLICY, retryBaseMs: 90_000_000, retryMaxMs: 1000 }).retryMaxMs).toBe(
      90_000_000,
    );
  });
});

describe('deliveryStatus', () => {
  const row = { sentAt: null, failedAt: null, nextAttemptAt: null };
  it('calls a row without a due time stored (no SMTP configured)', () => {
    expect(deliveryStatus(row)).toBe('stored');
  });
  it('calls a row with a due time queued', () => {
    expect(deliveryStatus({ ...row, nextAttemptAt: at })).toBe('queued');
  });
  it('calls a delivered row sent and a given-up row failed', () => {
    expect(deliveryStatus({ ...row, sentAt: at })).toBe('sent');
    expect(deliveryStatus({ ...row, failedAt: at })).toBe('failed');
  });
});
