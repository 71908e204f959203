// The outbox's delivery policy, pure: how many attempts, how long between them (exponential
// backoff), how long a worker may hold a message, and what state a row is in.

/** How the outbox worker delivers: every duration in milliseconds. */
export interface QueuePolicy {
  /** Attempts before a message is marked failed. */
  maxAttempts: number;
  /** The wait after the first failed attempt; each further failure doubles it. */
  retryBaseMs: number;
  /** The longest wait between two attempts. */
  retryMaxMs: number;
  /** How long a claimed message stays reserved for its worker; past it, another may retry. */
  leaseMs: number;
  /** How often the worker looks for due messages. */
  pollMs: number;
}

/** 8 attempts over about two hours (30 s, 1, 2, 4, 8, 16, 32 min), a 2-minute lease, a 1 s poll. */
export const DEFAULT_QUEUE_POLICY: QueuePolicy = {
  maxAttempts: 8,
  retryBaseMs: 30_000,
  retryMaxMs: 60 * 60_000,
  leaseMs: 2 * 60_000,
  pollMs: 1_000,
};

/** The wait after the `attempts`-th failed attempt (1-based): base · 2^(attempts−1), capped. */
export function retryDelayMs(attempts: number, policy: QueuePolicy = DEFAULT_QUEUE_POLICY): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(policy.retryMaxMs, policy.retryBaseMs * 2 ** exponent);
}

/** What follows a failed attempt: another at a later instant, or none (the message has failed). */
export type AfterFailure = { kind: 'retry'; at: Date } | { kind: 'failed' };

/** Decides the next step after the `attempts`-th attempt failed at `now`. */
export function afterFailure(attempts: number, now: Date, policy: QueuePolicy = DEFAULT_QUEUE_POLICY): AfterFailure {
  if (attempts >= policy.maxAttempts) return { kind: 'failed' };
  return { kind: 'retry', at: new Date(now.getTime() + retryDelayMs(attempts, policy)) };
}

/**
 * The policy from configured values (the OUTBOX_* variables, already positive integers with
 * these defaults: src/lib/server/env-schema.ts); the cap never falls below the base.
 */
export function queuePolicyFrom(values: QueuePolicy): QueuePolicy {
  return { ...values, retryMaxMs: Math.max(values.retryBaseMs, values.retryMaxMs) };
}

/** Where a message stands: stored only (no SMTP), waiting to be sent, sent, or given up on. */
export type DeliveryStatus = 'stored' | 'queued' | 'sent' | 'failed';

/** The status of an outbox row from its timestamps. */
export function deliveryStatus(row: {
  sentAt: Date | null;
  failedAt: Date | null;
  nextAttemptAt: Date | null;
}): DeliveryStatus {
  if (row.sentAt) return 'sent';
  if (row.failedAt) return 'failed';
  return row.nextAttemptAt ? 'queued' : 'stored';
}
