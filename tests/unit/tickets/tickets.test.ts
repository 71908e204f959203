// Ticket codes (src/lib/tickets/tickets.ts): format, display and typed or scanned input, and what
// the check-in desk shows about a delegate.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import {
  categoryLabel,
  formatTicketCode,
  isTicketCode,
  listedNeeds,
  normaliseTicketCode,
  ticketQrPayload,
  TICKET_CODE_BYTES,
} from '../../../src/lib/tickets/tickets';

const CODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

describe('ticket codes', () => {
  it('are 32 base32 characters, which is what 160 random bits encode to', () => {
    expect(TICKET_CODE_BYTES * 8).toBeGreaterThanOrEqual(128);
    expect(encodeBase32UpperCaseNoPadding(new Uint8Array(TICKET_CODE_BYTES))).toHaveLength(32);
    expect(isTicketCode(CODE)).toBe(true);
  });
  it('print in groups of four and read back to the same code', () => {
    expect(formatTicketCode(CODE)).toBe('ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567');
    expect(normaliseTicketCode(formatTicketCode(CODE))).toBe(CODE);
  });
  it('accept what a person types: lower case, spaces, and 0/1 misread for O/I', () => {
    expect(normaliseTicketCode(' abcd efgh ijkl mnop qrst uvwx yz23 4567 ')).toBe(CODE);
    expect(normaliseTicketCode('ABCDEFGH1JKLMN0PQRSTUVWXYZ234567')).toBe(CODE);
  });
  it('accept what the camera reads from the QR code', () => {
    expect(normaliseTicketCode(ticketQrPayload(CODE))).toBe(CODE);
  });
  it('refuse anything that cannot be a code', () => {
    expect(normaliseTicketCode('')).toBeNull();
    expect(normaliseTicketCode(CODE.slice(1))).toBeNull();
    expect(normaliseTicketCode(`${CODE}A`)).toBeNull();
    expect(normaliseTicketCode('ABCDEFGHIJKLMNOPQRSTUVWXYZ234568')).toBeNull();
    expect(normaliseTicketCode('x'.repeat(10_000))).toBeNull();
  });
  it('round-trip through display and typing for any random code', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: TICKET_CODE_BYTES, maxLength: TICKET_CODE_BYTES }), (bytes) => {
        const code = encodeBase32UpperCaseNoPadding(bytes);
        expect(normaliseTicketCode(formatTicketCode(code).toLowerCase())).toBe(code);
      }),
    );
  });
});

describe('what the desk shows', () => {
  it('lists only the accessibility needs a delegate stated', () => {
    expect(listedNeeds({ wheelchair: true, signLanguage: false, other: '  ' })).toEqual([{ kind: 'wheelchair' }]);
    expect(listedNeeds({ wheelchair: false, signLanguage: true, other: 'Large print' })).toEqual([
      { kind: 'signLanguage' },
      { kind: 'other', text: 'Large print' },
    ]);
    expect(listedNeeds({ wheelchair: false, signLanguage: false, other: '' })).toEqual([]);
  });
  it('labels the delegate category in the page language', () => {
    expect(categoryLabel('government', 'vi')).toBe('Cơ quan nhà nước');
    expect(categoryLabel('government', 'en')).toBe('Government');
    expect(categoryLabel('unknown-kind', 'en')).toBe('unknown-kind');
  });
});
