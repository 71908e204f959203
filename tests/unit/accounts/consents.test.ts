// Optional consents (src/lib/accounts/consents.server.ts) on a temporary database: given and
// withdrawn records, and what a withdrawal takes with it (onConsentWithdrawn).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, getDb, getSqlite } from '~db/client';
import { activeConsents, recordConsents, setOptionalConsents } from '~/lib/accounts/consents.server';
import { createAccount } from '../../support/accounts';

const dir = mkdtempSync(join(tmpdir(), 'summit-consents-'));
beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = join(dir, 'test.db');
});
afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});

const needs = (userId: string) =>
  JSON.parse(
    (getSqlite().prepare('SELECT accessibility FROM users WHERE id = ?').get(userId) as { accessibility: string })
      .accessibility,
  ) as unknown;
const kinds = (userId: string) =>
  activeConsents(userId)
    .map((c) => c.kind)
    .sort();

describe('optional consents', () => {
  it('records the ticked ones, stamps the dropped ones and leaves the unlisted ones alone', () => {
    const id = createAccount(getSqlite(), 'http://127.0.0.1').id;
    recordConsents(getDb(), id, ['registration', 'news', 'accessibility']);
    setOptionalConsents(id, { matchmaking: true, news: false });
    expect(kinds(id)).toEqual(['accessibility', 'matchmaking', 'registration']);
    const withdrawn = getSqlite()
      .prepare("SELECT count(*) AS n FROM consents WHERE user_id = ? AND kind = 'news' AND withdrawn_at IS NOT NULL")
      .get(id);
    expect(withdrawn).toEqual({ n: 1 });
  });

  it('erases the accessibility needs when their consent is withdrawn, and only then', () => {
    const accessibility = { wheelchair: true, signLanguage: false, other: 'Large print' };
    const id = createAccount(getSqlite(), 'http://127.0.0.1', { accessibility }).id;
    recordConsents(getDb(), id, ['accessibility']);
    setOptionalConsents(id, { news: false });
    expect(needs(id)).toEqual(accessibility);
    setOptionalConsents(id, { accessibility: false });
    expect(needs(id)).toEqual({ wheelchair: false, signLanguage: false, other: '' });
  });
});
