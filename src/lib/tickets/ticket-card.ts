// The e-ticket attached to the confirmation email, as SVG: event, date and venue, the delegate's
// name and category, the QR code and the code in print. Pure text in, SVG text out.
import { formatTicketCode } from './tickets';

/** What the ticket card shows; every string is already in the delegate's language. */
export interface TicketCardInput {
  eventName: string;
  when: string;
  venue: string;
  fullName: string;
  category?: string;
  organisation?: string;
  code: string;
  /** The QR code as the `qrcode` package's SVG document. */
  qrSvg: string;
  /** "Show this code at check-in" and similar, under the code. */
  note: string;
}

/** Card width in CSS pixels (the height follows the content); rendered at 2× for a sharp print. */
export const TICKET_CARD_WIDTH = 600;

function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

// SVG text does not wrap; long names and event titles are split at spaces into lines of about `max` characters.
function wrap(text: string, max: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

// The qrcode package's SVG has a viewBox and paths; nested as an <svg> element it scales to any box.
function nestQr(qrSvg: string, x: number, y: number, size: number): string {
  const viewBox = /viewBox="([^"]+)"/.exec(qrSvg)?.[1] ?? '0 0 1 1';
  const inner = qrSvg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="${escapeXml(viewBox)}" shape-rendering="crispEdges">${inner}</svg>`;
}

/** The ticket card as a standalone SVG document. */
export function ticketCardSvg(input: TicketCardInput): string {
  const width = TICKET_CARD_WIDTH;
  const font = `font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"`;
  const lines: string[] = [];
  let y = 64;
  for (const l of wrap(input.eventName, 34, 2)) {
    lines.push(`<text x="40" y="${y}" ${font} font-size="26" font-weight="700" fill="#ffffff">${escapeXml(l)}</text>`);
    y += 34;
  }
  lines.push(`<text x="40" y="${y + 6}" ${font} font-size="18" fill="#e8f1ed">${escapeXml(input.when)}</text>`);
  lines.push(`<text x="40" y="${y + 34}" ${font} font-size="18" fill="#e8f1ed">${escapeXml(input.venue)}</text>`);
  const band = y + 60;
  let ny = band + 52;
  for (const l of wrap(input.fullName, 26, 2)) {
    lines.push(`<text x="40" y="${ny}" ${font} font-size="30" font-weight="700" fill="#1a1a1a">${escapeXml(l)}</text>`);
    ny += 38;
  }
  const sub = [input.category, input.organisation].filter(Boolean).join(' · ');
  if (sub)
    lines.push(
      `<text x="40" y="${ny}" ${font} font-size="18" fill="#333333">${escapeXml(wrap(sub, 52, 1)[0] ?? '')}</text>`,
    );
  const qrSize = 360;
  const qrY = ny + 24;
  const codeY = qrY + qrSize + 36;
  const height = codeY + 64;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="${band}" fill="#07503a"/>`,
    ...lines,
    nestQr(input.qrSvg, (width - qrSize) / 2, qrY, qrSize),
    `<text x="${width / 2}" y="${codeY}" text-anchor="middle" font-family="DejaVu Sans Mono, Liberation Mono, monospace" font-size="22" font-weight="700" fill="#1a1a1a">${escapeXml(formatTicketCode(input.code))}</text>`,
    `<text x="${width / 2}" y="${codeY + 34}" text-anchor="middle" ${font} font-size="16" fill="#333333">${escapeXml(input.note)}</text>`,
    `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" fill="none" stroke="#07503a" stroke-width="2"/>`,
    `</svg>`,
  ].join('\n');
}
