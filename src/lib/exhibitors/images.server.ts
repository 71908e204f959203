// Product image uploads on disk: checked by content, re-encoded with sharp (EXIF and GPS dropped),
// resized into variants under UPLOADS_DIR with random names, and served with safe headers.
import sharp from 'sharp';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import {
  checkImageHeader,
  FALLBACK_WIDTH,
  imageIdOf,
  IMAGE_LIMITS,
  servedContentType,
  sniffImageFormat,
  uploadHeaders,
  variantFileName,
  variantWidths,
  type ImageRejection,
} from './images';
import { config } from '~/lib/server/config';
import type { Actor } from './access.server';
import { imageAudience } from './image-access.server';

/** Where uploads live: UPLOADS_DIR, or ./data/uploads (outside public/, so never served as-is). */
export function uploadsDir(): string {
  return resolve(config('UPLOADS_DIR'));
}

/** A file made from an upload. */
export interface StoredVariant {
  file: string;
  width: number;
  height: number;
  format: 'webp' | 'jpeg';
  bytes: number;
}

/** The outcome of an upload: the stored image, or why it was refused (nothing kept). */
export type UploadResult =
  | { ok: true; id: string; width: number; height: number; variants: StoredVariant[] }
  | { ok: false; error: ImageRejection };

function newImageId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes).slice(0, 26);
}

// failOn 'warning' makes a truncated or damaged file an error instead of a half-grey picture;
// limitInputPixels stops a bomb even if a header lies about its size.
const decode = (bytes: Buffer) =>
  sharp(bytes, { failOn: 'warning', limitInputPixels: IMAGE_LIMITS.maxPixels, sequentialRead: true });

/** Checks, re-encodes and stores an upload; on any refusal or failure nothing stays on disk. */
export async function storeProductImage(bytes: Buffer): Promise<UploadResult> {
  if (bytes.length === 0 || bytes.length > IMAGE_LIMITS.maxBytes) {
    return { ok: false, error: bytes.length === 0 ? 'image-empty' : 'image-too-large' };
  }
  const sniffed = sniffImageFormat(bytes);
  if (!sniffed) return { ok: false, error: 'image-type' };
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata(); // header only, no decoding
  } catch {
    return { ok: false, error: 'image-corrupt' };
  }
  // EXIF orientations 5–8 swap width and height once the picture is rotated upright.
  const swapped = (meta.orientation ?? 1) >= 5;
  const width = swapped ? meta.height : meta.width;
  const height = swapped ? meta.width : meta.height;
  const refused = checkImageHeader(bytes.length, sniffed, { format: meta.format, width, height });
  if (refused) return { ok: false, error: refused };

  const id = newImageId();
  const dir = join(uploadsDir(), 'products');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  try {
    // Each variant decodes the original afresh (≤ 5 MB, so cheap), upright, in sRGB, 8 bits;
    // sharp copies no metadata unless asked, so EXIF (GPS), XMP and ICC text are dropped.
    const upright = () => decode(bytes).rotate().toColourspace('srgb');
    const plan: { width: number; format: 'webp' | 'jpeg' }[] = [
      ...variantWidths(width).map((w) => ({ width: w, format: 'webp' as const })),
      { width: Math.min(FALLBACK_WIDTH, width), format: 'jpeg' as const },
    ];
    const variants: StoredVariant[] = [];
    for (const p of plan) {
      const resized = upright().resize({ width: p.width, withoutEnlargement: true });
      const encoded =
        p.format === 'webp'
          ? resized.webp({ quality: 80 })
          : resized.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true });
      const out = await encoded.toBuffer({ resolveWithObject: true });
      const file = variantFileName(id, p.width, p.format);
      const tmp = join(dir, `.${file}.tmp`);
      written.push(tmp);
      writeFileSync(tmp, out.data, { flag: 'wx' });
      renameSync(tmp, join(dir, file));
      written.push(join(dir, file));
      variants.push({ file, width: out.info.width, height: out.info.height, format: p.format, bytes: out.data.length });
    }
    return { ok: true, id, width, height, variants };
  } catch {
    for (const f of written) rmSync(f, { force: true });
    return { ok: false, error: 'image-corrupt' };
  }
}

/** Removes every stored variant of an image (when its record is deleted or its transaction fails). */
export function deleteStoredImage(variants: readonly { file: string }[]): void {
  for (const v of variants)
    if (servedContentType(v.file)) rmSync(join(uploadsDir(), 'products', v.file), { force: true });
}

/**
 * Serves a stored variant by its file name to `actor` (see image-access.server.ts): 404 for any
 * name we did not make, that is gone, or that this viewer may not see yet.
 */
export function serveProductImage(fileName: string, actor: Actor | null): Response {
  const contentType = servedContentType(fileName);
  const imageId = imageIdOf(fileName);
  const audience = contentType && imageId ? imageAudience(imageId, actor) : null;
  if (!contentType || !audience) return new Response('Not found', { status: 404 });
  let body: Buffer;
  try {
    body = readFileSync(join(uploadsDir(), 'products', fileName));
  } catch {
    return new Response('Not found', { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: uploadHeaders(contentType, body.length, audience),
  });
}
