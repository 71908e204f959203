// Which better-sqlite3 opens the database file, chosen by the Node line the process runs on.
//
// better-sqlite3 12 wraps its objects in Node's raw `node::ObjectWrap`; built against Node 24.19+
// headers, the wrapper's destructor asserts that a JS context is entered, and an idle-time GC of
// a prepared statement aborts the process (`Assertion failed: (env) != nullptr`, nodejs/node#65446).
// better-sqlite3 13 moved to Node-API and is immune, but needs Node 22 and segfaults on Node 20.
// So Node 20 keeps 12 (`better-sqlite3`) and Node 22 and later load 13 (`better-sqlite3-napi`, an
// npm alias with an in-package prebuild); both have the same JavaScript API, and drizzle takes
// whichever instance it is given. Drop 12 and the alias when Node 20 support goes.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/** An open database handle; the same API under either major version. */
export type SqliteDatabase = BetterSqlite3.Database;

/** The package that opens databases on this Node line. */
export function sqliteDriver(nodeVersion: string = process.versions.node): 'better-sqlite3' | 'better-sqlite3-napi' {
  return Number(nodeVersion.split('.')[0]) >= 22 ? 'better-sqlite3-napi' : 'better-sqlite3';
}

const requireFromHere = createRequire(import.meta.url);

/** Opens (or creates) a SQLite database with the driver this Node line needs. */
export function openSqlite(path: string, options?: BetterSqlite3.Options): SqliteDatabase {
  const Database = requireFromHere(sqliteDriver()) as typeof BetterSqlite3;
  return new Database(path, options);
}
