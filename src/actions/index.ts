// Every mutation the site accepts, one file per capability (STYLE.md: thin actions that call src/lib).
import { account } from './account';
import { auth } from './auth';
import { calendarFeed } from './calendar-feed';
import { checkIn } from './check-in';
import { exhibitors } from './exhibitors';
import { matchmaking } from './matchmaking';
import { registration } from './registration';
import { seats } from './seats';
import { showcase } from './showcase-moderation';
import { stars } from './stars';

export const server = {
  account,
  auth,
  registration,
  checkIn,
  seats,
  stars,
  calendarFeed,
  exhibitors,
  showcase,
  matchmaking,
};
