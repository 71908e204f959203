// Ids of exhibitor records: 120 random bits in lower-case base32, like user ids (no ordering leak).
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A fresh record id. */
export function newRecordId(): string {
  const bytes = new Uint8Array(15);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}
