// Work done once per server process before the first on-demand request:
// open and migrate the database, then sync the programme mirror.
import { getDb } from '../../../db/client';
import { syncProgramme } from '../programme/sync.server';
import { notifyProgrammeChanges } from '../calendar/notify-changes.server';

let ready: Promise<void> | undefined;

/** Resolves when the database is migrated and the programme mirror is current. */
export function ensureStarted(): Promise<void> {
  ready ??= (async () => {
    getDb();
    const plan = await syncProgramme();
    // Delegates hear about moved and cancelled sessions they starred or reserved. Not awaited:
    // every email lands in the outbox at once, and SMTP delivery must not delay the first request.
    void notifyProgrammeChanges(plan).catch((err: unknown) => {
      console.error('[calendar] programme change emails failed:', err instanceof Error ? err.message : err);
    });
  })();
  return ready;
}
