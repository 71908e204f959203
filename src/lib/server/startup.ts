// Work done once per server process before the first on-demand request: open and migrate
// the database, sync the programme mirror (which queues its change emails), start the outbox worker.
import { getDb } from '~db/client';
import { syncProgramme } from '~/lib/programme/sync.server';
import { startOutboxWorker } from '~/lib/email/queue.server';

let ready: Promise<void> | undefined;

/** Resolves when the database is migrated and the programme mirror is current. */
export function ensureStarted(): Promise<void> {
  ready ??= (async () => {
    getDb();
    await syncProgramme();
    startOutboxWorker();
  })();
  return ready;
}
