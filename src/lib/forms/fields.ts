// Field schemas every form shares (registration, My account, login, password reset, exhibitors):
// length caps, text and choice fields, email and password rules. Messages are codes, translated
// per field by ./field-errors.ts.
import { z } from 'zod';

/** Length caps, in characters, of the shared free-text fields. */
export const LIMITS = {
  fullName: 120,
  email: 254, // RFC 5321 path limit
  password: 128,
  organisation: 160,
  jobTitle: 120,
  accessibilityOther: 500,
  topics: 20,
} as const;

/** One message per field that failed, plus `form` for problems with the submission as a whole. */
export type FieldErrors<F extends string> = Partial<Record<F | 'form', string>>;

// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- as above, but tabs and line breaks are fine in a text area
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

// Invisible characters that reorder text (bidirectional marks, embeddings, overrides, isolates)
// or break the line of a single-line field (line and paragraph separators): in a name they make it
// read differently in organisers' lists and at check-in ("\u202e" flips what follows).
const BIDI_CONTROLS = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';
const INVISIBLE_SINGLE_LINE = new RegExp(`[${BIDI_CONTROLS}\u2028\u2029]`);
const INVISIBLE_MULTI_LINE = new RegExp(`[${BIDI_CONTROLS}]`);

const nfc = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC') : v);

/** A trimmed, NFC-normalised text field with a cap, without control or direction-changing characters; empty allowed unless `required`. */
export function textField(max: number, { required = false, multiLine = false } = {}) {
  const inner = z
    .string()
    .trim()
    .min(required ? 1 : 0, 'required')
    .max(max, 'tooLong')
    .refine((s) => !(multiLine ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(s), 'invalidText')
    .refine((s) => !(multiLine ? INVISIBLE_MULTI_LINE : INVISIBLE_SINGLE_LINE).test(s), 'invisibleText');
  return z.preprocess(nfc, inner);
}

/** A choice from a fixed list: empty says "choose one", anything else unknown says "from the list". */
export function choiceField<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .min(1, 'requiredChoice')
    .pipe(z.enum(values, { errorMap: () => ({ message: 'choice' }) }));
}

/** An email address as a sign-in identity: trimmed, lower-cased, capped and well-formed. */
export function emailField() {
  return z.string().trim().toLowerCase().min(1, 'required').max(LIMITS.email, 'tooLong').email('email');
}

/** The password rule: at least 8, at most 128 characters, no composition rules (NIST SP 800-63B). */
export const passwordSchema = z.string().min(8, 'passwordShort').max(LIMITS.password, 'passwordLong');
