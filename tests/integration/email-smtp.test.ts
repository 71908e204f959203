// Email through real SMTP: with SMTP_URL set, the outbox worker delivers to an SMTP server on
// loopback (smtp-server), in the delegate's language, with the ticket attached; each
// message is still recorded in the outbox with its delivery time, or its error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { SMTPServer } from 'smtp-server';
import PostalMime, { type Email } from 'postal-mime';
import type { AddressInfo } from 'node:net';
import { startServer, type TestServer } from '../support/server';
import { formClient } from '../support/forms';
import { validRegistration } from '../fixtures/registration';

let app: TestServer;
let smtp: SMTPServer;
const received: { to: string[]; email: Email }[] = [];

/** Waits (bounded) until `probe` holds: delivery happens in the background, after the response. */
async function eventually(probe: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!probe() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}
const mailTo = (address: string) => received.filter((m) => m.to.includes(address));

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'], // plain loopback: no certificate to trust
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        PostalMime.parse(Buffer.concat(chunks)).then(
          (email) => {
            received.push({ to: session.envelope.rcptTo.map((r) => r.address), email });
            callback();
          },
          (err: Error) => callback(err),
        );
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  app = await startServer({
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: '"Smart City Summit" <no-reply@summit.example>' },
  });
});
afterAll(async () => {
  await app?.stop();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

describe('email over SMTP', () => {
  it('delivers the verification and the ticket to the delegate, in Vietnamese, with the QR attached', async () => {
    const res = await formClient(app).post(
      '/vi/register/?_action=registration.register',
      validRegistration({ email: 'hoa@example.org', language: 'vi' }),
    );
    expect(res.status).toBe(303);
    await eventually(() => mailTo('hoa@example.org').length === 2);
    const mine = mailTo('hoa@example.org');
    expect(mine.map((m) => m.email.subject)).toEqual([
      'Xác nhận địa chỉ email của bạn – Hội nghị Đô thị thông minh',
      'Đăng ký thành công – vé tham dự Hội nghị Đô thị thông minh 23/12/2025',
    ]);
    const [verify, ticket] = mine.map((m) => m.email);
    expect(verify?.from?.address).toBe('no-reply@summit.example');
    expect(verify?.text).toContain('/vi/verify-email/?token=');
    expect(verify?.text).toContain('Please confirm your email address'); // the English version follows
    expect(verify?.html).toContain('lang="vi"');
    const attachment = ticket?.attachments[0];
    expect(attachment?.mimeType).toBe('image/png');
    expect(attachment?.filename).toMatch(/\.png$/);
    expect(attachment?.filename).toBe('ve-hoi-nghi-vascs-2025.png');
    // Rendered by the worker at delivery: the ticket card (event, name, QR, code) at 2×, not a bare QR square.
    const png = Buffer.from(attachment?.content as ArrayBuffer);
    const { format, width, height } = await sharp(png).metadata();
    expect(format).toBe('png');
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(1200);
    const code = (
      app.db
        .prepare('SELECT code FROM tickets t JOIN users u ON u.id = t.user_id WHERE u.email = ?')
        .get('hoa@example.org') as { code: string }
    ).code;
    expect(ticket?.text).toContain(code);
  });

  it('records each delivered message in the outbox with the time it was sent', () => {
    const rows = app.db.prepare('SELECT sent_at, error FROM outbox WHERE "to" = ?').all('hoa@example.org') as {
      sent_at: number | null;
      error: string | null;
    }[];
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.sent_at !== null && r.error === null)).toBe(true);
  });

  it('writes an English delegate’s mail in English', async () => {
    await formClient(app).post(
      '/en/register/?_action=registration.register',
      validRegistration({ email: 'sam@example.org', language: 'en' }),
    );
    await eventually(() => mailTo('sam@example.org').length === 2);
    const subjects = received.filter((m) => m.to.includes('sam@example.org')).map((m) => m.email.subject);
    expect(subjects[0]).toBe('Confirm your email address – Smart City Summit');
  });

  it('keeps the registration and records the error (for a later retry) when the SMTP server is down', async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    const res = await formClient(app).post(
      '/en/register/?_action=registration.register',
      validRegistration({ email: 'offline@example.org', language: 'en' }),
    );
    expect(res.status).toBe(303);
    expect(app.db.prepare('SELECT count(*) AS n FROM users WHERE email = ?').get('offline@example.org')).toEqual({
      n: 1,
    });
    const rows = () =>
      app.db.prepare('SELECT sent_at, error FROM outbox WHERE "to" = ?').all('offline@example.org') as {
        sent_at: number | null;
        error: string | null;
      }[];
    await eventually(() => rows().every((r) => r.error !== null));
    expect(rows().length).toBe(2);
    expect(rows().every((r) => r.sent_at === null && typeof r.error === 'string')).toBe(true);
  });
});
