// Enumeration by timing: registering an address that already has an account, and asking a
// reset link for an address without one, must take as long as the other case, with and
// without SMTP. Interleaved pairs, medians and the rank statistic AUC (0.5 = no signal).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { startServer, type TestServer } from '../support/server';
import { formClient } from '../support/forms';
import { http } from '../support/http';
import { jsonRegistration, validRegistration } from '../fixtures/registration';
import {
  auc,
  describeTimings,
  median,
  medianPairedDifference,
  pairedTimings,
  type PairedTimings,
} from '../support/timing';

const PAIRS = 36;
const WARMUP = 6;

/**
 * No separation: within a pair the two kinds differ by less than 20 % of a typical request (or
 * 5 ms for fast ones: on a loaded 2-core machine a 10 ms request jitters by that much), in the
 * median, and the rank statistic AUC stays near 0.5. The leaks this guards against were 25-110 ms.
 */
function expectNoSeparation(t: PairedTimings): void {
  const typical = median([...t.a, ...t.b]);
  expect(Math.abs(medianPairedDifference(t.a, t.b))).toBeLessThan(Math.max(5, 0.2 * typical));
  const area = auc(t.a, t.b);
  expect(area).toBeGreaterThan(0.25);
  expect(area).toBeLessThan(0.75);
}

function timingSuite(label: string, smtpUrl: () => string) {
  let app: TestServer;
  const registered: string[] = [];
  const addr = (kind: string, i: number) => `${kind}-${i}@example.org`;

  beforeAll(async () => {
    // The worker delivers between polls: a short poll would render a new registration's e-ticket
    // during the next request, which is the other kind of the pair, and bias the comparison.
    app = await startServer({
      env: { SMTP_URL: smtpUrl(), RATE_LIMIT_MULTIPLIER: '1000', OUTBOX_POLL_MS: '600000' },
    });
    const seed = await formClient(app).post(
      '/en/register/?_action=registration.register',
      validRegistration({ email: 'seed@example.org' }),
    );
    expect(seed.status).toBe(303);
    registered.push('seed@example.org');
  });
  afterAll(async () => {
    await app?.stop();
  });

  const registerForm = async (email: string) => {
    const res = await formClient(app).post(
      '/en/register/?_action=registration.register',
      validRegistration({ email, language: 'en' }),
    );
    expect(res.status).toBe(303);
  };
  const registerJson = async (email: string) => {
    const res = await http(`${app.url}/api/register?lang=en`, {
      method: 'POST',
      headers: { Origin: app.url, 'Content-Type': 'application/json' },
      body: JSON.stringify(jsonRegistration({ email, language: 'en' })),
    });
    expect(res.status).toBe(202);
    await res.text();
  };

  it.each([
    ['the form', 'form', registerForm],
    ['/api/register', 'json', registerJson],
  ] as const)(
    `${label}: registering an existing address through %s takes as long as a new one`,
    async (_name, tag, submit) => {
      const t = await pairedTimings(
        PAIRS,
        async (i) => {
          const email = addr(`new-${tag}`, i);
          await submit(email);
          registered.push(email);
        },
        // The address registered by the previous pair (the seed for the first).
        async (i) => submit(i === 0 ? 'seed@example.org' : addr(`new-${tag}`, i - 1)),
        { warmup: WARMUP },
      );
      console.log(describeTimings(`${label} register (${tag})`, t, ['new', 'existing']));
      expectNoSeparation(t);
    },
    120_000,
  );

  it(`${label}: asking a reset link for an unknown address takes as long as for a known one`, async () => {
    const forgot = async (email: string) => {
      const res = await formClient(app).post('/en/forgot-password/?_action=auth.forgotPassword', { email });
      expect(res.status).toBe(303);
    };
    const t = await pairedTimings(
      PAIRS,
      async (i) => forgot(registered[i % registered.length]!),
      async (i) => forgot(addr('nobody', i)),
      { warmup: WARMUP },
    );
    console.log(describeTimings(`${label} forgot-password`, t, ['known', 'unknown']));
    expectNoSeparation(t);
  }, 120_000);
}

describe('timing without SMTP (the outbox is the store)', () => {
  timingSuite('no SMTP', () => '');
});

describe('timing with SMTP configured', () => {
  let smtp: SMTPServer;
  let port = 0;
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        stream.on('data', () => undefined);
        stream.on('end', () => callback());
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });
  timingSuite('SMTP', () => `smtp://127.0.0.1:${port}`);
});
