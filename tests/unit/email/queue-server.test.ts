// The outbox queue's storage (src/lib/email/queue.server.ts, send.server.ts) on a real temporary
// database: rows are due only with SMTP configured, a claim is exclusive for its lease, an expired
// lease frees the row again, and sent or failed rows are never claimed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, getSqlite } from '~db/client';
import { queueEmail } from '~/lib/email/send.server';
import { claimDueEmail } from '~/lib/email/queue.server';
import type { QueuePolicy } from '~/lib/email/queue';

const dir = mkdtempSync(join(tmpdir(), 'summit-outbox-'));
const policy: QueuePolicy = { maxAttempts: 3, retryBaseMs: 1_000, retryMaxMs: 4_000, leaseMs: 10_000, pollMs: 100 };
const T0 = new Date('2025-12-23T01:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const mail = (to: string) => ({ to, subject: 'Subject', text: 'Body' });

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = join(dir, 'test.db');
  process.env.MIGRATIONS_DIR = join(process.cwd(), 'db/migrations');
});
beforeEach(() => {
  getSqlite().prepare('DELETE FROM outbox').run();
  process.env.SMTP_URL = 'smtp://127.0.0.1:1';
});
afterAll(() => {
  delete process.env.SMTP_URL;
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});

describe('queueEmail', () => {
  it('makes a message due at once when SMTP is configured', () => {
    const id = queueEmail(mail('a@example.org'), undefined, T0);
    expect(claimDueEmail(T0, policy)?.id).toBe(id);
  });

  it('only stores a message when SMTP is not configured: it never becomes due', () => {
    process.env.SMTP_URL = '';
    queueEmail(mail('a@example.org'), undefined, T0);
    expect(claimDueEmail(at(365 * 24 * 3600_000), policy)).toBeUndefined();
  });
});

describe('claimDueEmail', () => {
  it('hands out the oldest due message first and counts the attempt', () => {
    const first = queueEmail(mail('first@example.org'), undefined, T0);
    queueEmail(mail('second@example.org'), undefined, at(1));
    const claimed = claimDueEmail(at(5), policy);
    expect(claimed).toMatchObject({ id: first, to: 'first@example.org', attempts: 1 });
  });

  it('does not hand a claimed message to a second worker while the lease lasts', () => {
    queueEmail(mail('a@example.org'), undefined, T0);
    expect(claimDueEmail(T0, policy)).toBeDefined();
    expect(claimDueEmail(at(policy.leaseMs - 1), policy)).toBeUndefined();
  });

  it('hands a message out again once the lease of a worker that died has run out', () => {
    const id = queueEmail(mail('a@example.org'), undefined, T0);
    claimDueEmail(T0, policy);
    expect(claimDueEmail(at(policy.leaseMs), policy)).toMatchObject({ id, attempts: 2 });
  });

  it('never hands out a sent or a failed message', () => {
    const sent = queueEmail(mail('sent@example.org'), undefined, T0);
    const failed = queueEmail(mail('failed@example.org'), undefined, T0);
    getSqlite().prepare('UPDATE outbox SET sent_at = ? WHERE id = ?').run(T0.getTime(), sent);
    getSqlite().prepare('UPDATE outbox SET failed_at = ? WHERE id = ?').run(T0.getTime(), failed);
    expect(claimDueEmail(at(1), policy)).toBeUndefined();
  });

  it('waits for a retry time in the future', () => {
    const id = queueEmail(mail('later@example.org'), undefined, T0);
    getSqlite().prepare('UPDATE outbox SET next_attempt_at = ? WHERE id = ?').run(at(2_000).getTime(), id);
    expect(claimDueEmail(at(1_999), policy)).toBeUndefined();
    expect(claimDueEmail(at(2_000), policy)?.id).toBe(id);
  });
});
