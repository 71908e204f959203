// iCalendar text rules (src/lib/calendar/ical-text.ts): TEXT escaping, line breaks, diacritics,
// safe parameter values and folding at 75 octets without splitting a character.
import { describe, expect, it } from 'vitest';
import { cleanText, escapeText, foldLine, octets, safeParamValue, unfold } from '../../../src/lib/calendar/ical-text';

describe('iCalendar text rules', () => {
  it('escapes backslashes, semicolons, commas and newlines in TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('turns every kind of line break into one newline and drops control characters', () => {
    expect(cleanText('a\r\nb\rc\nd\u2028e')).toBe('a\nb\nc\nd\ne');
    expect(cleanText('bell\u0007 and\u0000 tab\tkept')).toBe('bell and tab\tkept');
  });

  it('keeps Vietnamese diacritics, composing decomposed ones', () => {
    expect(cleanText('Hà Nội')).toBe('Hà Nội');
    expect(cleanText('Ha\u0300 No\u0302\u0323i')).toBe('Hà Nội');
  });

  it('strips CR, LF and double quotes from parameter values so nothing escapes the quotes', () => {
    expect(safeParamValue('Ban "Tổ chức"\r\nATTENDEE:mailto:x@y')).toBe('Ban ’Tổ chức’ ATTENDEE:mailto:x@y');
    expect(safeParamValue('  two\n\nlines  ')).toBe('two lines');
  });

  it('folds at 75 octets, counting the leading space of continuation lines', () => {
    const line = `SUMMARY:${'a'.repeat(200)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded[0]).toHaveLength(75);
    for (const l of folded.slice(1)) {
      expect(l.startsWith(' ')).toBe(true);
      expect(octets(l)).toBeLessThanOrEqual(75);
    }
    expect(unfold(folded.join('\r\n'))).toBe(line);
  });

  it('never splits a multi-octet character across a fold', () => {
    const line = `SUMMARY:${'Đường Phạm Hùng, Hà Nội; '.repeat(12)}`;
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) {
      const bytes = Buffer.from(l, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(l);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = `X:${'ệ'.repeat(24)}${'a'.repeat(1)}`; // 2 + 72 + 1 octets
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });
});
