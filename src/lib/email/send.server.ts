// Every platform email goes into the outbox table, inside the caller's transaction when it
// has one, and nothing is sent during a request. With SMTP_URL set the row is queued and the
// outbox worker (queue.server.ts) delivers it through `transmit`; without, the outbox is the
// store organisers read at /admin/outbox.
import nodemailer, { type Transporter } from 'nodemailer';
import { getDb, type Db, type Tx } from '~db/client';
import { outbox } from '~db/schema';
import { siteOrigin } from '~/lib/server/site-origin';
import { config } from '~/lib/server/config';
import type { Lang } from '~/lib/i18n/locales';

/** A file attached to an email (an .ics calendar, say), stored with the message. */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * An attachment made by the worker when it delivers the message, not by the request that queued
 * it: the e-ticket PNG of the ticket with this code, in `lang`. Rendering it in the request cost
 * ~30 ms of sharp per registration, which an address that already has an account then had to
 * spend as well so the two took as long (see registration/register.server.ts).
 */
export interface TicketAttachmentRecipe {
  filename: string;
  contentType: 'image/png';
  ticket: { code: string; lang: Lang };
}

/** What a queued message may carry. */
export type QueuedAttachment = EmailAttachment | TicketAttachmentRecipe;

/** An attachment as the outbox row stores it: the file in base64, or the recipe for one. */
export type StoredAttachment = (typeof outbox.$inferSelect)['attachments'][number];

/** One message to one address; `text` is required so every mail reads without HTML. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: QueuedAttachment[];
}

/** A message as the outbox stores it (attachments in base64). */
export interface StoredEmail {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: StoredAttachment[];
}

/** The SMTP URL when delivery is configured, else undefined (the outbox is then only a store). */
export function smtpUrl(): string | undefined {
  return config('SMTP_URL');
}

/** The From header: MAIL_FROM, or a no-reply address on the site's host. */
export function senderAddress(): string {
  const from = config('MAIL_FROM');
  if (from) return from;
  const host = new URL(siteOrigin()).hostname;
  return `"Vietnam–Asia Smart City Summit" <no-reply@${host === 'localhost' ? 'summit.local' : host}>`;
}

/**
 * Records the message in the outbox (in `db`, which may be the caller's transaction, so the
 * mail exists exactly when the change it announces does) and returns its id. Synchronous and
 * cheap: delivery is the worker's job.
 */
export function queueEmail(message: EmailMessage, db: Db | Tx = getDb(), now = new Date()): number {
  return db
    .insert(outbox)
    .values({
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      attachments: (message.attachments ?? []).map((a) =>
        'ticket' in a ? a : { filename: a.filename, contentType: a.contentType, base64: a.content.toString('base64') },
      ),
      createdAt: now,
      // Without SMTP a row is never due: it stays in the store instead of waiting for a server.
      nextAttemptAt: smtpUrl() ? now : null,
    })
    .returning({ id: outbox.id })
    .get().id;
}

let transport: { key: string; transporter: Transporter } | undefined;

function transporterFor(url: string, timeoutMs: number): Transporter {
  const key = `${url} ${timeoutMs}`;
  if (transport?.key !== key) {
    // Timeouts well inside the worker's lease, so a hung server cannot outlive the claim.
    const t = { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs };
    transport = { key, transporter: nodemailer.createTransport({ url, ...t }) };
  }
  return transport.transporter;
}

/** A stored message with its files ready (recipes rendered by attachments.server.ts). */
export type DeliverableEmail = Omit<StoredEmail, 'attachments'> & { attachments: EmailAttachment[] };

/** Hands one message to the SMTP server; throws when it is not accepted. */
export async function transmit(mail: DeliverableEmail, url: string, timeoutMs: number): Promise<void> {
  await transporterFor(url, timeoutMs).sendMail({
    from: senderAddress(),
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    attachments: mail.attachments,
  });
}
