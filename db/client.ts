// The one database connection: opened on first use, pragmas set, migrations applied.
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';
import { openSqlite, type SqliteDatabase } from './sqlite';
// Not astro:env: scripts load this module outside Astro; config() falls back to process.env there.
import { config } from '~/lib/server/config';

export type Db = BetterSQLite3Database<typeof schema>;
/** A transaction handle, as passed to the synchronous `db.transaction((tx) => ...)` callback. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

let connection: { db: Db; sqlite: SqliteDatabase } | undefined;

/** Where the database lives: DATABASE_PATH, or ./data/summit.db. */
export function databasePath(): string {
  return resolve(config('DATABASE_PATH'));
}

/** Opens (once) and migrates the database. */
export function getDb(): Db {
  return open().db;
}

/** The raw better-sqlite3 handle, for the rare statement drizzle cannot express. */
export function getSqlite(): SqliteDatabase {
  return open().sqlite;
}

function open() {
  if (connection) return connection;
  const path = databasePath();
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = openSqlite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Concurrent writers wait for the lock instead of failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: resolve(config('MIGRATIONS_DIR')) });
  connection = { db, sqlite };
  return connection;
}

/** Opens the database if needed and runs a trivial query; throws when it cannot answer (health check). */
export function pingDatabase(): void {
  getSqlite().prepare('select 1').get();
}

/** Closes the connection (scripts and tests). */
export function closeDb(): void {
  connection?.sqlite.close();
  connection = undefined;
}
