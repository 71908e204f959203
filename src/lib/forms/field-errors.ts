// Zod issues → one message per field in the reader's language. Schemas use message codes
// (./fields.ts); the generic codes are worded by the shared forms catalogue, and a capability
// passes its own field names and the messages only it knows (e.g. registration's consents).
import { z } from 'zod';
import { formsT } from '~/lib/i18n/messages/forms';
import type { Lang } from '~/lib/i18n/locales';
import { LIMITS, type FieldErrors } from './fields';

/** What a capability adds: how its fields read inside a sentence, its own message codes, its caps. */
export interface FieldVocabulary {
  /** Field names inside sentences ("Please enter your full name"), by field. */
  names?: Readonly<Record<string, string>>;
  /** Messages for codes only this capability uses (e.g. `topics`, `consentRequired`). */
  messages?: Readonly<Record<string, string>>;
  /** Length caps beyond the shared LIMITS, by field (for "at most N characters"). */
  limits?: Readonly<Record<string, number>>;
  /** Fields a JSON client may omit that read "choose one" rather than "enter" when missing. */
  choiceFields?: readonly string[];
  /** What a missing field says, when it is not a plain "required" (e.g. a consent box). */
  missing?: Readonly<Record<string, string>>;
}

/**
 * Turns zod issues (whose messages are codes) into one message per field in `lang`: from a
 * ZodError, or from the `issues` of an action's input error (they cross the actions RPC as JSON).
 */
export function fieldErrors<F extends string>(
  error: z.ZodError | { issues: readonly z.ZodIssue[] },
  lang: Lang,
  vocabulary: FieldVocabulary = {},
): FieldErrors<F> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : 'form';
    if (out[field]) continue;
    out[field] = describeIssue(issue, field, lang, vocabulary);
  }
  return out as FieldErrors<F>;
}

/** The message for one zod issue on `field`, in `lang`. */
export function describeIssue(issue: z.ZodIssue, field: string, lang: Lang, vocabulary: FieldVocabulary = {}): string {
  const t = formsT(lang).errors;
  const name = vocabulary.names?.[field] ?? field;
  // A JSON client that left a field out gets the same message as an empty form field.
  if (issue.code === z.ZodIssueCode.invalid_type && issue.received === 'undefined' && field !== 'form') {
    const missing = vocabulary.missing?.[field];
    if (missing) return missing;
    return vocabulary.choiceFields?.includes(field) ? t.requiredChoice(name) : t.required(name);
  }
  const own = vocabulary.messages?.[issue.message];
  if (own) return own;
  switch (issue.message) {
    case 'required':
      return t.required(name);
    case 'requiredChoice':
      return t.requiredChoice(name);
    case 'tooLong':
      return t.tooLong(name, vocabulary.limits?.[field] ?? (LIMITS as Record<string, number>)[field] ?? 0);
    case 'invalidText':
      return t.invalidText(name);
    case 'invisibleText':
      return t.invisibleText(name);
    case 'choice':
      return t.choice(name);
    case 'email':
    case 'passwordShort':
    case 'passwordLong':
      return t[issue.message];
    default:
      // Wrong types, unknown keys, a body that is not an object: the client is not our form.
      return t.badRequest;
  }
}
