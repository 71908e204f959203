// Specification of the request body reader (src/lib/server/body.ts): caps, types, and browsers' multipart bodies.
import { describe, expect, it } from 'vitest';
import { formText, readBody } from '~/lib/server/body';

function multipart(boundary: string, fields: Record<string, string>): string {
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return `${parts.join('')}--${boundary}--\r\n`;
}

const post = (type: string, body: string) =>
  new Request('http://localhost/form', { method: 'POST', headers: { 'content-type': type }, body });

describe('readBody', () => {
  it('reads a multipart body whose boundary has capital letters, as Chromium and WebKit send', async () => {
    const boundary = '----WebKitFormBoundaryAbC';
    const read = await readBody(
      post(`multipart/form-data; boundary=${boundary}`, multipart(boundary, { email: 'a@b.vn' })),
    );
    expect(read.ok && read.kind === 'form' && formText(read.form, 'email')).toBe('a@b.vn');
  });

  it('accepts the media type in any case', async () => {
    const read = await readBody(post('Application/X-WWW-Form-Urlencoded', 'name=An'));
    expect(read.ok && read.kind === 'form' && formText(read.form, 'name')).toBe('An');
  });

  it('answers 413 past the cap and 415 for a type the route does not take', async () => {
    expect(
      await readBody(post('application/x-www-form-urlencoded', 'a='.padEnd(2000, 'x')), { maxBytes: 1000 }),
    ).toEqual({
      ok: false,
      status: 413,
    });
    expect(await readBody(post('text/plain', 'x'))).toEqual({ ok: false, status: 415 });
  });
});
