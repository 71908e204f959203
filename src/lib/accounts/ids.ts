// User ids: 120 random bits in lower-case base32 (unguessable, URL-safe, no ordering leak).
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A fresh user id. */
export function newUserId(): string {
  const bytes = new Uint8Array(15);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}
