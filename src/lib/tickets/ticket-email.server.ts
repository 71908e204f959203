// The e-ticket attached to the confirmation email: the ticket card (ticket-card.ts) with the
// event's details from content, rendered to PNG. Kept apart from tickets.server.ts, which
// scripts use outside Astro, because it reads the programme.
import sharp from 'sharp';
import { getProgramme } from '../content/programme';
import { text, type Lang } from '../i18n/locales';
import { ticketsMessages } from '../i18n/messages/tickets';
import { formatEventDay } from '../time/event-time';
import { ticketCardSvg } from './ticket-card';
import { categoryLabel, ticketFilename } from './tickets';
import { ticketQrSvg } from './tickets.server';

/** A ticket attachment for nodemailer / the outbox. */
export interface TicketAttachment {
  filename: string;
  contentType: 'image/png';
  content: Buffer;
}

/** Who and what the emailed ticket names, in the delegate's language. */
export interface TicketAttachmentHolder {
  fullName: string;
  category: string;
  organisation: string;
}

/**
 * The e-ticket as a PNG, ready to attach to an email: event, date, venue, the delegate's name
 * and category, the QR code and the printed code (see ticket-card.ts), rendered at 2× by sharp.
 */
export async function ticketAttachment(
  code: string,
  lang: Lang,
  holder: TicketAttachmentHolder,
): Promise<TicketAttachment> {
  const { event } = await getProgramme();
  const svg = ticketCardSvg({
    eventName: text(event.name, lang),
    when: formatEventDay(event.startDate, lang),
    venue: text(event.venue.name, lang),
    fullName: holder.fullName,
    category: holder.category ? categoryLabel(holder.category, lang) : '',
    organisation: holder.organisation,
    code,
    qrSvg: await ticketQrSvg(code),
    note: ticketsMessages[lang].ticket.keepPrivate,
  });
  const content = await sharp(Buffer.from(svg), { density: 144 }).png().toBuffer();
  return { filename: ticketFilename(lang), contentType: 'image/png', content };
}
