// The server's idea of "now" for the summit status and "now and next".
// SUMMIT_NOW (an ISO 8601 instant) pins the clock for demos and tests.
import { config } from '~/lib/server/config';

/** The current instant, or SUMMIT_NOW when it is set to a valid instant. */
export function summitNow(): Date {
  const pinned = config('SUMMIT_NOW');
  if (pinned) {
    const at = new Date(pinned);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return new Date();
}
