// The organisers' reading of the outbox table: the latest emails, newest first, with where
// each stands in the delivery queue.
import { count, desc, isNotNull } from 'drizzle-orm';
import { getDb } from '~db/client';
import { outbox } from '~db/schema';
import { deliveryStatus, type DeliveryStatus } from '~/lib/email/queue';

/** An email as the outbox page lists it (attachments by name only). */
export interface OutboxEntry {
  id: number;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  status: DeliveryStatus;
  attempts: number;
  error: string | null;
  attachments: { filename: string; contentType: string }[];
}

/** The latest `limit` emails, how many there are in all, and how many failed for good. */
export function latestEmails(limit = 100): { entries: OutboxEntry[]; total: number; failed: number } {
  const db = getDb();
  const rows = db.select().from(outbox).orderBy(desc(outbox.id)).limit(limit).all();
  const total = db.select({ n: count() }).from(outbox).get()?.n ?? 0;
  const failed = db.select({ n: count() }).from(outbox).where(isNotNull(outbox.failedAt)).get()?.n ?? 0;
  return {
    total,
    failed,
    entries: rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      text: r.text,
      createdAt: r.createdAt,
      sentAt: r.sentAt,
      status: deliveryStatus(r),
      attempts: r.attempts,
      error: r.error,
      attachments: r.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType })),
    })),
  };
}
