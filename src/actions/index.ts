// Every mutation the site accepts, one file per capability (STYLE.md: thin actions that call src/lib).
import { account } from './account';
import { checkIn } from './check-in';

export const server = { account, checkIn };
