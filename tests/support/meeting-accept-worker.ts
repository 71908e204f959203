// A separate process for the accept race in tests/integration/meetings-accept.test.ts: opens (and
// migrates) the database at DATABASE_PATH, says "ready", waits until START_AT (epoch ms), accepts
// REQUEST_ID as USER_ID and prints the result as one JSON line.
import { acceptMeetingRequest } from '~/lib/matchmaking/requests.server';
import { getDb, closeDb } from '~db/client';

getDb();
console.log('ready');
const wait = Number(process.env.START_AT) - Date.now();
if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
const result = await acceptMeetingRequest(
  process.env.USER_ID!,
  process.env.REQUEST_ID!,
  new Date('2025-12-20T03:00:00Z'),
);
closeDb();
console.log(JSON.stringify(result));
