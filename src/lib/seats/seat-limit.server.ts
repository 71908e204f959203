// The budget of seat changes per delegate, shared by the seat form and the JSON API.
import { createLimiter } from '~/lib/server/auth/rate-limit';

/** 30 changes a minute per delegate: generous for people, a wall for scripts. */
export const seatLimiter = createLimiter('seats-user', { points: 30, durationSec: 60 });
