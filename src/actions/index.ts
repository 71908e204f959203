// Every mutation the site accepts, one file per capability (STYLE.md: thin actions that call src/lib).
import { checkIn } from './check-in';
import { exhibitors } from './exhibitors';
import { showcase } from './showcase-moderation';

export const server = { checkIn, exhibitors, showcase };
