// The outbox worker: runs inside the server process while SMTP_URL is set, claims due messages
// one at a time under a lease (so a message held by a worker that died is retried, and two
// workers never send the same one), and records the delivery, the retry, or the failure.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '~db/client';
import { outbox } from '~db/schema';
import { config } from '~/lib/server/config';
import { afterFailure, queuePolicyFrom, type QueuePolicy } from './queue';
import { deliverableAttachments } from './attachments.server';
import { smtpUrl, transmit, type StoredEmail } from './send.server';

/** The policy from the environment (see README, configuration). */
export function queuePolicy(): QueuePolicy {
  return queuePolicyFrom({
    maxAttempts: config('OUTBOX_MAX_ATTEMPTS'),
    retryBaseMs: config('OUTBOX_RETRY_BASE_MS'),
    retryMaxMs: config('OUTBOX_RETRY_MAX_MS'),
    leaseMs: config('OUTBOX_LEASE_MS'),
    pollMs: config('OUTBOX_POLL_MS'),
  });
}

/**
 * Reserves the oldest due message for `leaseMs` and counts the attempt, in one statement, so
 * concurrent workers cannot take the same row. Returns it with its attempt number, or undefined.
 */
export function claimDueEmail(now: Date, policy: QueuePolicy): (StoredEmail & { attempts: number }) | undefined {
  const t = now.getTime();
  return getDb()
    .update(outbox)
    .set({ lockedUntil: new Date(t + policy.leaseMs), attempts: sql`${outbox.attempts} + 1` })
    .where(
      eq(
        outbox.id,
        sql`(select id from outbox where sent_at is null and failed_at is null and next_attempt_at <= ${t}
              and (locked_until is null or locked_until <= ${t}) order by next_attempt_at, id limit 1)`,
      ),
    )
    .returning({
      id: outbox.id,
      to: outbox.to,
      subject: outbox.subject,
      text: outbox.text,
      html: outbox.html,
      attachments: outbox.attachments,
      attempts: outbox.attempts,
    })
    .get();
}

function recordSent(id: number, now: Date): void {
  getDb()
    .update(outbox)
    .set({ sentAt: now, lockedUntil: null, nextAttemptAt: null, error: null })
    .where(and(eq(outbox.id, id), isNull(outbox.sentAt)))
    .run();
}

function recordFailure(id: number, attempts: number, error: string, now: Date, policy: QueuePolicy): void {
  const next = afterFailure(attempts, now, policy);
  getDb()
    .update(outbox)
    .set(
      next.kind === 'retry'
        ? { error, lockedUntil: null, nextAttemptAt: next.at }
        : { error, lockedUntil: null, nextAttemptAt: null, failedAt: now },
    )
    .where(eq(outbox.id, id))
    .run();
  const what = next.kind === 'retry' ? `retry at ${next.at.toISOString()}` : 'giving up';
  console.error(
    `[email] delivery of outbox #${id} failed (attempt ${attempts}/${policy.maxAttempts}, ${what}): ${error}`,
  );
}

/** Delivers due messages one after another (at most `limit`); returns how many were attempted. */
export async function deliverDueEmails(policy: QueuePolicy = queuePolicy(), limit = 50): Promise<number> {
  const url = smtpUrl();
  if (!url) return 0;
  // SMTP timeouts stay well inside the lease, so a slow server cannot outlive the claim.
  const timeoutMs = Math.max(1_000, Math.min(30_000, Math.floor(policy.leaseMs / 3)));
  let attempted = 0;
  while (attempted < limit) {
    const mail = claimDueEmail(new Date(), policy);
    if (!mail) break;
    attempted++;
    // A worker that died mid-attempt may have spent the last one: give up without sending.
    if (mail.attempts > policy.maxAttempts) {
      recordFailure(mail.id, mail.attempts - 1, 'no attempt left after an interrupted delivery', new Date(), policy);
      continue;
    }
    try {
      await transmit({ ...mail, attachments: await deliverableAttachments(mail.attachments) }, url, timeoutMs);
      recordSent(mail.id, new Date());
    } catch (err) {
      recordFailure(mail.id, mail.attempts, err instanceof Error ? err.message : String(err), new Date(), policy);
    }
  }
  return attempted;
}

let worker: NodeJS.Timeout | undefined;

/** Starts the background worker once per process when SMTP_URL is set; a no-op otherwise. */
export function startOutboxWorker(): void {
  if (worker || !smtpUrl()) return;
  const policy = queuePolicy();
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await deliverDueEmails(policy);
    } catch (err) {
      console.error('[email] outbox worker:', err instanceof Error ? err.message : err);
    } finally {
      busy = false;
    }
  };
  // unref: the worker never keeps a stopping process alive; a claimed message is retried after its lease.
  worker = setInterval(() => void tick(), policy.pollMs);
  worker.unref();
  void tick();
}
