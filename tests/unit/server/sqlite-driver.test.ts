// The database driver must survive garbage collection of prepared statements on every supported
// Node line: better-sqlite3 12 aborts on Node 24 (see db/sqlite.ts), 13 segfaults on Node 20.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSqlite, sqliteDriver } from '../../../db/sqlite';

describe('sqliteDriver', () => {
  it('keeps better-sqlite3 12 on Node 20 and loads the Node-API build from Node 22 on', () => {
    expect(sqliteDriver('20.20.2')).toBe('better-sqlite3');
    expect(sqliteDriver('22.12.0')).toBe('better-sqlite3-napi');
    expect(sqliteDriver('24.21.0')).toBe('better-sqlite3-napi');
    expect(sqliteDriver('26.0.0')).toBe('better-sqlite3-napi');
  });

  it('opens a database that answers queries', () => {
    const db = openSqlite(':memory:');
    const row = db.prepare('select sqlite_version() as v').get() as { v: string };
    expect(row.v).toMatch(/^3\./);
    db.close();
  });

  it(`survives idle-time collection of thousands of prepared statements on this Node (${process.version})`, () => {
    const script = fileURLToPath(new URL('../../fixtures/sqlite-gc-stress.ts', import.meta.url));
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 });
    expect(child.stderr).not.toMatch(/Assertion failed|Segmentation/);
    expect(child.signal).toBeNull();
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(new RegExp(`^ok ${sqliteDriver()} `));
  }, 70_000);
});
