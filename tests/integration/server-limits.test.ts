// The server in front of Astro: unknown methods get 405 with Allow, request bodies are capped
// before anything reads them (413), the 404 page answers quietly, and browsers' multipart
// bodies (mixed-case boundaries) are read.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { createAccount } from '../support/accounts';
import { hashPassword } from '../../src/lib/server/auth/password';

let app: TestServer;
beforeAll(async () => {
  app = await startServer({ env: { MAX_BODY_BYTES: String(256 * 1024) } });
});
afterAll(() => app?.stop());

interface RawAnswer {
  status: number;
  ms: number;
}

/** Sends a request by hand: a declared Content-Length, or `chunks` streamed with chunked encoding. */
function raw(
  path: string,
  init: { method: string; headers?: Record<string, string>; chunks?: Buffer[] },
): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(app.url + path, { method: init.method, headers: init.headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, ms: performance.now() - started });
    });
    // The server may close the connection while the client still writes: that is the point.
    req.on('error', (err) => (req.writableEnded ? undefined : reject(err)));
    (async () => {
      for (const c of init.chunks ?? []) {
        if (req.destroyed) return;
        if (!req.write(c)) await new Promise((r) => req.once('drain', r));
      }
      req.end();
    })().catch(() => undefined);
  });
}

const SITE_ORIGIN = () => ({ origin: app.url, 'sec-fetch-site': 'same-origin' });

describe('methods', () => {
  it('answers TRACE, CONNECT-like and WebDAV methods with 405 and Allow on every kind of route', async () => {
    for (const method of ['TRACE', 'PROPFIND', 'MKCOL']) {
      for (const path of ['/en/agenda/', '/api/stars', '/en/speakers/', '/favicon.svg', '/_server-islands/SeatPanel']) {
        const res = await raw(path, { method });
        expect(res.status, `${method} ${path}`).toBe(405);
      }
    }
    const res = await fetch(`${app.url}/en/agenda/`, { method: 'PATCH' });
    expect(res.status).not.toBe(500);
  });

  it('lists the allowed methods', async () => {
    const answer = await new Promise<string | undefined>((resolve, reject) => {
      request(`${app.url}/en/agenda/`, { method: 'TRACE' }, (res) => {
        res.resume();
        resolve(res.headers.allow);
      })
        .on('error', reject)
        .end();
    });
    expect(answer).toContain('GET');
    expect(answer).toContain('POST');
    expect(answer).not.toContain('TRACE');
  });

  it('answers a form post to a prerendered page with 405 and logs nothing', async () => {
    const before = app.logs().length;
    const res = await fetch(`${app.url}/en/speakers/`, {
      method: 'POST',
      headers: { ...SITE_ORIGIN(), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(app.logs().slice(before)).not.toMatch(/Error/);
  });
});

describe('request bodies', () => {
  it('refuses a declared 50 MB body on the server-islands endpoint at once, without reading it', async () => {
    const res = await raw('/_server-islands/SeatPanel', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024), ...SITE_ORIGIN() },
    });
    expect(res.status).toBe(413);
    expect(res.ms).toBeLessThan(1000);
  });

  it('stops reading a chunked body past the cap on every route', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    for (const path of ['/_server-islands/SeatPanel', '/_actions/anything', '/api/register', '/en/login/']) {
      const res = await raw(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...SITE_ORIGIN() },
        chunks: Array.from({ length: 40 }, () => chunk),
      });
      expect(res.status, path).toBe(413);
    }
  });

  it('passes a chunked body under the cap on to the route', async () => {
    const res = await raw('/api/stars', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...SITE_ORIGIN() },
      chunks: [Buffer.from('{"slug":'), Buffer.from('"x"}')],
    });
    // Not signed in: the guard answers, which means the request went through to Astro.
    expect(res.status).toBe(401);
  });
});

describe('the 404 page', () => {
  it('answers /404 and unknown paths with the bilingual page and status 404, without logging a stack', async () => {
    const before = app.logs().length;
    for (const path of ['/404', '/404/', '/en/no-such-page/', '/nope.png']) {
      const res = await fetch(app.url + path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain('lang="vi"');
      expect(html, path).toContain('lang="en"');
    }
    expect(app.logs().slice(before)).not.toMatch(/FailedToFindPageMapSSR|Error/);
  });
});

describe('multipart forms', () => {
  it('reads a browser multipart body whose boundary has capital letters', async () => {
    const account = createAccount(app.db, app.url);
    app.db
      .prepare('UPDATE users SET password_hash = ? WHERE id = ?')
      .run(await hashPassword('correct horse 42'), account.id);
    const boundary = '----WebKitFormBoundaryAbC';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="email"',
      '',
      account.email,
      `--${boundary}`,
      'Content-Disposition: form-data; name="password"',
      '',
      'correct horse 42',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const res = await fetch(`${app.url}/en/login/?_action=auth.login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...SITE_ORIGIN(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toMatch(/session=/);
  });
});
