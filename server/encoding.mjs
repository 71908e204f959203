// Content negotiation and compression for text responses: Brotli where the client accepts it,
// else gzip, else the identity body. One place decides, for cached renders and per-request bodies.
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Content types worth compressing (text, JSON, XML, scripts, SVG, calendars). */
export const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest\+json)|image\/svg\+xml)/;
/** Smaller bodies gain nothing worth the CPU (and the headers cost more than the bytes saved). */
export const MIN_BYTES = 1024;

/** The q-value the client gives a coding in Accept-Encoding (0 when absent, RFC 9110 §12.5.3). */
function qualityOf(accept, coding) {
  let star = 0;
  for (const part of accept.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    if (name === coding) return Number.isFinite(value) ? value : 0;
    if (name === '*') star = Number.isFinite(value) ? value : 0;
  }
  return star;
}

/** 'br', 'gzip' or 'identity' for an Accept-Encoding header. */
export function chooseEncoding(accept) {
  if (!accept) return 'identity';
  const br = qualityOf(accept, 'br');
  const gz = qualityOf(accept, 'gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return 'identity';
}

/** Whether a response with these headers and this many bytes is worth compressing. */
export function isCompressible(contentType, bytes) {
  return bytes >= MIN_BYTES && COMPRESSIBLE.test(contentType ?? '');
}

/**
 * Both compressed variants of a body, for a cached render that is sent many times: Brotli at
 * quality 6 (a seat change re-renders the agenda, so ~10 ms rather than quality 11's ~0.5 s for
 * 170 kB, for ~12 % more bytes), gzip at 9. Runs on libuv's pool, off the event loop.
 */
export async function compressOnce(body) {
  const [br, gz] = await Promise.all([
    brotliAsync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
    gzipAsync(body, { level: 9 }),
  ]);
  return { br, gzip: gz };
}

/** One body compressed for one response (not cached): fast settings, the bytes matter less than the time. */
export function compressForOne(body, encoding) {
  if (encoding === 'br') return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });
  return gzipSync(body, { level: 6 });
}
