// The one list of error codes that forms, Astro Actions and JSON APIs answer with, and the
// HTTP status each stands for. Messages for people live in src/lib/i18n/messages/errors.ts.

/** Every error code the platform answers with, mapped to its HTTP status. */
export const ERROR_STATUS = {
  // The request itself
  'invalid-request': 400,
  'invalid-input': 422,
  'unsupported-type': 415,
  'too-large': 413,
  'method-not-allowed': 405,
  'cross-site': 403,
  // Who is asking
  unauthenticated: 401,
  forbidden: 403,
  'rate-limited': 429,
  // Accounts
  'wrong-password': 422,
  'invalid-credentials': 401,
  'reset-token-invalid': 400,
  // Programme, seats, stars
  'unknown-session': 404,
  'session-cancelled': 409,
  'not-limited': 422,
  /** A visitor's stars no longer fit in the browser's cookie (an account keeps any number). */
  'star-limit': 409,
  'email-unverified': 403,
  // Tickets and check-in
  'invalid-code': 422,
  'unknown-ticket': 404,
  // Exhibitor portal: organisations, invitations, products, moderation, images
  'invalid-transition': 409,
  'in-review': 409,
  'product-limit': 409,
  'organisation-not-approved': 409,
  'already-decided': 409,
  'invitation-invalid': 410,
  'invitation-email-mismatch': 403,
  'sign-in-required': 409,
  'last-manager': 409,
  'image-not-owned': 403,
  'image-empty': 422,
  'image-too-large': 413,
  'image-type': 415,
  'image-too-small': 422,
  'image-too-many-pixels': 422,
  'image-corrupt': 422,
  // B2B matchmaking and meetings (src/lib/matchmaking/requests.ts, meetings.server.ts)
  'matchmaking-consent-required': 403,
  'message-too-long': 422,
  'self-request': 422,
  'already-requested': 409,
  'receiver-closed': 403,
  'outgoing-cap': 429,
  'daily-cap': 429,
  'incoming-cap': 409,
  'not-yours': 403,
  'not-pending': 409,
  expired: 410,
  'not-scheduled': 409,
  'too-early': 409,
  'unknown-slot': 422,
  // Generic
  'not-found': 404,
  conflict: 409,
} as const satisfies Record<string, 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429>;

/** An error code from the one list. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** The HTTP status an error code answers with. */
export function statusOf(code: ErrorCode): number {
  return ERROR_STATUS[code];
}

/** True when the value is one of the platform's error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);
}
