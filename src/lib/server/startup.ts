// Work done once per server process before the first on-demand request: open and migrate
// the database, sync the programme mirror (which queues its change emails), start the outbox worker.
import { getDb } from '~db/client';
import { syncProgramme } from '~/lib/programme/sync.server';
import { startOutboxWorker } from '~/lib/email/queue.server';
import { expireMeetingRequests } from '~/lib/matchmaking/request-sweeps.server';

// Pending meeting requests past their expiry are closed (and requesters told) every few minutes.
const EXPIRY_SWEEP_MS = 5 * 60_000;

let ready: Promise<void> | undefined;

/** Resolves when the database is migrated and the programme mirror is current. */
export function ensureStarted(): Promise<void> {
  ready ??= (async () => {
    getDb();
    await syncProgramme();
    startOutboxWorker();
    const sweep = () =>
      void expireMeetingRequests().catch((err: unknown) => console.error('[matchmaking] expiry sweep failed:', err));
    sweep();
    setInterval(sweep, EXPIRY_SWEEP_MS).unref();
  })();
  return ready;
}
