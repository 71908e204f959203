// Work done once per server process before the first on-demand request:
// open and migrate the database, then sync the programme mirror.
import { getDb } from '../../../db/client';
import { syncProgramme } from '../programme/sync.server';

let ready: Promise<void> | undefined;

/** Resolves when the database is migrated and the programme mirror is current. */
export function ensureStarted(): Promise<void> {
  ready ??= (async () => {
    getDb();
    await syncProgramme();
  })();
  return ready;
}
