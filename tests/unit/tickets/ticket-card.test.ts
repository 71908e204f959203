// The emailed ticket card (src/lib/tickets/ticket-card.ts): its contents, the nested QR code,
// escaping, and wrapping long names.
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { ticketCardSvg, type TicketCardInput } from '../../../src/lib/tickets/ticket-card';

const CODE = 'XD6EHQFTFR635AHCN3AJFT6B44I2WALC';

async function card(overrides: Partial<TicketCardInput> = {}): Promise<string> {
  return ticketCardSvg({
    eventName: 'Smart City Summit 2025',
    when: 'Tuesday, 23 December 2025',
    venue: 'National Convention Center, Hanoi',
    fullName: 'Nguyễn Thị Mai',
    category: 'Government',
    organisation: 'Hanoi Department of Construction',
    code: CODE,
    qrSvg: await QRCode.toString(`VASCS-TICKET:${CODE}`, { type: 'svg', margin: 4 }),
    note: 'Do not share the ticket code.',
    ...overrides,
  });
}

describe('the emailed ticket card', () => {
  it('names the event, date, venue, delegate and category, and prints the code in groups of four', async () => {
    const svg = await card();
    for (const part of [
      'Smart City Summit 2025',
      'Tuesday, 23 December 2025',
      'National Convention Center, Hanoi',
      'Nguyễn Thị Mai',
      'Government · Hanoi Department of Construction',
      'XD6E-HQFT-FR63-5AHC-N3AJ-FT6B-44I2-WALC',
    ]) {
      expect(svg).toContain(part);
    }
  });

  it('nests the QR code as an element of the card, not as a second document', async () => {
    const svg = await card();
    expect(svg.match(/<svg/g)).toHaveLength(2);
    expect(svg).not.toContain('<?xml');
    expect(svg).toMatch(/<svg x="\d+" y="\d+" width="360" height="360" viewBox="0 0 \d+ \d+"/);
  });

  it('escapes what the delegate typed', async () => {
    const svg = await card({ fullName: 'Mai', organisation: '<script>alert("x")</script> & Co' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Government · &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
  });

  it('wraps a long name onto two lines and shortens what is left with an ellipsis', async () => {
    const svg = await card({ fullName: 'Nguyễn Hoàng Phương Thảo Minh Anh Khánh Linh Bảo Ngọc Thiên Kim Quỳnh' });
    const nameLines = [...svg.matchAll(/font-size="30"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(nameLines).toHaveLength(2);
    expect(nameLines[1]?.endsWith('…')).toBe(true);
  });
});
