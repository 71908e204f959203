// The outbox as a delivery queue (src/lib/email/queue.server.ts), against the built server and
// a real SMTP server on loopback: the worker delivers after the request, retries a refusing
// server with backoff, gives up after the last attempt (visible to organisers, never a 5xx),
// survives a restart, retries a message its dead worker held, and never sends one twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { startServer, type TestServer } from '../support/server';
import { formClient } from '../support/forms';
import { http } from '../support/http';
import { createAccount } from '../support/accounts';
import { validRegistration } from '../fixtures/registration';

let app: TestServer;
let smtp: SMTPServer;
/** Recipient of every message the SMTP server accepted, in order. */
const accepted: string[] = [];
/** Recipients refused this many more times (451), or for ever (Infinity). */
const refusals = new Map<string, number>();
/** Recipients whose message the server holds without answering, until released. */
const held = new Set<string>();
let holding = false;

interface Row {
  attempts: number;
  sent_at: number | null;
  failed_at: number | null;
  error: string | null;
  locked_until: number | null;
}
const rows = (to: string) =>
  app.db
    .prepare('SELECT attempts, sent_at, failed_at, error, locked_until FROM outbox WHERE "to" = ? ORDER BY id')
    .all(to) as Row[];
const count = (to: string) => accepted.filter((a) => a === to).length;
// The SMTP server counts a message before the worker records it as sent: wait for both.
const sentAll = (to: string) => rows(to).every((r) => r.sent_at !== null);

async function until<T>(what: string, probe: () => T | undefined | false, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${app.logs().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const register = async (email: string) => {
  const res = await formClient(app).post(
    '/en/register/?_action=registration.register',
    validRegistration({ email, language: 'en' }),
  );
  expect(res.status).toBe(303);
};

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo[0]?.address ?? '';
      stream.on('data', () => undefined);
      stream.on('end', () => {
        if (held.has(to)) {
          holding = true;
          return; // never answers: the client waits until it times out or dies
        }
        const left = refusals.get(to) ?? 0;
        if (left > 0) {
          refusals.set(to, left - 1);
          const err = Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 });
          return callback(err);
        }
        accepted.push(to);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  app = await startServer({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      OUTBOX_POLL_MS: '100',
      OUTBOX_RETRY_BASE_MS: '300',
      OUTBOX_MAX_ATTEMPTS: '4',
      OUTBOX_LEASE_MS: '6000',
      RATE_LIMIT_MULTIPLIER: '100',
    },
  });
});
afterAll(async () => {
  await app?.stop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

describe('the outbox worker', () => {
  it('delivers a registration’s two emails after the request, once each', async () => {
    await register('worker@example.org');
    await until('two deliveries', () => count('worker@example.org') === 2 && sentAll('worker@example.org'));
    const mine = rows('worker@example.org');
    expect(mine.map((r) => [r.attempts, r.sent_at !== null, r.error, r.locked_until])).toEqual([
      [1, true, null, null],
      [1, true, null, null],
    ]);
  });

  it('retries a refusing SMTP server with growing waits, then delivers exactly once', async () => {
    refusals.set('busy@example.org', 2);
    await register('busy@example.org');
    await until('delivery after refusals', () => count('busy@example.org') === 2 && sentAll('busy@example.org'));
    const mine = rows('busy@example.org');
    // Both messages share the refusals: three attempts between them were refused.
    expect(mine.reduce((n, r) => n + r.attempts, 0)).toBe(4);
    expect(mine.every((r) => r.sent_at !== null && r.failed_at === null && r.error === null)).toBe(true);
    expect(app.logs()).toMatch(/delivery of outbox #\d+ failed \(attempt 1\/4, retry at/);
  });

  it('marks a message failed after the last attempt, shows it to organisers, and never answers 5xx', async () => {
    refusals.set('doomed@example.org', Infinity);
    const res = await formClient(app).post(
      '/en/register/?_action=registration.register',
      validRegistration({ email: 'doomed@example.org' }),
    );
    expect(res.status).toBe(303);
    await until('both messages failed', () => rows('doomed@example.org').every((r) => r.failed_at !== null));
    const mine = rows('doomed@example.org');
    expect(mine.map((r) => r.attempts)).toEqual([4, 4]);
    expect(mine.every((r) => r.sent_at === null && r.error?.includes('Mailbox busy'))).toBe(true);
    expect(count('doomed@example.org')).toBe(0);

    const organiser = createAccount(app.db, app.url, { role: 'organiser', language: 'en' });
    const page = await http(`${app.url}/admin/outbox/`, { headers: { Cookie: organiser.cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Delivery failed after 4 attempts');
    expect(html).toContain('2 emails failed after the last attempt.');
  });

  it('delivers after a restart the message a dead worker held, and only once', async () => {
    held.add('held@example.org');
    holding = false;
    await register('held@example.org');
    // The worker has claimed a message and the SMTP server is sitting on it: kill the process.
    await until('the message to be held', () => holding && rows('held@example.org').some((r) => r.locked_until));
    held.delete('held@example.org');
    await app.restart();
    await until('delivery after restart', () => count('held@example.org') === 2 && sentAll('held@example.org'), 30_000);
    const mine = rows('held@example.org');
    expect(mine.every((r) => r.sent_at !== null && r.locked_until === null)).toBe(true);
    // The held one was attempted twice (the dead worker's attempt, then the new one).
    expect(mine.map((r) => r.attempts).sort()).toEqual([1, 2]);
    // Nothing further goes out: every sent message stays sent.
    const before = accepted.length;
    await new Promise((r) => setTimeout(r, 1_000));
    expect(accepted.length).toBe(before);
    expect(count('worker@example.org')).toBe(2);
  });
});
