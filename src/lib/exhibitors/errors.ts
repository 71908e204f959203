// The one list of error codes the exhibitor portal's library raises, and the error that carries one.
// The action layer maps `status` to an HTTP status and `code` to a translated message.
import type { z } from 'zod';

/** Every refusal the exhibitor library can give, with the HTTP status it stands for. */
export const EXHIBITOR_ERRORS = {
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'invalid-input': 400,
  'invalid-transition': 409,
  'in-review': 409,
  'product-limit': 409,
  'organisation-not-approved': 409,
  'already-decided': 409,
  'invitation-invalid': 410,
  'invitation-email-mismatch': 403,
  'sign-in-required': 409,
  'last-manager': 409,
  'unknown-ticket': 404,
  'image-not-owned': 403,
  'rate-limited': 429,
} as const;
export type ExhibitorErrorCode = keyof typeof EXHIBITOR_ERRORS;

/** A refusal with a code from EXHIBITOR_ERRORS; never a 5xx. */
export class ExhibitorError extends Error {
  readonly status: number;
  constructor(
    readonly code: ExhibitorErrorCode,
    readonly fields: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'ExhibitorError';
    this.status = EXHIBITOR_ERRORS[code];
  }
}

/** Field errors of a failed parse, one code per dotted path (`name.vi`, `images.0.alt.en`). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || 'form';
    out[path] ??= issue.code === 'unrecognized_keys' ? 'unknownField' : issue.message;
  }
  return out;
}

/** Parses input with a strict schema; throws `invalid-input` with field errors when it fails. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const r: z.SafeParseReturnType<unknown, z.output<S>> = schema.safeParse(input);
  if (!r.success) throw new ExhibitorError('invalid-input', fieldErrors(r.error));
  return r.data;
}
