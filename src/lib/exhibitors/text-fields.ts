// Text fields of the exhibitor portal: registration's caps and control-character rules, plus the
// invisible characters that can make a name or link read differently from what it is (Trojan Source).
import { z } from 'zod';
import { textField } from '~/lib/forms/fields';

// Bidirectional embeddings/overrides/isolates, LRM/RLM and the Arabic letter mark.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
// Line and paragraph separators break a "single line" in some renderers and in CSV/email headers.
const LINE_SEPARATORS = /[\u2028\u2029]/;

/** True when the text holds none of the bidirectional control characters. */
export function hasNoBidiControls(s: string): boolean {
  return !BIDI_CONTROLS.test(s);
}

/** A trimmed, NFC, capped single-line text: no control, bidi or line-separator characters. */
export function lineField(max: number, { required = false } = {}) {
  return textField(max, { required }).refine((s) => hasNoBidiControls(s) && !LINE_SEPARATORS.test(s), 'invalidText');
}

/** A trimmed, NFC, capped multi-line text (Markdown): line breaks allowed, bidi controls refused. */
export function proseField(max: number) {
  return textField(max, { multiLine: true }).refine(hasNoBidiControls, 'invalidText');
}

/** An optional http(s) link, "" when absent. */
export function linkField(max = 500) {
  return lineField(max).refine((s) => s === '' || isHttpUrl(s), 'url');
}

/** True for an absolute http: or https: URL. */
export function isHttpUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** An email address as registration caps it, lower-cased. */
export const emailField = z
  .string()
  .trim()
  .max(254, 'tooLong')
  .email('email')
  .transform((s) => s.toLowerCase());
