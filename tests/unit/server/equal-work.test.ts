// Rehearsed writes (src/lib/server/equal-work.server.ts): the statements run, nothing stays,
// foreign keys to a user who does not exist are allowed, and a real error still surfaces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, getDb, getSqlite } from '~db/client';
import { emailTokens, outbox } from '~db/schema';
import { REHEARSAL_USER_ID, rehearseWrite } from '~/lib/server/equal-work.server';

const dir = mkdtempSync(join(tmpdir(), 'summit-rehearsal-'));
const rows = (table: string) => (getSqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const token = {
  id: 'tok',
  userId: REHEARSAL_USER_ID,
  purpose: 'reset-password' as const,
  createdAt: new Date(),
  expiresAt: new Date(),
};

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = join(dir, 'test.db');
  process.env.MIGRATIONS_DIR = join(process.cwd(), 'db/migrations');
});
afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});

describe('rehearseWrite', () => {
  it('runs the writes and keeps none of them, even for a user that does not exist', () => {
    let seen = 0;
    rehearseWrite(getDb(), (tx) => {
      tx.insert(emailTokens).values(token).run();
      tx.insert(outbox).values({ to: 'x@example.org', subject: 's', text: 't' }).run();
      seen = tx.select().from(outbox).all().length;
    });
    expect(seen).toBe(1);
    expect([rows('email_tokens'), rows('outbox')]).toEqual([0, 0]);
  });

  it('rolls back only its savepoint inside a real transaction', () => {
    getDb().transaction((tx) => {
      tx.insert(outbox).values({ to: 'kept@example.org', subject: 's', text: 't' }).run();
      rehearseWrite(tx, (t) => {
        t.insert(outbox).values({ to: 'dropped@example.org', subject: 's', text: 't' }).run();
      });
    });
    expect(getSqlite().prepare('SELECT "to" FROM outbox').all()).toEqual([{ to: 'kept@example.org' }]);
  });

  it('lets a real error through', () => {
    expect(() =>
      rehearseWrite(getDb(), () => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
  });
});
