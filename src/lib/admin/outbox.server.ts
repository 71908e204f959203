// The organisers' reading of the outbox table: the latest emails, newest first.
import { count, desc } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { outbox } from '../../../db/schema';

/** An email as the outbox page lists it (attachments by name only). */
export interface OutboxEntry {
  id: number;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  error: string | null;
  attachments: { filename: string; contentType: string }[];
}

/** The latest `limit` emails and how many there are in all. */
export function latestEmails(limit = 100): { entries: OutboxEntry[]; total: number } {
  const db = getDb();
  const rows = db.select().from(outbox).orderBy(desc(outbox.id)).limit(limit).all();
  const total = db.select({ n: count() }).from(outbox).get()?.n ?? 0;
  return {
    total,
    entries: rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      text: r.text,
      createdAt: r.createdAt,
      sentAt: r.sentAt,
      error: r.error,
      attachments: r.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType })),
    })),
  };
}
