// The RFC 5545 text rules `ics` gets wrong or leaves out: clean TEXT values,
// escaping, safe parameter values, and folding at 75 octets.

const encoder = new TextEncoder();

/** CONTROL characters other than tab and newline (RFC 5545 §3.3.11 keeps those two). */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Normalises a value before it becomes TEXT: every line break becomes "\n" (ics only
 * escapes "\n" and "\r\n", so a lone "\r" would end the content line) and control
 * characters other than tab and newline are dropped (RFC 5545 §3.3.11 excludes CONTROL).
 */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL, '');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline. */
export function escapeText(value: string): string {
  return cleanText(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/**
 * A parameter value that cannot break out of its quotes or its line: RFC 5545 has no
 * escape inside a quoted parameter (QSAFE-CHAR excludes DQUOTE and CONTROL), and `ics`
 * writes `"` as `\"` and never strips CR/LF from ORGANIZER, so we remove them first.
 */
export function safeParamValue(value: string): string {
  const cleaned = cleanText(value)
    .replace(/[\n\t]+/g, ' ')
    .replace(/"/g, '\u2019')
    .trim();
  return cleaned.replace(/ {2,}/g, ' ');
}

/** Joins folded lines back together (RFC 5545 §3.1: CRLF followed by one space or tab). */
export function unfold(ical: string): string {
  return ical.replace(/\r\n[ \t]/g, '');
}

/**
 * Folds one content line so no physical line exceeds 75 octets of UTF-8, never
 * splitting a character: continuation lines start with a space, which counts.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    if (size + octets > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space of a continuation line is one of its 75 octets
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The size of a string in UTF-8 octets. */
export function octets(value: string): number {
  return encoder.encode(value).length;
}
