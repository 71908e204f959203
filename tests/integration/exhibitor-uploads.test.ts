// Product image uploads over HTTP: only real PNG/JPEG/WebP of at least 600 px and at most 5 MB
// are kept, decided by their bytes; every refusal answers 4xx with a clear message and leaves
// nothing on disk or in the database. Kept images are served re-encoded, typed, nosniff, cached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import sharp from 'sharp';
import { startServer, type TestServer } from '../support/server';
import { createAccount, type TestAccount } from '../support/accounts';
import { addMember, callAction, createOrganisation, pngImage, productFields } from '../support/exhibitors';
import { http } from '../support/http';

const uploads = mkdtempSync(join(tmpdir(), 'summit-uploads-'));
let app: TestServer;
let alice: TestAccount;
let productId = '';

const storedFiles = () => {
  try {
    return readdirSync(join(uploads, 'products'));
  } catch {
    return [];
  }
};
const imageRows = () => (app.db.prepare('SELECT count(*) AS n FROM product_images').get() as { n: number }).n;
const upload = (bytes: Buffer, name: string, type: string) =>
  callAction(app, 'exhibitors.addImage', alice.cookie, {
    productId,
    image: new File([new Uint8Array(bytes)], name, { type }),
    altVi: 'Ảnh sản phẩm',
    altEn: 'Product picture',
  });

/** The status of a POST that declares `length` bytes; the server may answer before any is sent. */
function declaredPost(path: string, length: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const headers = {
      origin: app.url,
      cookie: alice.cookie,
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(length),
    };
    const req = request(`${app.url}${path}`, { method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (err) => (req.writableEnded ? undefined : reject(err)));
    // A body under the cap is sent (and is not valid multipart); over it, the server closes first.
    if (length <= 6 * 1024 * 1024) req.write(Buffer.alloc(length, 'a'));
    req.end();
  });
}

beforeAll(async () => {
  app = await startServer({ env: { UPLOADS_DIR: uploads } });
  alice = createAccount(app.db, app.url, { role: 'exhibitor' });
  const org = createOrganisation(app.db, 'Uploads Org');
  addMember(app.db, org, alice);
  const created = await callAction(app, 'exhibitors.createProduct', alice.cookie, {
    organisationId: org,
    ...productFields(),
  });
  productId = (created.data as { productId: string }).productId;
}, 60_000);
afterAll(async () => {
  await app?.stop();
  rmSync(uploads, { recursive: true, force: true });
});

describe('refused uploads keep nothing', () => {
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><script>alert(1)</script></svg>',
  );
  it.each([
    ['an SVG with a script', () => Promise.resolve(svg), 'logo.svg', 'image/svg+xml', 415, 'PNG, JPEG or WebP'],
    ['an SVG renamed to .png', () => Promise.resolve(svg), 'logo.png', 'image/png', 415, 'PNG, JPEG or WebP'],
    [
      'an HTML page renamed to .jpg',
      () => Promise.resolve(Buffer.from('<html><script>alert(1)</script></html>')),
      'x.jpg',
      'image/jpeg',
      415,
      'PNG, JPEG or WebP',
    ],
    [
      'a GIF',
      () =>
        sharp({ create: { width: 800, height: 600, channels: 3, background: '#888' } })
          .gif()
          .toBuffer(),
      'a.gif',
      'image/gif',
      415,
      'PNG, JPEG or WebP',
    ],
    ['an image 500 px wide', () => pngImage(500, 400), 'small.png', 'image/png', 422, '600 pixels'],
    [
      'a truncated PNG',
      async () => {
        const b = await pngImage(900, 600);
        return b.subarray(0, Math.floor(b.length / 2));
      },
      'cut.png',
      'image/png',
      422,
      'damaged',
    ],
    [
      'a decompression bomb (9000×9000 of one colour, a few kB)',
      () =>
        sharp({ create: { width: 9000, height: 9000, channels: 3, background: '#fff' } })
          .png({ compressionLevel: 9 })
          .toBuffer(),
      'bomb.png',
      'image/png',
      422,
      'megapixels',
    ],
    ['an image over 5 MB', () => pngImage(1700, 1100), 'big.png', 'image/png', 413, '5 MB'],
  ])(
    'refuses %s',
    async (_what, make, name, type, status, says) => {
      const bytes = await make();
      const r = await upload(bytes, name, type);
      expect(r.status).toBe(status);
      expect(r.error?.message).toContain(says);
      expect(storedFiles()).toEqual([]);
      expect(imageRows()).toBe(0);
    },
    60_000,
  );

  it('refuses a declared body over the 6 MiB upload cap before the app reads it', async () => {
    expect(await declaredPost('/_actions/exhibitors.addImage', 7 * 1024 * 1024)).toBe(413);
    expect(storedFiles()).toEqual([]);
  });

  it('keeps the 1 MiB cap on the other actions', async () => {
    expect(await declaredPost('/_actions/exhibitors.saveProduct', 2 * 1024 * 1024)).toBe(413);
    expect(await declaredPost('/_actions/exhibitors.addImage', 2 * 1024 * 1024)).not.toBe(413);
  });
});

describe('a kept upload', () => {
  it('is re-encoded without metadata and served typed, nosniff and immutable', async () => {
    const jpeg = await sharp(await pngImage(1000, 700))
      .jpeg()
      .withExif({ IFD0: { Artist: 'secret-artist' } })
      .toBuffer();
    const r = await upload(jpeg, 'photo.jpg', 'image/jpeg');
    expect(r.status, JSON.stringify(r.error)).toBe(200);
    const files = storedFiles();
    expect(files.length).toBeGreaterThan(1);
    expect(imageRows()).toBe(1);
    const webp = files.find((f) => f.endsWith('.webp'))!;
    // Not yet published: the organisation's members see it (never cached), a visitor gets 404.
    expect((await http(`${app.url}/uploads/products/${webp}`)).status).toBe(404);
    const res = await http(`${app.url}/uploads/products/${webp}`, { headers: { Cookie: alice.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const served = Buffer.from(await res.arrayBuffer());
    expect(served.includes(Buffer.from('secret-artist'))).toBe(false);
    const page = await (
      await http(`${app.url}/en/exhibitor/products/${productId}/`, { headers: { Cookie: alice.cookie } })
    ).text();
    expect(page).toContain(`/uploads/products/${webp.replace(/-\d+\.webp$/, '')}`);
    // Once a moderator approves the revision that shows it, anyone may fetch it, cached for good.
    app.db.prepare("UPDATE product_revisions SET status = 'approved' WHERE product_id = ?").run(productId);
    app.db
      .prepare(
        'UPDATE exhibitor_products SET approved_revision_id = (SELECT id FROM product_revisions WHERE product_id = ?) WHERE id = ?',
      )
      .run(productId, productId);
    const published = await http(`${app.url}/uploads/products/${webp}`);
    expect(published.status).toBe(200);
    expect(published.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for names the pipeline does not make', async () => {
    for (const name of ['..%2F..%2Fsummit.db', 'x.svg', 'aaaaaaaaaaaaaaaaaaaaaaaaaa-800.png']) {
      expect((await http(`${app.url}/uploads/products/${name}`)).status).toBe(404);
    }
  });
});
