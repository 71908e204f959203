// Sends every platform email: through SMTP when SMTP_URL is set, otherwise into the
// outbox table that organisers read at /admin/outbox. Either way a row is recorded.
import nodemailer, { type Transporter } from 'nodemailer';
import { eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { outbox } from '../../../db/schema';
import { siteOrigin } from '../server/site-origin';

/** A file attached to an email (a ticket PDF/PNG, an .ics calendar). */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** One message to one address; `text` is required so every mail reads without HTML. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
}

/** What happened to a message: its outbox row id and whether SMTP accepted it. */
export interface SendResult {
  id: number;
  sent: boolean;
  error?: string;
}

let transport: { url: string; transporter: Transporter } | undefined;

function transporterFor(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/** The From header: MAIL_FROM, or a no-reply address on the site's host. */
export function senderAddress(): string {
  if (process.env.MAIL_FROM) return process.env.MAIL_FROM;
  const host = new URL(siteOrigin()).hostname;
  return `"Vietnam–Asia Smart City Summit" <no-reply@${host === 'localhost' ? 'summit.local' : host}>`;
}

/**
 * Records the message and, when SMTP_URL is set, sends it. Never throws for a delivery
 * failure: callers run after their transaction committed, so the error is stored on the row.
 */
export async function sendEmail(message: EmailMessage): Promise<SendResult> {
  const attachments = message.attachments ?? [];
  const row = getDb()
    .insert(outbox)
    .values({
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      attachments: attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        base64: a.content.toString('base64'),
      })),
    })
    .returning({ id: outbox.id })
    .get();

  const url = process.env.SMTP_URL;
  if (!url) return { id: row.id, sent: false };
  try {
    await transporterFor(url).sendMail({
      from: senderAddress(),
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
      attachments: attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
      })),
    });
    getDb().update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, row.id)).run();
    return { id: row.id, sent: true };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    getDb().update(outbox).set({ error }).where(eq(outbox.id, row.id)).run();
    console.error(`[email] SMTP delivery of outbox #${row.id} failed: ${error}`);
    return { id: row.id, sent: false, error };
  }
}
