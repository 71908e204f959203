// The files a message carries when the worker hands it to SMTP: stored ones decoded, recipes (the
// e-ticket) rendered now. Only the worker imports this (it reads content, which scripts outside
// Astro cannot), so send.server.ts stays importable everywhere. A recipe that cannot be rendered is left out rather than holding the
// mail back: the ticket is also on /me/ticket, and the text names its code.
import { ticketAttachment } from '~/lib/tickets/ticket-email.server';
import { ticketByCode } from '~/lib/tickets/tickets.server';
import type { EmailAttachment, StoredAttachment } from './send.server';

async function contentOf(a: StoredAttachment): Promise<Buffer | null> {
  if ('base64' in a) return Buffer.from(a.base64, 'base64');
  const holder = ticketByCode(a.ticket.code);
  if (!holder) return null; // the account was deleted before the mail went out
  try {
    return (await ticketAttachment(a.ticket.code, a.ticket.lang, holder)).content;
  } catch (err) {
    console.error('[email] ticket attachment failed:', err instanceof Error ? err.message : err);
    return null;
  }
}

/** Every attachment of a stored message that can be sent, in order. */
export async function deliverableAttachments(stored: readonly StoredAttachment[]): Promise<EmailAttachment[]> {
  const files = await Promise.all(
    stored.map(async (a) => {
      const content = await contentOf(a);
      return content ? { filename: a.filename, contentType: a.contentType, content } : null;
    }),
  );
  return files.filter((f) => f !== null);
}
