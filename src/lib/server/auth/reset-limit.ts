// The rate limit on "set a new password" posts, per client address: a reset link is used once
// or twice, so a few tries are plenty; more is someone guessing tokens or loading the server.
import { createLimiter } from './rate-limit';

/** Reset-password posts from one address: 10 per 15 minutes, then 15 minutes' wait. */
export const resetPasswordAddressLimiter = createLimiter('reset-password-address', {
  points: 10,
  durationSec: 15 * 60,
  blockSec: 15 * 60,
});
