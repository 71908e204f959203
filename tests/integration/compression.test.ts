// On-demand text responses are gzipped for clients that accept it, and revalidation still works.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';

let app: TestServer;
beforeAll(async () => {
  app = await startServer();
});
afterAll(() => app?.stop());

/** A raw GET (fetch would decompress silently), returning status, headers and the body bytes. */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('response compression', () => {
  it('gzips the agenda for a client that accepts gzip, with the same page inside', async () => {
    const plain = await rawGet('/en/agenda/', {});
    const zipped = await rawGet('/en/agenda/', { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    const inflated = gunzipSync(zipped.body).toString('utf8');
    expect(inflated).toContain('</html>');
    expect(inflated.length).toBeGreaterThan(plain.body.length * 0.9);
  });

  it('keeps feed revalidation working: the gzip ETag is weak and answers 304', async () => {
    const first = await rawGet('/calendar/summit.ics', { 'accept-encoding': 'gzip' });
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    expect(gunzipSync(first.body).toString('utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const again = await rawGet('/calendar/summit.ics', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
  });
});
