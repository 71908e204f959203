// Every mutation the site accepts, one file per capability (STYLE.md: thin actions that call src/lib).
import { account } from './account';
import { calendarFeed } from './calendar-feed';
import { checkIn } from './check-in';
import { seats } from './seats';
import { stars } from './stars';

export const server = { account, checkIn, seats, stars, calendarFeed };
