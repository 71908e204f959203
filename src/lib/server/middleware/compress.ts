// Middleware step: gzip on-demand text responses (agenda pages are ~170 kB of HTML,
// calendar feeds ~50 kB) for clients that accept it. Prerendered files are served
// by server/static.mjs (which can serve precompressed files) and are not touched here.
import { defineMiddleware } from 'astro:middleware';

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;
/** Smaller bodies gain nothing worth the CPU. */
const MIN_BYTES = 1024;

/** Compresses the response body with gzip when the client accepts it and the body is text. */
export const compress = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered || !response.body || response.headers.has('content-encoding')) return response;
  if (!/\bgzip\b/.test(context.request.headers.get('accept-encoding') ?? '')) return response;
  if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return response;
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  if (length < MIN_BYTES) return response;
  const headers = new Headers(response.headers);
  headers.set('content-encoding', 'gzip');
  headers.delete('content-length');
  headers.append('vary', 'Accept-Encoding');
  // The gzip body differs from the identity one, so a strong validator must become weak
  // (RFC 9110 §8.8.1); handlers already compare If-None-Match weakly.
  const etag = headers.get('etag');
  if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
  return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});
