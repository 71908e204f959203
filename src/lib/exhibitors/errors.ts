// The one list of error codes the exhibitor portal's library raises, and the error that carries one.
// The action layer maps `status` to an HTTP status and `code` to a translated message.

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
