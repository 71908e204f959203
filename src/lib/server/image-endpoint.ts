// The /_image endpoint (image.endpoint.entrypoint in astro.config.mjs): Astro's own node endpoint
// behind an allow-list (src/lib/media/image-request.ts), one transform at a time, and a memory
// cache, since the set of valid answers is small and fixed for a build.
import type { APIRoute } from 'astro';
import { GET as transform } from 'astro/assets/endpoint/node';
import { checkImageRequest } from '~/lib/media/image-request';

/** Valid answers are at most (own images × IMAGE_SIZES); the cap is a guard, not an eviction policy. */
const MAX_CACHED = 300;
const cache = new Map<string, { body: ArrayBuffer; headers: Headers }>();
let queue: Promise<unknown> = Promise.resolve();

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Serializes transforms: a burst of image requests queues instead of running sharp in parallel. */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** Answers a transform the site emits (cached after the first time); 400/404 for anything else. */
export const GET: APIRoute = async (context) => {
  const checked = checkImageRequest(context.url.searchParams);
  if (!checked.ok) return plain(checked.status, checked.status === 404 ? 'Not Found' : 'Bad Request');
  let hit = cache.get(checked.key);
  if (!hit) {
    const res = await oneAtATime(() => Promise.resolve(transform(context)));
    // Astro's endpoint answers 500 when the file does not exist: for a visitor that is a 404.
    if (!res.ok) return plain(404, 'Not Found');
    hit = { body: await res.arrayBuffer(), headers: new Headers(res.headers) };
    hit.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    if (cache.size < MAX_CACHED) cache.set(checked.key, hit);
  }
  return new Response(hit.body, { status: 200, headers: hit.headers });
};
