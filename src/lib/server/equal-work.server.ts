// Doing the same work whatever the answer: a request that must not reveal whether an address
// has an account runs the writes it would have made, then rolls them back (a transaction, or a
// savepoint when called inside the caller's transaction).
import { getSqlite, type Db, type Tx } from '~db/client';

/** Thrown to end a rehearsal; caught here and never seen by callers. */
class Rollback extends Error {}

/** A user id for rehearsed rows that need one; no such user exists, and nothing is kept. */
export const REHEARSAL_USER_ID = 'rehearsal';

/**
 * Runs `write` in a transaction and rolls it back: the cost of a write without its effect, for
 * the branch that has nothing to write but must take as long as the one that has.
 */
export function rehearseWrite(db: Db | Tx, write: (tx: Tx) => void): void {
  const body = (tx: Tx) => {
    // Foreign keys are checked at commit, which never comes: REHEARSAL_USER_ID needs no row.
    getSqlite().pragma('defer_foreign_keys = ON');
    write(tx);
    throw new Rollback('rehearsal');
  };
  try {
    // Inside a transaction (it has rollback()) this is a savepoint; otherwise a transaction.
    if ('rollback' in db) db.transaction(body);
    else db.transaction(body, { behavior: 'immediate' });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
}
