// The error the exhibitor library throws: a code from the platform's one list
// (src/lib/errors/codes.ts, which gives its HTTP status) and per-field codes; actions translate both.
import type { z } from 'zod';
import { statusOf, type ErrorCode } from '~/lib/errors/codes';

/** The codes the exhibitor library raises (all from the one list). */
export type ExhibitorErrorCode = Extract<
  ErrorCode,
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'invalid-input'
  | 'invalid-transition'
  | 'in-review'
  | 'product-limit'
  | 'organisation-not-approved'
  | 'already-decided'
  | 'invitation-invalid'
  | 'invitation-email-mismatch'
  | 'sign-in-required'
  | 'last-manager'
  | 'unknown-ticket'
  | 'image-not-owned'
  | 'rate-limited'
>;

/** A refusal with a code from the one list; never a 5xx. */
export class ExhibitorError extends Error {
  readonly status: number;
  constructor(
    readonly code: ExhibitorErrorCode,
    readonly fields: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'ExhibitorError';
    this.status = statusOf(code);
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
