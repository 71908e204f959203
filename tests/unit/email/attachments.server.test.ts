// The files a queued message carries at delivery (attachments.server.ts): stored files go out as
// they were queued, and a recipe whose ticket is gone (account deleted before delivery) is left
// out. The rendered e-ticket itself needs the content collections: tests/integration/email-smtp.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, getSqlite } from '~db/client';
import { deliverableAttachments } from '~/lib/email/attachments.server';

const dir = mkdtempSync(join(tmpdir(), 'summit-attachments-'));
const CODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = join(dir, 'test.db');
  const db = getSqlite();
  db.prepare(
    "INSERT INTO users (id, email, password_hash, full_name, organisation, category, country) VALUES ('u1', 'lan@example.test', 'x', 'Nguyễn Thị Lan', 'Sở Xây dựng', 'public-sector', 'VN')",
  ).run();
  db.prepare('INSERT INTO tickets (user_id, code, issued_at) VALUES (?, ?, ?)').run('u1', CODE, Date.now());
});
afterAll(() => {
  closeDb();
  delete process.env.DATABASE_PATH;
  rmSync(dir, { recursive: true, force: true });
});

describe('deliverableAttachments', () => {
  it('sends a stored file as it was queued', async () => {
    const files = await deliverableAttachments([
      {
        filename: 'session.ics',
        contentType: 'text/calendar',
        base64: Buffer.from('BEGIN:VCALENDAR').toString('base64'),
      },
    ]);
    expect(files).toEqual([
      { filename: 'session.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR') },
    ]);
  });

  it('leaves out a ticket that no longer exists and keeps the other files', async () => {
    const files = await deliverableAttachments([
      { filename: 'x.png', contentType: 'image/png', ticket: { code: 'ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ', lang: 'en' } },
      { filename: 'a.txt', contentType: 'text/plain', base64: Buffer.from('a').toString('base64') },
    ]);
    expect(files.map((f) => f.filename)).toEqual(['a.txt']);
  });
});
