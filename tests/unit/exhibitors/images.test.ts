// Product image uploads (src/lib/exhibitors/images*.ts): accepted only by content, re-encoded
// without metadata into responsive variants, refused with a code and nothing kept otherwise.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { sniffImageFormat, variantWidths } from '~/lib/exhibitors/images';
import { serveProductImage, storeProductImage } from '~/lib/exhibitors/images.server';
import { closeDb, getSqlite } from '~db/client';

const dir = mkdtempSync(join(tmpdir(), 'summit-uploads-'));
const stored = () => readdirSync(join(dir, 'products'));

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 90 } } });

/** A 2000×1500 JPEG carrying a GPS position in its EXIF, as a phone would write it. */
const gpsJpeg = () =>
  photo(2000, 1500)
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCo', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 42/1' } })
    .toBuffer();

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A tiny valid PNG whose header is rewritten to claim 30000×30000 pixels (CRC fixed, so it parses). */
async function bombPng(): Promise<Buffer> {
  const png = Buffer.from(await photo(1, 1).png().toBuffer());
  png.writeUInt32BE(30000, 16);
  png.writeUInt32BE(30000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

beforeAll(() => {
  process.env.UPLOADS_DIR = dir;
});
beforeEach(() => {
  rmSync(join(dir, 'products'), { recursive: true, force: true });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('recognising formats by their bytes', () => {
  it('knows PNG, JPEG and WebP signatures and nothing else', async () => {
    expect(sniffImageFormat(await photo(10, 10).png().toBuffer())).toBe('png');
    expect(sniffImageFormat(await photo(10, 10).jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImageFormat(await photo(10, 10).webp().toBuffer())).toBe('webp');
    expect(sniffImageFormat(await photo(10, 10).gif().toBuffer())).toBeUndefined();
    expect(sniffImageFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
  });
  it('never upscales: a 900 px image gets 400, 800 and its own width', () => {
    expect(variantWidths(900)).toEqual([400, 800, 900]);
    expect(variantWidths(2000)).toEqual([400, 800, 1200]);
    expect(variantWidths(600)).toEqual([400, 600]);
  });
});

describe('storing an accepted image', () => {
  it('re-encodes a 2000×1500 JPEG into 400/800/1200 WebP and an 800 JPEG, without its GPS EXIF', async () => {
    const input = await gpsJpeg();
    expect((await sharp(input).metadata()).exif?.length).toBeGreaterThan(0); // the GPS block is there to strip
    const result = await storeProductImage(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.variants.map((v) => `${v.format}@${v.width}x${v.height}`)).toEqual([
      'webp@400x300',
      'webp@800x600',
      'webp@1200x900',
      'jpeg@800x600',
    ]);
    expect(stored().sort()).toEqual(result.variants.map((v) => v.file).sort());
    for (const v of result.variants) {
      const meta = await sharp(join(dir, 'products', v.file)).metadata();
      expect(meta.exif).toBeUndefined();
      expect(v.file).toMatch(new RegExp(`^${result.id}-`));
    }
  });
  it('gives every upload a fresh random name, even for the same bytes', async () => {
    const bytes = await photo(800, 600).png().toBuffer();
    const [a, b] = [await storeProductImage(bytes), await storeProductImage(bytes)];
    expect(a.ok && b.ok && a.id !== b.id).toBe(true);
  });
  it('turns a phone photo upright (EXIF orientation 6) before measuring and resizing', async () => {
    const sideways = await photo(1500, 800).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const result = await storeProductImage(sideways);
    expect(result.ok && result.variants.map((v) => `${v.width}x${v.height}`)).toEqual([
      '400x750',
      '800x1500',
      '800x1500',
    ]);
  });
  it('re-encodes a 16-bit PNG into ordinary 8-bit variants', async () => {
    const deep = await photo(800, 600).toColourspace('rgb16').png().toBuffer();
    expect((await sharp(deep).metadata()).depth).toBe('ushort');
    const result = await storeProductImage(deep);
    if (!result.ok) throw new Error(result.error);
    const { dominant } = await sharp(join(dir, 'products', result.variants[0]!.file)).stats();
    expect(dominant.g).toBeGreaterThan(100); // still the green picture, not noise
  });
  it('accepts WebP', async () => {
    expect((await storeProductImage(await photo(640, 480).webp().toBuffer())).ok).toBe(true);
  });
});

describe('refusing an upload, keeping nothing', () => {
  const cases: [string, () => Promise<Buffer>, string][] = [
    ['a PNG 500 px wide', () => photo(500, 400).png().toBuffer(), 'image-too-small'],
    [
      'an SVG with a script',
      () => Promise.resolve(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
      'image-type',
    ],
    [
      'an HTML file renamed .png',
      () => Promise.resolve(Buffer.from('<!doctype html><script>alert(1)</script>')),
      'image-type',
    ],
    ['a GIF', () => photo(800, 600).gif().toBuffer(), 'image-type'],
    ['a truncated JPEG', async () => (await gpsJpeg()).subarray(0, 4000), 'image-corrupt'],
    ['a PNG declaring 30000×30000 pixels', bombPng, 'image-too-many-pixels'],
    [
      'a file over 5 MB',
      async () => Buffer.concat([await photo(800, 600).png().toBuffer(), Buffer.alloc(5 * 1024 * 1024)]),
      'image-too-large',
    ],
    ['an empty file', () => Promise.resolve(Buffer.alloc(0)), 'image-empty'],
  ];
  it.each(cases)('refuses %s', async (_name, make, code) => {
    const result = await storeProductImage(await make());
    expect(result).toEqual({ ok: false, error: code });
    let files: string[] = [];
    try {
      files = stored();
    } catch {
      files = [];
    }
    expect(files).toEqual([]);
  });
});

describe('serving a stored variant', () => {
  // A real temporary database: who may see an image depends on the product that shows it.
  const db = () => getSqlite();
  const now = Date.now();
  const member = { id: 'member', role: 'exhibitor' as const };
  const stranger = { id: 'stranger', role: 'exhibitor' as const };
  const organiser = { id: 'organiser', role: 'organiser' as const };

  async function storedImage(): Promise<{ id: string; file: string }> {
    const result = await storeProductImage(await photo(800, 600).png().toBuffer());
    if (!result.ok) throw new Error(result.error);
    db()
      .prepare(
        "INSERT INTO product_images (id, organisation_id, width, height, variants, created_at) VALUES (?, 'org', 800, 600, ?, ?)",
      )
      .run(result.id, JSON.stringify(result.variants), now);
    return { id: result.id, file: result.variants[0]!.file };
  }
  function publish(imageId: string, productId: string): void {
    db()
      .prepare(
        "INSERT INTO exhibitor_products (id, organisation_id, slug, created_at, updated_at) VALUES (?, 'org', ?, ?, ?)",
      )
      .run(productId, productId, now, now);
    db()
      .prepare(
        "INSERT INTO product_revisions (id, product_id, number, status, data, created_at, updated_at) VALUES (?, ?, 1, 'approved', ?, ?, ?)",
      )
      .run(`${productId}-r1`, productId, JSON.stringify({ images: [{ imageId }] }), now, now);
    db()
      .prepare('UPDATE exhibitor_products SET approved_revision_id = ? WHERE id = ?')
      .run(`${productId}-r1`, productId);
  }

  beforeAll(() => {
    closeDb();
    process.env.DATABASE_PATH = join(dir, 'test.db');
    const users = db().prepare(
      "INSERT INTO users (id, email, password_hash, full_name, organisation, category, country, role) VALUES (?, ?, 'x', ?, '', 'business', 'VN', ?)",
    );
    for (const a of [member, stranger, organiser]) users.run(a.id, `${a.id}@example.test`, a.id, a.role);
    db()
      .prepare(
        "INSERT INTO exhibitor_organisations (id, name_vi, name_en, country, status, created_at, updated_at) VALUES ('org', 'Org', 'Org', 'VN', 'approved', ?, ?)",
      )
      .run(now, now);
    db()
      .prepare(
        "INSERT INTO exhibitor_members (organisation_id, user_id, can_manage, created_at) VALUES ('org', 'member', 0, ?)",
      )
      .run(now);
  });
  afterAll(() => {
    closeDb();
    delete process.env.DATABASE_PATH;
  });

  it('serves a published image to anyone with its type, nosniff and a year of immutable caching', async () => {
    const image = await storedImage();
    publish(image.id, 'published');
    const response = serveProductImage(image.file, null);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(sniffImageFormat(new Uint8Array(await response.arrayBuffer()))).toBe('webp');
  });

  it('shows an image not yet published only to the organisation and organisers, never cached', async () => {
    const image = await storedImage();
    expect(serveProductImage(image.file, null).status).toBe(404);
    expect(serveProductImage(image.file, stranger).status).toBe(404);
    for (const viewer of [member, organiser]) {
      const response = serveProductImage(image.file, viewer);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
  });

  it('stops serving an image to the public when its product is withdrawn', async () => {
    const image = await storedImage();
    publish(image.id, 'withdrawn');
    db().prepare('UPDATE exhibitor_products SET withdrawn_at = ? WHERE id = ?').run(now, 'withdrawn');
    expect(serveProductImage(image.file, null).status).toBe(404);
    expect(serveProductImage(image.file, member).status).toBe(200);
  });

  it('answers 404 for names it did not make, including path tricks', () => {
    for (const name of [
      '../../summit.db',
      'x.svg',
      'aaaaaaaaaaaaaaaaaaaaaaaaaa-400.html',
      'aaaaaaaaaaaaaaaaaaaaaaaaaa-400.webp',
    ]) {
      expect(serveProductImage(name, organiser).status).toBe(404);
    }
  });
});
