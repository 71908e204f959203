// Every mutation the site accepts, one file per capability (STYLE.md: thin actions that call src/lib).
import { auth } from './auth';
import { checkIn } from './check-in';
import { registration } from './registration';

export const server = { auth, checkIn, registration };
