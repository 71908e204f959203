// Rules for exhibitors' product images, decided from the bytes, never from a name or a declared
// type: which formats are accepted, the size limits, the variants made, and how files are served.

/** The formats accepted, by their magic bytes. */
export type ImageFormat = 'png' | 'jpeg' | 'webp';

/** Limits of an upload. */
export const IMAGE_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  minWidth: 600,
  // 40 megapixels: a large photo passes, a decompression bomb declaring 30000×30000 does not.
  maxPixels: 40_000_000,
} as const;

/** Widths of the responsive WebP variants; a JPEG fallback is made at FALLBACK_WIDTH. */
export const VARIANT_WIDTHS = [400, 800, 1200] as const;
export const FALLBACK_WIDTH = 800;

/** Why an upload was refused. */
export type ImageRejection =
  'image-empty' | 'image-too-large' | 'image-type' | 'image-too-small' | 'image-too-many-pixels' | 'image-corrupt';

/** The format the bytes say they are, or undefined (SVG, HTML, GIF, anything else). */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | undefined {
  const at = (offset: number, sig: number[]) => sig.every((b, i) => bytes[offset + i] === b);
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (at(0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'webp';
  return undefined;
}

/** The checks that need only the header: size, format, dimensions. Returns the first failure. */
export function checkImageHeader(
  byteLength: number,
  sniffed: ImageFormat | undefined,
  meta: { format?: string | undefined; width?: number | undefined; height?: number | undefined },
): ImageRejection | undefined {
  if (byteLength === 0) return 'image-empty';
  if (byteLength > IMAGE_LIMITS.maxBytes) return 'image-too-large';
  if (!sniffed || meta.format !== sniffed) return 'image-type';
  if (!meta.width || !meta.height) return 'image-corrupt';
  if (meta.width * meta.height > IMAGE_LIMITS.maxPixels) return 'image-too-many-pixels';
  if (meta.width < IMAGE_LIMITS.minWidth) return 'image-too-small';
  return undefined;
}

/** The WebP widths to make for an image `width` wide: never upscaled, the original width if between steps. */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w <= width);
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!;
  if (width < largest && !widths.includes(width)) widths.push(width);
  return widths;
}

/** A stored variant's file name: the image id, the width, the format. */
export function variantFileName(imageId: string, width: number, format: 'webp' | 'jpeg'): string {
  return `${imageId}-${width}.${format === 'webp' ? 'webp' : 'jpg'}`;
}

const FILE_NAME = /^([a-z2-7]{26})-(\d{2,4})\.(webp|jpg)$/;

/** The image id in a stored file name (its first part), or undefined when the name is not one we make. */
export function imageIdOf(fileName: string): string | undefined {
  return FILE_NAME.exec(fileName)?.[1];
}

/** The content type of a stored file name, or undefined when the name is not one we make. */
export function servedContentType(fileName: string): string | undefined {
  const m = FILE_NAME.exec(fileName);
  if (!m) return undefined;
  return m[3] === 'webp' ? 'image/webp' : 'image/jpeg';
}

/**
 * Response headers for a stored variant. Names are random and never reused, so a published image is
 * cached forever; one not yet published is for its viewer only, and never stored on the way.
 */
export function uploadHeaders(
  contentType: string,
  byteLength: number,
  audience: 'public' | 'private' = 'public',
): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Length': String(byteLength),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': audience === 'public' ? 'public, max-age=31536000, immutable' : 'private, no-store',
    // A stray file opened directly still cannot run anything.
    'Content-Security-Policy': "default-src 'none'; sandbox",
  };
}
