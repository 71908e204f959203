// Every mutation the site accepts, one file per capability (STYLE.md: thin actions that call src/lib).
import { checkIn } from './check-in';
import { matchmaking } from './matchmaking';

export const server = { checkIn, matchmaking };
