// Ticket codes: how they look, how typed or scanned input is normalised, and how they are shown.
// A code is 160 random bits in RFC 4648 base32 (A–Z, 2–7): 32 characters, no padding.
import type { Lang } from '../i18n/locales';
import { registrationT } from '../i18n/messages/registration';

/** Random bytes in a ticket code; 160 bits keeps codes unguessable (≥ 128 bits required). */
export const TICKET_CODE_BYTES = 20;
/** Longest input accepted before normalising (groups, spaces and a prefix leave room). */
export const TICKET_INPUT_MAX = 80;

// 20 bytes → 32 base32 characters.
const CANONICAL = /^[A-Z2-7]{32}$/;
/** QR payload prefix, so a scanner can tell a summit ticket from any other QR code. */
export const TICKET_QR_PREFIX = 'VASCS-TICKET:';

/** True when `code` is a canonical ticket code (upper case, no separators). */
export function isTicketCode(code: string): boolean {
  return CANONICAL.test(code);
}

/**
 * Turns what an organiser typed or a camera read into a canonical code, or null.
 * Accepts the QR prefix, lower case, spaces and hyphens (the printed grouping),
 * and maps 0→O and 1→I, digits base32 never uses but people misread.
 */
export function normaliseTicketCode(input: string): string | null {
  if (input.length > TICKET_INPUT_MAX) return null;
  let s = input.trim();
  if (s.toUpperCase().startsWith(TICKET_QR_PREFIX)) s = s.slice(TICKET_QR_PREFIX.length);
  s = s.toUpperCase().replace(/[\s-]/g, '').replace(/0/g, 'O').replace(/1/g, 'I');
  return isTicketCode(s) ? s : null;
}

/** The code in groups of four for printing and reading aloud: "ABCD-EFGH-…". */
export function formatTicketCode(code: string): string {
  return (code.match(/.{1,4}/g) ?? []).join('-');
}

/** The text encoded in the ticket's QR code. */
export function ticketQrPayload(code: string): string {
  return `${TICKET_QR_PREFIX}${code}`;
}

/** The file name of the ticket image attached to emails. */
export function ticketFilename(lang: Lang): string {
  return lang === 'vi' ? 've-hoi-nghi-vascs-2025.png' : 'vascs-2025-ticket.png';
}

/** A delegate's stated accessibility needs, as stored on the account. */
export interface AccessibilityNeeds {
  wheelchair: boolean;
  signLanguage: boolean;
  other: string;
}

/** The needs worth showing at the desk, in a fixed order; empty when there are none. */
export function listedNeeds(
  needs: AccessibilityNeeds,
): Array<{ kind: 'wheelchair' | 'signLanguage' } | { kind: 'other'; text: string }> {
  const list: Array<{ kind: 'wheelchair' | 'signLanguage' } | { kind: 'other'; text: string }> = [];
  if (needs.wheelchair) list.push({ kind: 'wheelchair' });
  if (needs.signLanguage) list.push({ kind: 'signLanguage' });
  if (needs.other.trim()) list.push({ kind: 'other', text: needs.other.trim() });
  return list;
}

/** The delegate category's label as registration shows it (the stored key if it is unknown). */
export function categoryLabel(category: string, lang: Lang): string {
  const labels: Record<string, string> = registrationT(lang).categories;
  return labels[category] ?? category;
}
