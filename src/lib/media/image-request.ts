// Which runtime image transforms the site serves: its own bundled pictures, at the exact sizes
// and format its components ask for on on-demand pages. Everything else is refused, so /_image
// can never be made to decode or encode an image of a size a visitor picks.

/** The (width × height) pairs on-demand pages emit: Avatar at 128 px (1× and 2×) and ProductCard
 * at 480×270 with its responsive widths. A test fetches every /_image URL those pages emit. */
export const IMAGE_SIZES: readonly (readonly [number, number])[] = [
  [128, 128],
  [256, 256],
  [480, 270],
  [640, 360],
  [750, 422],
  [828, 466],
  [960, 540],
];

/** The query parameters and values Astro's <Image> writes for those components. */
const FIXED = { f: 'webp', fit: 'cover', position: 'center' } as const;
const KEYS = new Set(['href', 'w', 'h', ...Object.keys(FIXED)]);
/** Bundled assets: hashed file names under /_astro/ (the build never puts anything else there). */
const OWN_ASSET = /^\/_astro\/[\w-]+\.[\w-]+\.(?:jpe?g|png|webp|avif)$/;

/** A transform the site serves, or the 4xx status that refuses it. */
export type ImageRequest = { ok: true; key: string } | { ok: false; status: 400 | 404 };

/** Checks an /_image query against what the site emits; `key` is a canonical form for caching. */
export function checkImageRequest(params: URLSearchParams): ImageRequest {
  for (const name of params.keys()) if (!KEYS.has(name) || params.getAll(name).length > 1) return bad();
  for (const [name, value] of Object.entries(FIXED)) if (params.get(name) !== value) return bad();
  const w = Number(params.get('w'));
  const h = Number(params.get('h'));
  if (!IMAGE_SIZES.some(([sw, sh]) => sw === w && sh === h)) return bad();
  const href = params.get('href') ?? '';
  if (!OWN_ASSET.test(href)) return { ok: false, status: 404 };
  return { ok: true, key: `${href}|${w}x${h}` };
}

function bad(): ImageRequest {
  return { ok: false, status: 400 };
}
